import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A file a fixture's generate.json asks for: a symbolic link, a copy, bytes, or repeated text. */
interface GeneratedFile {
  readonly path: string;
  readonly symlinkTo?: string;
  readonly copyOf?: string;
  readonly base64?: string;
  readonly text?: string;
  readonly times?: number;
}

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** One broken fixture: `test/fixtures/invalid/<rule>/<name>/`, which breaks the rule it is filed under. */
export interface FixtureCase {
  readonly rule: string;
  readonly name: string;
  /** The fixture's path under test/fixtures/, for {@link materializeFixture}. */
  readonly path: string;
}

/** Every folder of test/fixtures/invalid/ (each should name a rule). */
export const fixtureRules = (): string[] => readdirSync(join(FIXTURES, "invalid")).sort();

/** Every broken fixture, by rule. */
export function fixtureCases(): FixtureCase[] {
  return fixtureRules().flatMap((rule) => readdirSync(join(FIXTURES, "invalid", rule)).sort().map((name) => ({ rule, name, path: join("invalid", rule, name) })));
}

/** The lines of a fixture's expected.txt: every issue it gives, formatted, in order. */
export const expectedLines = (path: string): string[] => readFileSync(join(FIXTURES, path, "expected.txt"), "utf8").trim().split("\n");

/**
 * Lays out a fixture (its path under test/fixtures/, e.g. `invalid/ids-unique/across-kinds`) in a
 * fresh temporary folder: the valid base dataset, with the fixture's own files laid over it and the
 * files listed in its `remove.txt` taken away. Returns the folder (which holds `data/`).
 */
export function materializeFixture(path: string): string {
  const dir = mkdtempSync(join(tmpdir(), `msd-fixture-${path.replace(/[\\/]/g, "-")}-`));
  cpSync(join(FIXTURES, "base"), dir, { recursive: true });
  const fixture = join(FIXTURES, path);
  if (existsSync(join(fixture, "data"))) cpSync(join(fixture, "data"), join(dir, "data"), { recursive: true });
  // Files git cannot hold portably (a symbolic link, names that differ only by case, a large file,
  // bytes that are not UTF-8) are made here from generate.json, under the fixture's data/.
  const generate = join(fixture, "generate.json");
  if (existsSync(generate)) {
    for (const file of JSON.parse(readFileSync(generate, "utf8")) as GeneratedFile[]) {
      const path = join(dir, "data", file.path);
      mkdirSync(dirname(path), { recursive: true });
      if (file.symlinkTo !== undefined) symlinkSync(file.symlinkTo, path);
      else if (file.copyOf !== undefined) writeFileSync(path, readFileSync(join(dir, "data", file.copyOf)));
      else if (file.base64 !== undefined) writeFileSync(path, Buffer.from(file.base64, "base64"));
      else writeFileSync(path, (file.text ?? "").repeat(file.times ?? 1));
    }
  }
  const remove = join(fixture, "remove.txt");
  if (existsSync(remove)) {
    for (const line of readFileSync(remove, "utf8").split("\n").filter(Boolean)) rmSync(join(dir, "data", line));
  }
  return dir;
}
