/**
 * Partial dates as intervals. `2025` is 2025-01-01..2025-12-31, `2025-02` is
 * 2025-02-01..2025-02-28, `2025-02-03` is that one day. Bounds are ISO day strings, which
 * compare correctly as plain strings.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A closed interval of days, as ISO `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * import { dateInterval } from "mena-security-data";
 * const { start, end } = dateInterval("2025-02"); // 2025-02-01, 2025-02-28
 * ```
 */
export interface DayInterval {
  /** The first day the date can stand for. */
  readonly start: string;
  /** The last day the date can stand for. */
  readonly end: string;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year, by arithmetic: no Date is allocated. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Tells whether a string is a partial ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) naming a
 * real calendar day, month or year.
 *
 * @example
 * ```ts
 * import { isPartialIsoDate } from "mena-security-data";
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
 * import { dateInterval } from "mena-security-data";
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

/**
 * The precision of a partial ISO date.
 *
 * @example
 * ```ts
 * import { datePrecision } from "mena-security-data";
 * datePrecision("2025"); // "year"
 * ```
 */
export type DatePrecision = "year" | "month" | "day";

/**
 * The precision of a partial ISO date.
 *
 * @example
 * ```ts
 * import { datePrecision } from "mena-security-data";
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
 * import { comparePartialDates } from "mena-security-data";
 * ["2025-01", "2025-01-01", "2024"].sort(comparePartialDates); // ["2024", "2025-01-01", "2025-01"]
 * ```
 */
export function comparePartialDates(a: string, b: string): number {
  const startA = dateInterval(a).start;
  const startB = dateInterval(b).start;
  if (startA !== startB) return startA < startB ? -1 : 1;
  return b.length - a.length;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days from 1970-01-01 to the given day (proleptic Gregorian), without allocating a Date. */
function dayNumber(year: number, month: number, day: number): number {
  const y = year - 1;
  const daysBeforeYear = 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 719162;
  return daysBeforeYear + DAYS_BEFORE_MONTH[month - 1]! + (month > 2 && isLeapYear(year) ? 1 : 0) + day - 1;
}

/** A partial date as whole day numbers (days since 1970-01-01): cheap to compare and sort. */
export interface DayRange {
  /** The first day, as days since 1970-01-01. */
  readonly start: number;
  /** The last day, as days since 1970-01-01. */
  readonly end: number;
  /** 0 for a day, 1 for a month, 2 for a year: sorts the more precise first on ties. */
  readonly precision: 0 | 1 | 2;
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/**
 * The interval a partial ISO date stands for, as day numbers. Assumes a valid partial date (it is
 * used on validated data and on arguments already checked by {@link isPartialIsoDate}).
 *
 * @example
 * ```ts
 * const range = dayRange("2025-02"); // { start: 20120, end: 20147, precision: 1 }
 * ```
 */
export function dayRange(value: string): DayRange {
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  if (value.length === 4) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 2 };
  const month = digit(value, 5) * 10 + digit(value, 6);
  if (value.length === 7) {
    const start = dayNumber(year, month, 1);
    return { start, end: start + daysInMonth(year, month) - 1, precision: 1 };
  }
  const start = dayNumber(year, month, digit(value, 8) * 10 + digit(value, 9));
  return { start, end: start, precision: 0 };
}

/**
 * A string key for the last day of a partial date, such that for any partial date `other`,
 * `other > endKey(value)` exactly when `other` starts after `value` ends, compared as plain
 * strings with no parsing: a day is its own key, and a month or year gets a character that sorts
 * after every digit and hyphen (`2025-03` → `2025-03\uffff`, after every day of March 2025 and
 * before April). A partial date as a string sorts at its first day, before its extensions.
 *
 * @example
 * ```ts
 * "2025-04" > endKey("2025-03"); // true: April starts after March ends
 * "2025-03-31" > endKey("2025-03"); // false
 * ```
 */
export function endKey(value: string): string {
  return value.length === 10 ? value : `${value}\uffff`;
}
