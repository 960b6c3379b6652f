import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DatasetRecordsReadonly } from "../../src/query/types.js";

/** Reads the canonical data the build wrote to `distDir/data`. */
export function readBuiltData(distDir: string): { data: DatasetRecordsReadonly; history: Record<string, { added: string; changed: string }> } {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(distDir, "data", `${name}.json`), "utf8")) as T;
  return {
    data: {
      actors: read("actors"),
      meetings: read("meetings"),
      agreements: read("agreements"),
      sources: read("sources"),
      redirects: read("redirects"),
    },
    history: read("history"),
  };
}

