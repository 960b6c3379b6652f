/**
 * The rule that picks, among the alternative values sources give for a field, the one the flat
 * record shows. Written without zod so both the build and the query layer can use it.
 */
import { dayRange, isPartialIsoDate } from "./dates.js";
import { sortKeysDeep } from "./sort-keys.js";

/**
 * The shape of one claim alternative, as the selection rule needs it.
 *
 * @example
 * ```ts
 * import { getAgreement, selectClaim } from "mena-security-data";
 * const stages = getAgreement("syria-jordan-border-security-committee-agreement")?.claims?.stage ?? [];
 * selectClaim(stages, () => undefined)?.value;
 * ```
 */
export interface ClaimAlternativeLike<T = unknown> {
  readonly value: T;
  readonly status: "reported" | "confirmed" | "denied";
  readonly citations: readonly { readonly source: string; readonly stance?: "supports" | "denies" | undefined }[];
}

const STATUS_RANK = { confirmed: 2, reported: 1, denied: 0 } as const;

/**
 * A partial date as the claim rule reads it: the ISO value and any inferred parts.
 *
 * @example
 * ```ts
 * import { refinesDate } from "mena-security-data";
 * refinesDate({ value: "2025-03-14" }, { value: "2025-03-14", inferred: { parts: ["year"] } }); // true
 * ```
 */
export interface DateLike {
  /** The ISO partial date. */
  readonly value: string;
  /** The parts that were inferred, if any. */
  readonly inferred?: { readonly parts: readonly string[] } | undefined;
}

function asDate(value: unknown): DateLike | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const candidate = value as Partial<DateLike>;
  return isPartialIsoDate(candidate.value) ? (candidate as DateLike) : undefined;
}

/**
 * Whether date `a` refines date `b`: it lies within `b`'s interval and says more, by being more
 * precise (2025-01-07 refines 2025-01) or by stating what `b` only inferred (a stated 2025-03-14
 * refines an inferred 2025-03-14). A refinement is not a disagreement.
 *
 * @example
 * ```ts
 * import { refinesDate } from "mena-security-data";
 * refinesDate({ value: "2025-01-07" }, { value: "2025-01" }); // true
 * ```
 */
export function refinesDate(a: DateLike, b: DateLike): boolean {
  const x = dayRange(a.value);
  const y = dayRange(b.value);
  if (x.start < y.start || x.end > y.end) return false;
  if (x.precision < y.precision) return true;
  return x.precision === y.precision && (a.inferred?.parts.length ?? 0) < (b.inferred?.parts.length ?? 0);
}

/**
 * Picks the value the flat record shows, by these rules in order:
 * 1. never a denied alternative;
 * 2. confirmed (two or more sources) before reported;
 * 3. for dates, the one that refines more of the others (more precise, or stated rather than
 *    inferred, within their interval);
 * 4. the one backed by more distinct sources;
 * 5. the one whose latest source is newer (a later report corrects an earlier one);
 * 6. ties keep the authored order.
 *
 * `publishedOf` gives a source's publication date (ISO, any precision) for rule 5.
 *
 * @example
 * ```ts
 * import { getMeeting, getSource, selectClaim } from "mena-security-data";
 * const dates = getMeeting("amman-conference-2025")?.claims?.date ?? [];
 * selectClaim(dates, (id) => getSource(id)?.published?.value)?.value; // the date the rule selects
 * ```
 */
export function selectClaim<T>(
  alternatives: readonly ClaimAlternativeLike<T>[],
  publishedOf: (sourceId: string) => string | undefined,
): ClaimAlternativeLike<T> | undefined {
  const live = alternatives.filter((alternative) => alternative.status !== "denied");
  let best: ClaimAlternativeLike<T> | undefined;
  let bestKey: number[] | undefined;
  let bestLatest = "";
  for (const alternative of live) {
    const sources = new Set(alternative.citations.filter((c) => c.stance !== "denies").map((c) => c.source));
    let latest = "";
    for (const id of sources) {
      const published = publishedOf(id) ?? "";
      if (published > latest) latest = published;
    }
    const date = asDate(alternative.value);
    let refined = 0;
    if (date) {
      for (const other of live) {
        const otherDate = other === alternative ? undefined : asDate(other.value);
        if (otherDate && refinesDate(date, otherDate)) refined += 1;
      }
    }
    const key = [STATUS_RANK[alternative.status], refined, sources.size];
    const order = bestKey === undefined ? 1 : compareKeys(key, bestKey) || (latest > bestLatest ? 1 : 0);
    if (order > 0) {
      best = alternative;
      bestKey = key;
      bestLatest = latest;
    }
  }
  return best;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Whether two claimed values are the same (key order and undefined fields aside). */
export function sameClaimValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeysDeep(a)) === JSON.stringify(sortKeysDeep(b));
}

/**
 * Whether two claimed values disagree: they differ, and (for dates) neither refines the other. A
 * refinement (2025-01-07 of 2025-01) is not a disagreement.
 */
export function claimsConflict(a: unknown, b: unknown): boolean {
  if (sameClaimValue(a, b)) return false;
  const dateA = asDate(a);
  const dateB = asDate(b);
  if (dateA && dateB) return !refinesDate(dateA, dateB) && !refinesDate(dateB, dateA);
  return true;
}

/** Whether any two live (not denied) alternatives of a field disagree (see {@link claimsConflict}). */
export function hasConflictingClaims(alternatives: readonly ClaimAlternativeLike[]): boolean {
  const live = alternatives.filter((alternative) => alternative.status !== "denied");
  for (let i = 0; i < live.length; i += 1) {
    for (let j = i + 1; j < live.length; j += 1) if (claimsConflict(live[i]!.value, live[j]!.value)) return true;
  }
  return false;
}
