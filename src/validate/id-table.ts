import { isSortedById } from "../data/ids.js";

/**
 * The records of one kind by id, for the cross-record checks: unique ids, and lookups by id.
 *
 * Canonical data (the JSON in `dist/data`, and anything written by the build) comes sorted by id.
 * For sorted records the table needs no hash map: one pass of string compares proves the ids
 * unique, and a lookup is a binary search. Building a `Map` of 10⁵ ids costs more than all the
 * other checks on those records together (measured in `npm run bench`), so the sorted path is
 * what keeps `createDataset` close to the cost of the schema validation. Unsorted records get a
 * `Map`, with the same results.
 */
export interface IdTable<R> {
  /** The record with this id, if any (and not removed). */
  get(id: string): R | undefined;
  /** Whether a record has this id (and it was not removed). */
  has(id: string): boolean;
  /** Forgets an id (a duplicate of an id of another kind, already reported). */
  remove(id: string): void;
  /** Every id, in the records' order. */
  ids(): Iterable<string>;
  /** How many distinct ids. */
  readonly size: number;
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
 */
export function idTable<R extends { readonly id: string }>(
  records: readonly R[],
  preferMap = false,
): { table: IdTable<R>; repeated: RepeatedId[] } {
  const repeated: RepeatedId[] = [];
  if (!preferMap && isSortedById(records)) {
    let removed: Set<string> | undefined;
    const table: IdTable<R> = {
      get: (id) => (removed?.has(id) ? undefined : bisect(records, id)),
      has: (id) => table.get(id) !== undefined,
      remove: (id) => {
        (removed ??= new Set()).add(id);
      },
      ids: () => records.map((record) => record.id).filter((id) => !removed?.has(id)),
      get size() {
        return records.length - (removed?.size ?? 0);
      },
    };
    return { table, repeated };
  }
  const map = new Map<string, R>();
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i]!;
    // A repeat shows as a map that does not grow: one hash operation, not two.
    const size = map.size;
    map.set(record.id, record);
    if (map.size === size) repeated.push({ id: record.id, index: i });
  }
  const table: IdTable<R> = {
    get: (id) => map.get(id),
    has: (id) => map.has(id),
    remove: (id) => {
      map.delete(id);
    },
    ids: () => map.keys(),
    get size() {
      return map.size;
    },
  };
  return { table, repeated };
}
