import { dayRange, isPartialIsoDate, type DayRange } from "../data/dates.js";

/** The day numbers a `{ from, to }` pair stands for, checked; unbounded sides are infinite. */
export interface Window {
  readonly start: number;
  readonly end: number;
}

const OPEN: Window = { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };

/** Checks one date argument and returns its interval, or throws a `TypeError` naming it. */
export function dateArgument(name: string, value: unknown): DayRange | undefined {
  if (value === undefined) return undefined;
  if (!isPartialIsoDate(value)) {
    throw new TypeError(`${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(value)}`);
  }
  return dayRange(value);
}

/** Turns `from` / `to` arguments into a window: from the start of `from` to the end of `to`. */
export function windowArgument(options: { readonly from?: string; readonly to?: string } | undefined): Window {
  const from = dateArgument("from", options?.from);
  const to = dateArgument("to", options?.to);
  return { start: from?.start ?? OPEN.start, end: to?.end ?? OPEN.end };
}

/** Whether a window is open on both sides. */
export function isOpen(window: Window): boolean {
  return window.start === OPEN.start && window.end === OPEN.end;
}

/** Checks that an options argument is an object (or absent). */
export function optionsArgument<T extends object>(name: string, value: T | undefined): T | undefined {
  if (value !== undefined && (value === null || typeof value !== "object")) {
    throw new TypeError(`${name} must be an object, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Checks a list argument whose values come from a vocabulary (claim statuses, topics, kinds) and
 * returns them as a set, or `undefined` when absent. A value outside the vocabulary is a mistake
 * (it could only ever match nothing), so it throws a `TypeError` naming the argument.
 */
export function vocabularyArgument<T extends string>(name: string, value: readonly T[] | undefined, vocabulary: readonly string[]): ReadonlySet<T> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array, got ${JSON.stringify(value)}`);
  for (const item of value) {
    if (!vocabulary.includes(item)) throw new TypeError(`${name} must hold only ${vocabulary.join(", ")}; got ${JSON.stringify(item)}`);
  }
  return new Set(value);
}

/** Checks a list of ids. */
export function idsArgument(name: string, value: readonly string[] | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((id) => typeof id === "string")) throw new TypeError(`${name} must be an array of ids, got ${JSON.stringify(value)}`);
  return value;
}

/** Checks a string argument. */
export function stringArgument(name: string, value: unknown): string {
  if (typeof value !== "string") throw new TypeError(`${name} must be a string, got ${JSON.stringify(value)}`);
  return value;
}
