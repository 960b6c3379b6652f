import { isSortedById } from "../core/ids.js";

/**
 * The records of one kind by id, for the cross-record checks: unique ids, and lookups by id.
 *
 * Canonical data (the JSON in `dist/data`, and anything written by the build) comes sorted by id.
 * For sorted records the table needs no hash map: one pass of string compares proves the ids
 * unique, and a lookup is a binary search. Building a `Map` of 10⁵ ids costs more than all the
 * other checks on those records together (measured in `npm run bench`), so the sorted path is
 * what keeps `createDataset` close to the cost of the schema validation. Unsorted records get a
 * `Map`, with the same results.
 *
 * A table is plain data read through the functions below ({@link findById} and the rest), not an
 * object of closures: the checks run once per dataset, and functions made once keep their
 * optimized code from one dataset to the next, where closures made per table are compiled anew.
 */
export interface IdTable<R> {
  /** Id → record, when the records came unsorted (or a map was asked for). */
  readonly map: Map<string, R> | undefined;
  /** The records; sorted by id, each id once, when `map` is undefined. */
  readonly records: readonly R[];
  /** Ids forgotten with {@link removeId}, in a sorted table (a map forgets by deleting). */
  removed: Set<string> | undefined;
}

/** A repeated id within one kind: the id, and the position of the record that repeats it. */
export interface RepeatedId {
  readonly id: string;
  readonly index: number;
}

/** Binary search over records sorted by id. */
function bisect<R extends { readonly id: string }>(records: readonly R[], id: string): R | undefined {
  let low = 0;
  let high = records.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = records[middle]!;
    if (found.id === id) return found;
    if (found.id < id) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/**
 * Makes the id table of one kind's records, and lists the ids repeated within it (each after its
 * first use). With `preferMap`, always uses a hash map: for a kind looked up once per reference
 * (actors), hashing is cheaper than a binary search per lookup.
 *
 * @example
 * ```ts
 * const { table, repeated } = idTable(meetings);
 * findById(table, "baghdad-talks");
 * ```
 */
export function idTable<R extends { readonly id: string }>(
  records: readonly R[],
  preferMap = false,
): { table: IdTable<R>; repeated: RepeatedId[] } {
  const repeated: RepeatedId[] = [];
  if (!preferMap && isSortedById(records)) return { table: { map: undefined, records, removed: undefined }, repeated };
  const map = new Map<string, R>();
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i]!;
    // A repeat shows as a map that does not grow: one hash operation, not two.
    const size = map.size;
    map.set(record.id, record);
    if (map.size === size) repeated.push({ id: record.id, index: i });
  }
  return { table: { map, records, removed: undefined }, repeated };
}

/** The record with this id, if any (and not removed). */
export function findById<R extends { readonly id: string }>(table: IdTable<R>, id: string): R | undefined {
  if (table.map !== undefined) return table.map.get(id);
  return table.removed?.has(id) ? undefined : bisect(table.records, id);
}

/** Forgets an id (a duplicate of an id of another kind, already reported). */
export function removeId<R extends { readonly id: string }>(table: IdTable<R>, id: string): void {
  if (table.map !== undefined) table.map.delete(id);
  else (table.removed ??= new Set()).add(id);
}

/** Every id still in the table, in the records' order. */
export function tableIds<R extends { readonly id: string }>(table: IdTable<R>): string[] {
  if (table.map !== undefined) return Array.from(table.map.keys());
  const ids: string[] = [];
  for (let i = 0; i < table.records.length; i += 1) {
    const id = table.records[i]!.id;
    if (!table.removed?.has(id)) ids.push(id);
  }
  return ids;
}

/** How many distinct ids the table holds. */
export function tableSize<R extends { readonly id: string }>(table: IdTable<R>): number {
  return table.map !== undefined ? table.map.size : table.records.length - (table.removed?.size ?? 0);
}
