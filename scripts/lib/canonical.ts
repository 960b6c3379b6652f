import type { DatasetRecords, RecordKind } from "../../src/schema/dataset.js";
import { RECORD_KINDS } from "../../src/schema/dataset.js";
import { sortKeysDeep } from "../../src/core/sort-keys.js";

export { sortKeysDeep };

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
