import { execFile, execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const run = promisify(execFile);
let project = "";

describe("the packed tarball", () => {
  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), "msd-pack-"));
    execFileSync("npm", ["pack", "--pack-destination", packDir, "--silent"], { cwd: ROOT, stdio: "pipe" });
    const tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith(".tgz"))!);
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" });
    expect(listing).toContain("package/dist/index.js");
    expect(listing).toContain("package/dist/data/actors.json");
    // Teams read what changed in the data before they upgrade, from the copy they install.
    expect(listing).toContain("package/CHANGELOG.md");
    expect(listing).not.toMatch(/\.txt\n/);
    expect(listing).not.toContain("package/src/");
    project = mkdtempSync(join(tmpdir(), "msd-consumer-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], { cwd: project, stdio: "pipe" });
  });

  it("imports from ESM", () => {
    const script = `import { getActor, meetingsOf, DATASET_VERSION, DATASET_SHA256 } from "mena-security-data";
      import { Actor } from "mena-security-data/schema";
      import { createDataset } from "mena-security-data/dataset";
      import actors from "mena-security-data/data/actors.json" with { type: "json" };
      import manifest from "mena-security-data/manifest.json" with { type: "json" };
      const iraq = getActor("iraq");
      console.log(JSON.stringify([iraq.name, Actor.parse(iraq).kind, meetingsOf("fuad-hussein").length > 0,
        typeof DATASET_VERSION, actors.length > 0, typeof createDataset,
        manifest.version === DATASET_VERSION, manifest.sha256 === DATASET_SHA256, manifest.counts.actors === actors.length]));`;
    writeFileSync(join(project, "check.mjs"), script);
    const out = execFileSync(process.execPath, ["--no-warnings", "check.mjs"], { cwd: project, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(["Iraq", "state", true, "string", true, "function", true, true, true]);
  });

  it("requires from CommonJS", () => {
    const script = `const { getActor, meetingsOf } = require("mena-security-data");
      const { Actor } = require("mena-security-data/schema");
      const { createDataset, ValidationError } = require("mena-security-data/dataset");
      const actors = require("mena-security-data/data/actors.json");
      const manifest = require("mena-security-data/manifest.json");
      let issues = 0;
      try { createDataset({ actors: [{ id: "x" }], meetings: [], agreements: [], sources: [] }); }
      catch (error) { issues = error instanceof ValidationError ? error.issues.length : -1; }
      console.log(JSON.stringify([getActor("iraq").name, Actor.parse(getActor("iraq")).kind,
        meetingsOf("fuad-hussein").length > 0, actors.length > 0, issues > 0, manifest.counts.actors === actors.length]));`;
    writeFileSync(join(project, "check.cjs"), script);
    const out = execFileSync(process.execPath, ["check.cjs"], { cwd: project, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(["Iraq", "state", true, true, true, true]);
  });

  it("ValidationError is recognised by instanceof across entries and across the ESM and CJS builds", () => {
    // The main entry and /dataset are separate files, and a program can load both builds (the
    // dual-package hazard): one ValidationError thrown must be an instance of every copy.
    const script = `import { createRequire } from "node:module";
      import { ValidationError as FromMain } from "mena-security-data";
      import { createDataset, ValidationError as FromDataset } from "mena-security-data/dataset";
      const require = createRequire(import.meta.url);
      const cjsMain = require("mena-security-data");
      const cjsDataset = require("mena-security-data/dataset");
      const bad = { actors: [{ id: "x" }], meetings: [], agreements: [], sources: [] };
      const caught = (create) => { try { create(bad); } catch (error) { return error; } };
      const errors = [caught(createDataset), caught(cjsDataset.createDataset)];
      const classes = [FromMain, FromDataset, cjsMain.ValidationError, cjsDataset.ValidationError];
      console.log(JSON.stringify([FromMain !== cjsMain.ValidationError,
        errors.map((error) => classes.map((c) => error instanceof c)),
        new Error("x") instanceof FromMain, null instanceof FromMain]));`;
    writeFileSync(join(project, "hazard.mjs"), script);
    const out = execFileSync(process.execPath, ["--no-warnings", "hazard.mjs"], { cwd: project, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([true, [[true, true, true, true], [true, true, true, true]], false, false]);
  });

  it("type-checks under every module resolution (node10, node16, nodenext, bundler), on TypeScript 5.9 and on the 5.5 floor, libraries included", async () => {
    // node10 ignores "exports": without typesVersions, the subpaths and the JSON had no types there.
    const imports = `import { getActor, isActorId, type ActorRecord } from "mena-security-data";
      import { Actor, type DatasetRecords } from "mena-security-data/schema";
      import { createDataset, ValidationError } from "mena-security-data/dataset";`;
    const body = `const iraq: ActorRecord | undefined = getActor("iraq");
      // A bundled id gives the record itself, strictly typed; a string from elsewhere may miss.
      const strictName: string = getActor("iraq").name;
      declare const fromUrl: string;
      const maybe: ActorRecord | undefined = getActor(fromUrl);
      if (isActorId(fromUrl)) getActor(fromUrl).kind;
      const empty: DatasetRecords = { actors: [], meetings: [], agreements: [], sources: [] };
      export const checked = [iraq?.name, strictName, maybe, Actor.safeParse(iraq).success, actors.length, createDataset, ValidationError, empty, version];`;
    const json = (attributes: string) =>
      `import actors from "mena-security-data/data/actors.json"${attributes};\nimport manifest from "mena-security-data/manifest.json"${attributes};\nconst version: string = manifest.version;`;
    writeFileSync(join(project, "consumer.ts"), `${imports}\n${json("")}\n${body}\n`);
    writeFileSync(join(project, "consumer.mts"), `${imports}\n${json(' with { type: "json" }')}\n${body}\n`);
    // TypeScript's default (no --skipLibCheck) checks our .d.ts files, and zod's, in the user's own
    // build: that is done where the declaration files differ, CommonJS (node16) and ESM (nodenext).
    // The README promises TypeScript 5.5 or later (zod 4's floor: the types are inferred from its
    // schemas, and zod's own types need 5.4's NoInfer), so the floor is checked as well. It is the
    // dev dependency "typescript-5.5" (an npm alias), whose `tsc` may take node_modules/.bin/tsc:
    // so every script calls a compiler by its path, never the bare `tsc`.
    const compilers = ["typescript", "typescript-5.5"].map((name) => join(ROOT, "node_modules", name, "bin", "tsc"));
    const common = ["--strict", "--noEmit", "--target", "es2022", "--resolveJsonModule", "--esModuleInterop"];
    const modes = [
      ["--module", "commonjs", "--moduleResolution", "node10", "--skipLibCheck", "consumer.ts"],
      ["--module", "node16", "consumer.ts"],
      ["--module", "nodenext", "consumer.mts"],
      ["--module", "preserve", "--moduleResolution", "bundler", "--skipLibCheck", "consumer.ts"],
    ];
    const runs = compilers.flatMap((tsc) => modes.map((mode) => [tsc, ...common, ...mode]));
    const failures = (
      await Promise.all(
        runs.map((args) =>
          run(process.execPath, args, { cwd: project, encoding: "utf8" }).then(
            () => "",
            (error: { stdout?: string }) => `${args.join(" ")}:\n${error.stdout ?? String(error)}`,
          ),
        ),
      )
    ).filter((failure) => failure !== "");
    expect(failures).toEqual([]);
  }, 120_000);

  it("a typo in an id fails to compile, naming the id type; the main entry's declarations load no zod", () => {
    writeFileSync(join(project, "typo.mts"), `import { getActor, meetingsOf } from "mena-security-data";\nexport const a = getActor("irak");\nexport const b = meetingsOf("fuad-husein");\n`);
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "--strict", "--noEmit", "--module", "nodenext", "--target", "es2022", "typo.mts"], { cwd: project, encoding: "utf8" });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/typo\.mts\(2,[0-9]+\): error TS2345: Argument of type '"irak"' is not assignable to parameter of type 'ActorId'/);
    expect(result.stdout).toMatch(/typo\.mts\(3,[0-9]+\): error TS2345: Argument of type '"fuad-husein"' is not assignable to parameter of type 'ActorId'/);
    for (const file of ["index.d.ts", "index.d.cts"]) expect(readFileSync(join(ROOT, "dist", file), "utf8")).not.toMatch(/from ['"]zod['"]/);
  });

  it("passes publint --strict and attw under every resolution (node10 included)", () => {
    expect(() => execFileSync("npx", ["publint", "--strict"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
    expect(() => execFileSync("npx", ["attw", "--pack", "."], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
  });
});

describe("the package's scripts", () => {
  it("call TypeScript's compiler by path, never the bare tsc that the 5.5 alias may have linked", () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const bare = Object.entries(scripts).filter(([, command]) => /(^|[\s;&|(])(npx\s+)?tsc(\s|$)/.test(command));
    expect(bare).toEqual([]);
    expect(scripts.typecheck).toContain("node_modules/typescript/bin/tsc");
  });
});
