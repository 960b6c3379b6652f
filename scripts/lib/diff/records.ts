/**
 * The records diff: what changed between two canonical datasets, record by record (added,
 * removed, renamed or withdrawn via redirects, changed field by field), and the bump it requires.
 */
import { RECORD_KINDS, type RecordKind } from "../../../src/schema/kinds.js";
import type { Bump } from "./bump.js";

/** A canonical dataset as plain JSON: the records of every kind, and redirects. */
export type CanonicalData = { readonly [K in RecordKind]: readonly Record<string, unknown>[] } & {
  readonly redirects?: Readonly<Record<string, { readonly to?: string; readonly reason: string; readonly note?: string }>>;
};

/** One changed field of a record: its path, and the values before and after (undefined = absent). */
export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Everything that changed between two datasets. */
export interface DataDiff {
  readonly added: readonly { kind: RecordKind; id: string; label: string }[];
  /** Ids gone without a redirect: breaking. */
  readonly removed: readonly { kind: RecordKind; id: string; label: string }[];
  /** Ids gone with a redirect to another id (rename or merge). */
  readonly renamed: readonly { kind: RecordKind; from: string; to: string; reason: string }[];
  /** Ids gone with a tombstone (withdrawn, with a reason). */
  readonly withdrawn: readonly { kind: RecordKind; id: string; note: string }[];
  readonly changed: readonly { kind: RecordKind; id: string; label: string; changes: readonly FieldChange[] }[];
}

const label = (record: Record<string, unknown>): string => String(record.name ?? record.title ?? record.id);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Field-level differences between two JSON values, as paths (`participants.1.role`). */
export function fieldChanges(before: unknown, after: unknown, path = ""): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => fieldChanges(before[key], after[key], path === "" ? key : `${path}.${key}`));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, i) => fieldChanges(item, after[i], `${path}.${i}`));
  }
  return [{ path, before, after }];
}

/** The top-level fields a record's changes touch, each once, in the order of the changes. */
export function changedFields(changes: readonly FieldChange[]): string[] {
  return [...new Set(changes.map(({ path }) => path.split(".")[0]!))];
}

/**
 * Compares two canonical datasets record by record, every kind in registry order. A record whose
 * id is gone counts as renamed when the new redirects send it to a live id, withdrawn when they
 * tombstone it, removed otherwise.
 */
export function diffDatasets(before: CanonicalData, after: CanonicalData): DataDiff {
  const added: DataDiff["added"][number][] = [];
  const removed: DataDiff["removed"][number][] = [];
  const renamed: DataDiff["renamed"][number][] = [];
  const withdrawn: DataDiff["withdrawn"][number][] = [];
  const changed: DataDiff["changed"][number][] = [];
  const redirects = after.redirects ?? {};
  for (const kind of RECORD_KINDS) {
    const old = new Map(before[kind].map((record) => [String(record.id), record]));
    const now = new Map(after[kind].map((record) => [String(record.id), record]));
    for (const [id, record] of now) {
      const previous = old.get(id);
      if (!previous) added.push({ kind, id, label: label(record) });
      else {
        const changes = fieldChanges(previous, record);
        if (changes.length > 0) changed.push({ kind, id, label: label(record), changes });
      }
    }
    for (const [id, record] of old) {
      if (now.has(id)) continue;
      const redirect = redirects[id];
      if (redirect?.to !== undefined) renamed.push({ kind, from: id, to: redirect.to, reason: redirect.reason });
      else if (redirect) withdrawn.push({ kind, id, note: redirect.note ?? "" });
      else removed.push({ kind, id, label: label(record) });
    }
  }
  return { added, removed, renamed, withdrawn, changed };
}

/** The bump a data diff needs: removal → major; additions, renames, withdrawals → minor; corrections → patch. */
export function dataBump(diff: DataDiff): Bump {
  if (diff.removed.length > 0) return "major";
  if (diff.added.length > 0 || diff.renamed.length > 0 || diff.withdrawn.length > 0) return "minor";
  if (diff.changed.length > 0) return "patch";
  return "none";
}
