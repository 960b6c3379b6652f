import type { DatasetRecords, RecordKind } from "../../src/schema/dataset.js";
import { RECORD_KINDS } from "../../src/schema/dataset.js";

/** Sorts object keys recursively; arrays keep their (authored) order. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = sortKeysDeep(child);
    }
    return out;
  }
  return value;
}

/** The canonical form of a dataset: records sorted by id, keys sorted, no undefined values. */
export function canonicalize(data: DatasetRecords): DatasetRecords {
  const out = {} as Record<RecordKind, unknown[]>;
  for (const kind of RECORD_KINDS) {
    out[kind] = [...data[kind]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(sortKeysDeep);
  }
  return out as DatasetRecords;
}

/** Canonical JSON text of one value: sorted keys, two-space indent, final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}
