/**
 * Ordering by id, as canonical data is: records sorted by id, each id once.
 */

/**
 * Whether records are in strictly increasing id order (sorted, no id twice). Canonical data is,
 * so one pass of string compares often saves a sort or a hash map.
 *
 * @example
 * ```ts
 * isSortedById([{ id: "iraq" }, { id: "jordan" }]); // true
 * ```
 */
export function isSortedById(records: readonly { readonly id: string }[]): boolean {
  for (let i = 1; i < records.length; i += 1) if (!(records[i - 1]!.id < records[i]!.id)) return false;
  return true;
}

/**
 * The records in id order: the same array when it already is, else a sorted copy.
 *
 * @example
 * ```ts
 * inIdOrder([{ id: "b" }, { id: "a" }]); // [{ id: "a" }, { id: "b" }]
 * ```
 */
export function inIdOrder<T extends { readonly id: string }>(records: readonly T[]): readonly T[] {
  return isSortedById(records) ? records : [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
