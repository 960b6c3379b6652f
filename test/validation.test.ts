import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataFolder } from "../scripts/lib/check-data.js";
import { formatIssue } from "../src/validate/errors.js";
import { validateDataset } from "../src/validate/schema-check.js";
import { FIXTURES, materializeFixture } from "./helpers/fixtures.js";

const ROOT = join(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const fixtures = readdirSync(join(FIXTURES, "invalid")).sort();

describe("the valid base fixture", () => {
  it("passes every rule", () => {
    const dir = join(FIXTURES, "base");
    expect(checkDataFolder(join(dir, "data"), dir).issues).toEqual([]);
  });
});

describe("each broken fixture", () => {
  it("there is one fixture per rule", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });
  it.each(fixtures)("%s reports exactly its expected messages", (name) => {
    const dir = materializeFixture(name);
    const expected = readFileSync(join(FIXTURES, "invalid", name, "expected.txt"), "utf8").trim().split("\n");
    const { issues } = checkDataFolder(join(dir, "data"), dir);
    expect(issues.map(formatIssue)).toEqual(expected);
  });
});

describe("npm run validate / build:data on bad input", () => {
  it("prints every problem as file: field.path: reason, exits 1 and writes nothing", () => {
    const dir = materializeFixture("several-problems-at-once");
    const result = spawnSync(TSX, [join(ROOT, "scripts", "validate.ts"), "data"], { cwd: dir, encoding: "utf8" });
    expect(result.status).toBe(1);
    const expected = readFileSync(join(FIXTURES, "invalid", "several-problems-at-once", "expected.txt"), "utf8").trim();
    expect(result.stderr).toContain(expected);
    expect(result.stderr).toContain("4 problems found; nothing was written.");
    // beta.yaml could not be read as a record, so nothing was checked against it yet: say so.
    expect(result.stderr).toContain("Not yet checked against the rest of the data (references, quotes, statuses)");
    expect(result.stderr).toMatch(/do not match the schema: data\/actors\/beta\.yaml\. Fix the problems above and run again/);
  });

  it("names the files that failed their schema as not yet checked against the rest, and no others", () => {
    const broken = materializeFixture("schema-missing-and-unknown-field");
    const check = checkDataFolder(join(broken, "data"), broken);
    expect(check.uncheckedFiles).toEqual([...new Set(check.issues.map((issue) => issue.file))]);
    expect(check.uncheckedFiles).toHaveLength(1);
    const references = materializeFixture("unknown-reference");
    expect(checkDataFolder(join(references, "data"), references).uncheckedFiles).toEqual([]);
  });

  it("validateDataset lists the records it could not cross-check", () => {
    const { issues, unchecked } = validateDataset({ actors: [{ id: "no-kind", name: "No kind" }], meetings: [] });
    expect(issues.length).toBeGreaterThan(0);
    expect(unchecked).toEqual([{ kind: "actors", id: "no-kind" }]);
    expect(validateDataset({ actors: [], meetings: [] }).unchecked).toEqual([]);
  });

  it("build:data writes no output when validation fails", () => {
    const dir = materializeFixture("unknown-reference");
    execFileSync("cp", [join(ROOT, "package.json"), dir]);
    const result = spawnSync(TSX, [join(ROOT, "scripts", "build-data.ts")], { cwd: dir, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('participants.0.actor: unknown actor "john-doe"');
    expect(existsSync(join(dir, "dist"))).toBe(false);
    expect(existsSync(join(dir, "src", "generated"))).toBe(false);
  });

  it("the repository's own data is valid", () => {
    const result = spawnSync(TSX, [join(ROOT, "scripts", "validate.ts")], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
