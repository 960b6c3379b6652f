import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DatasetRecordsReadonly } from "../../src/query/types.js";
import { RECORD_KINDS } from "../../src/schema/kinds.js";

/** Reads the canonical data the build wrote to `distDir/data`: `<kind>.json` for every kind, redirects and history. */
export function readBuiltData(distDir: string): { data: DatasetRecordsReadonly; history: Record<string, { added: string; changed: string }> } {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(distDir, "data", `${name}.json`), "utf8")) as T;
  const records = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, read(kind)])) as Omit<DatasetRecordsReadonly, "redirects">;
  return {
    data: { ...records, redirects: read("redirects") },
    history: read("history"),
  };
}
