import { isOpen, type Window } from "./args.js";
import { LOOK_BACK_DAYS, type DateIndex, type Dated } from "./indexes.js";

/**
 * The items of a date-sorted list whose interval overlaps the window, none of whose intervals is
 * longer than `lookBack` + 1 days: a binary search finds the first item that can overlap, then
 * the scan stops at the first item that starts after the window.
 */
export function overlapping<R>(list: readonly Dated<R>[], window: Window, lookBack: number): Dated<R>[] {
  const lowStart = window.start - lookBack;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.start < lowStart) low = mid + 1;
    else high = mid;
  }
  const out: Dated<R>[] = [];
  for (let i = low; i < list.length; i += 1) {
    const item = list[i]!;
    if (item.start > window.end) break;
    if (item.end >= window.start) out.push(item);
  }
  return out;
}

/**
 * The items of a date-sorted list whose interval overlaps the window (an interval is at most a
 * year long). Undated items (sorted last) are kept only when the window is open.
 */
export function inWindow<R>(list: readonly Dated<R>[], window: Window): Dated<R>[] {
  return isOpen(window) ? list.slice() : overlapping(list, window, 366);
}

/** The items of a {@link DateIndex} whose interval overlaps the window, in the order `compare` sorts them. */
export function inDateIndex<R>(index: DateIndex<R>, window: Window, compare: (a: Dated<R>, b: Dated<R>) => number): Dated<R>[] {
  if (isOpen(window)) return index.all.slice();
  return mergeSorted(
    index.byPrecision.map((list, precision) => overlapping(list, window, LOOK_BACK_DAYS[precision as 0 | 1 | 2])),
    compare,
  );
}

/** Merges lists each already sorted by `compare` into one sorted list (linear, where a sort is not). */
export function mergeSorted<T>(lists: readonly (readonly T[])[], compare: (a: T, b: T) => number): T[] {
  let merged: T[] = [];
  for (const list of lists) {
    if (list.length === 0) continue;
    const out: T[] = [];
    let i = 0;
    let j = 0;
    while (i < merged.length && j < list.length) out.push(compare(merged[i]!, list[j]!) <= 0 ? merged[i++]! : list[j++]!);
    while (i < merged.length) out.push(merged[i++]!);
    while (j < list.length) out.push(list[j++]!);
    merged = out;
  }
  return merged as T[];
}
