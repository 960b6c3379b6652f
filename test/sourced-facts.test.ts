/**
 * The one walk over sourced facts reaches every fact in the data: a deep scan of the records for
 * any object with a status and citations must find exactly the paths the walker yields. A new
 * relation field that is not listed in the registry (src/schema/kinds.ts) fails here.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataFolder } from "../scripts/lib/read-data.js";
import { sourcedFacts, sourcedFactsOf } from "../src/core/sourced-facts.js";
import { SOURCED_KINDS } from "../src/schema/kinds.js";
import { validateDataset } from "../src/validate/schema-check.js";

const ROOT = join(import.meta.dirname, "..");
// The records as validated (defaults such as `status` filled in), read from data/ with no build.
const data = validateDataset(readDataFolder(join(ROOT, "data"), ROOT).input).data as unknown as Record<string, readonly Record<string, unknown>[]>;

/** Every path under `value` to an object that has both a status and citations. */
function deepFactPaths(value: unknown, path: string, into: string[]): string[] {
  if (Array.isArray(value)) value.forEach((item, i) => deepFactPaths(item, path === "" ? `${i}` : `${path}.${i}`, into));
  else if (typeof value === "object" && value !== null) {
    const object = value as Record<string, unknown>;
    if (typeof object.status === "string" && Array.isArray(object.citations)) into.push(path);
    for (const [key, child] of Object.entries(object)) if (key !== "citations") deepFactPaths(child, path === "" ? key : `${path}.${key}`, into);
  }
  return into;
}

describe("sourcedFacts", () => {
  it("yields exactly the facts a deep scan of the bundled records finds", () => {
    const walked = [...sourcedFacts(data as never)].map((fact) => `${fact.kind}/${fact.id}:${fact.path}`).sort();
    const scanned = SOURCED_KINDS.flatMap((kind) => data[kind]!.flatMap((record) => deepFactPaths(record, "", []).map((path) => `${kind}/${String(record.id)}:${path}`))).sort();
    expect(walked.length).toBeGreaterThan(1000);
    const missing = scanned.filter((path) => !walked.includes(path));
    const extra = walked.filter((path) => !scanned.includes(path));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(walked).toEqual(scanned);
  });

  it("gives each fact its status, citations and the date it asserts, with the date's path", () => {
    const record = {
      id: "p",
      kind: "person",
      status: "reported",
      citations: [{ source: "s", note: "n" }],
      positions: [{ role: "minister", of: "x", from: { value: "2025-01" }, status: "confirmed", citations: [] }],
      memberships: [],
    };
    const facts = [...sourcedFactsOf("actors", record)];
    expect(facts.map((fact) => [fact.path, fact.status, fact.date?.value, fact.datePath])).toEqual([
      ["", "reported", undefined, ""],
      ["positions.0", "confirmed", "2025-01", "positions.0.from"],
    ]);
    const meeting = { id: "m", date: { value: "2025-03" }, status: "disputed", citations: [], participants: [], claims: { date: [{ value: { value: "2025-03-02" }, status: "reported", citations: [] }] } };
    expect([...sourcedFactsOf("meetings", meeting)].map((fact) => [fact.path, fact.relation, fact.index, fact.datePath])).toEqual([
      ["", "record", -1, "date"],
      ["claims.date.0", "claims.date", 0, "claims.date.0.value"],
    ]);
  });
});
