import { dayRange, isPartialIsoDate, type DayRange } from "../core/dates.js";
import { CLAIM_STATUSES } from "../generated/vocabularies.js";

/**
 * A value as an argument error shows it: JSON where it has one, else its type (a BigInt, a symbol,
 * a function or a cycle cannot throw while the error is being worded).
 */
export function shown(value: unknown): string {
  if (typeof value === "bigint" || typeof value === "symbol" || typeof value === "function") return `a ${typeof value}`;
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  } catch {
    return `a ${typeof value} that cannot be shown`;
  }
}

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
    throw new TypeError(`${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${shown(value)}`);
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
    throw new TypeError(`${name} must be an object, got ${shown(value)}`);
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
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array, got ${shown(value)}`);
  for (const item of value) {
    if (!vocabulary.includes(item)) throw new TypeError(`${name} must hold only ${vocabulary.join(", ")}; got ${shown(item)}`);
  }
  return new Set(value);
}

/** Checks a list of ids. */
export function idsArgument(name: string, value: readonly string[] | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((id) => typeof id === "string")) throw new TypeError(`${name} must be an array of ids, got ${shown(value)}`);
  return value;
}

/** Checks a string argument. */
export function stringArgument(name: string, value: unknown): string {
  if (typeof value !== "string") throw new TypeError(`${name} must be a string, got ${shown(value)}`);
  return value;
}

/**
 * Checks a `status` argument (claim statuses to keep) and returns the filter it stands for;
 * absent, every status passes.
 */
export function statusFilter(statuses: readonly string[] | undefined): (status: string) => boolean {
  const set = vocabularyArgument("status", statuses, CLAIM_STATUSES);
  return set === undefined ? () => true : (status) => set.has(status);
}
