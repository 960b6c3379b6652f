/**
 * Partial dates as intervals. `2025` is 2025-01-01..2025-12-31, `2025-02` is
 * 2025-02-01..2025-02-28, `2025-02-03` is that one day. Bounds are ISO day strings, which
 * compare correctly as plain strings.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A closed interval of days, as ISO `YYYY-MM-DD` strings. */
export interface DayInterval {
  /** The first day the date can stand for. */
  readonly start: string;
  /** The last day the date can stand for. */
  readonly end: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Tells whether a string is a partial ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) naming a
 * real calendar day, month or year.
 *
 * @example
 * ```ts
 * isPartialIsoDate("2025-02"); // true
 * isPartialIsoDate("2025-02-30"); // false
 * ```
 */
export function isPartialIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * The interval of days a partial ISO date stands for.
 *
 * @example
 * ```ts
 * dateInterval("2025-02"); // { start: "2025-02-01", end: "2025-02-28" }
 * ```
 */
export function dateInterval(value: string): DayInterval {
  const match = PARTIAL_DATE.exec(value);
  if (!match) throw new TypeError(`not a partial ISO date: ${JSON.stringify(value)}`);
  const year = match[1]!;
  if (match[2] === undefined) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const month = match[2];
  if (match[3] === undefined) {
    const last = String(daysInMonth(Number(year), Number(month))).padStart(2, "0");
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${last}` };
  }
  return { start: value, end: value };
}

/** The precision of a partial ISO date. */
export type DatePrecision = "year" | "month" | "day";

/**
 * The precision of a partial ISO date.
 *
 * @example
 * ```ts
 * datePrecision("2025-03"); // "month"
 * ```
 */
export function datePrecision(value: string): DatePrecision {
  return value.length === 4 ? "year" : value.length === 7 ? "month" : "day";
}

/**
 * Orders two partial dates: by the start of their intervals, then the more precise first (a day
 * before the month that contains it), so sorting is stable and total.
 *
 * @example
 * ```ts
 * ["2025-01", "2025-01-01", "2024"].sort(comparePartialDates); // ["2024", "2025-01-01", "2025-01"]
 * ```
 */
export function comparePartialDates(a: string, b: string): number {
  const startA = dateInterval(a).start;
  const startB = dateInterval(b).start;
  if (startA !== startB) return startA < startB ? -1 : 1;
  return b.length - a.length;
}
