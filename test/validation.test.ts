import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataFolder } from "../scripts/lib/check-data.js";
import { formatIssue } from "../src/validate/errors.js";
import { RULES } from "../src/validate/registry.js";
import { validateDataset } from "../src/validate/schema-check.js";
import { expectedLines, FIXTURES, fixtureCases, fixtureRules, materializeFixture } from "./helpers/fixtures.js";

const ROOT = join(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const cases = fixtureCases();

describe("the valid base fixture", () => {
  it("passes every rule", () => {
    const dir = join(FIXTURES, "base");
    expect(checkDataFolder(join(dir, "data"), dir).issues).toEqual([]);
  });
});

describe("the rule registry and the broken fixtures", () => {
  it("every rule has a broken fixture, and every fixture folder names a rule", () => {
    expect(fixtureRules()).toEqual(RULES.map((rule) => rule.name).sort());
    for (const rule of fixtureRules()) expect(cases.filter((fixture) => fixture.rule === rule), rule).not.toEqual([]);
  });

  it("names each rule once, in kebab-case, and describes it", () => {
    const names = RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of RULES) {
      expect(rule.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.description.length, rule.name).toBeGreaterThan(20);
    }
  });

  it.each(cases.map((fixture) => [`${fixture.rule}/${fixture.name}`, fixture] as const))("%s breaks its rule, and reports exactly its expected messages", (_, fixture) => {
    const dir = materializeFixture(fixture.path);
    const { issues, rules } = checkDataFolder(join(dir, "data"), dir);
    expect(issues.map(formatIssue)).toEqual(expectedLines(fixture.path));
    expect(rules).toContain(fixture.rule);
  });
});

describe("npm run validate / build:data on bad input", () => {
  it("prints every problem as file: field.path: reason, exits 1 and writes nothing", { tags: ["cli"] }, () => {
    const dir = materializeFixture("several-problems-at-once");
    const result = spawnSync(TSX, [join(ROOT, "scripts", "validate.ts"), "data"], { cwd: dir, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expectedLines("several-problems-at-once").join("\n"));
    expect(result.stderr).toContain("4 problems found; nothing was written.");
    // beta.yaml could not be read as a record, so nothing was checked against it yet: say so.
    expect(result.stderr).toContain("Not yet checked against the rest of the data (references, quotes, statuses)");
    expect(result.stderr).toMatch(/do not match the schema: data\/actors\/beta\.yaml\. Fix the problems above and run again/);
  });

  it("names the files that failed their schema as not yet checked against the rest, and no others", () => {
    const broken = materializeFixture("invalid/schema/missing-and-unknown-field");
    const check = checkDataFolder(join(broken, "data"), broken);
    expect(check.uncheckedFiles).toEqual([...new Set(check.issues.map((issue) => issue.file))]);
    expect(check.uncheckedFiles).toHaveLength(1);
    const references = materializeFixture("invalid/references-resolve/unknown-actor");
    expect(checkDataFolder(join(references, "data"), references).uncheckedFiles).toEqual([]);
  });

  it("validateDataset reports input that is not a dataset's shape, or cannot be read, as issues", () => {
    const unreadable = Object.defineProperty({}, "meetings", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(validateDataset({ actors: "none" as unknown as unknown[] }).issues).toEqual([{ kind: "dataset", id: "actors", path: "", message: "actors must be an array" }]);
    expect(validateDataset(unreadable).issues).toEqual([{ kind: "dataset", id: "meetings", path: "", message: "could not be read (reading it threw Error: boom)" }]);
  });

  it("validateDataset lists the records it could not cross-check", () => {
    const { issues, unchecked } = validateDataset({ actors: [{ id: "no-kind", name: "No kind" }], meetings: [] });
    expect(issues.length).toBeGreaterThan(0);
    expect(unchecked).toEqual([{ kind: "actors", id: "no-kind" }]);
    expect(validateDataset({ actors: [], meetings: [] }).unchecked).toEqual([]);
  });

  it("build:data writes no output when validation fails", { tags: ["cli"] }, () => {
    const dir = materializeFixture("invalid/references-resolve/unknown-actor");
    execFileSync("cp", [join(ROOT, "package.json"), dir]);
    const result = spawnSync(TSX, [join(ROOT, "scripts", "build-data.ts")], { cwd: dir, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('participants.0.actor: unknown actor "john-doe"');
    expect(existsSync(join(dir, "dist"))).toBe(false);
    expect(existsSync(join(dir, "src", "generated"))).toBe(false);
  });

  it("the repository's own data is valid", { tags: ["cli"] }, () => {
    const result = spawnSync(TSX, [join(ROOT, "scripts", "validate.ts")], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
