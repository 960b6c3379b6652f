/**
 * The data diff behind `npm run data:diff`, `npm run release:check` and `npm run release`, in one
 * import. Its parts, each its own module in ./diff/: the records diff (records added, removed,
 * renamed via redirects, changed field by field), the schemas diff, the diff in words, and the
 * semver bumps they require (docs/versioning.md).
 */
export { bumpCovers, maxBump, type Bump } from "./diff/bump.js";
export { changedFields, dataBump, diffDatasets, fieldChanges, type CanonicalData, type DataDiff, type FieldChange } from "./diff/records.js";
export { diffSchemas, flattenSchema, schemaBump, type SchemaChange } from "./diff/schemas.js";
export { describeDiff } from "./diff/wording.js";

import type { Snapshot } from "./snapshot.js";
import { maxBump, type Bump } from "./diff/bump.js";
import { dataBump, diffDatasets, type DataDiff } from "./diff/records.js";
import { diffSchemas, schemaBump, type SchemaChange } from "./diff/schemas.js";

/** The whole diff between two snapshots: the records, the schemas, and the bump they require together. */
export interface SnapshotDiff {
  readonly diff: DataDiff;
  readonly schema: readonly SchemaChange[];
  readonly bump: Bump;
}

/** Diffs the records and the schemas of two snapshots, and the bump the larger of them requires. */
export function diffSnapshots(before: Pick<Snapshot, "data" | "schemas">, after: Pick<Snapshot, "data" | "schemas">): SnapshotDiff {
  const diff = diffDatasets(before.data, after.data);
  const schema = diffSchemas(before.schemas, after.schemas);
  return { diff, schema, bump: maxBump(dataBump(diff), schemaBump(schema)) };
}
