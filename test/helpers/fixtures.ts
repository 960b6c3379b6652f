import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/**
 * Lays out a fixture in a fresh temporary folder: the valid base dataset, with the fixture's own
 * files laid over it and the files listed in its `remove.txt` taken away. Returns the folder
 * (which holds `data/`).
 */
export function materializeFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `msd-fixture-${name}-`));
  cpSync(join(FIXTURES, "base"), dir, { recursive: true });
  const fixture = join(FIXTURES, "invalid", name);
  if (existsSync(join(fixture, "data"))) cpSync(join(fixture, "data"), join(dir, "data"), { recursive: true });
  const remove = join(fixture, "remove.txt");
  if (existsSync(remove)) {
    for (const line of readFileSync(remove, "utf8").split("\n").filter(Boolean)) rmSync(join(dir, "data", line));
  }
  return dir;
}
