/**
 * When a source counts as public: the one rule behind `asOf` and the docs catalogue's "first in
 * the public record". A source is known from the last day of its publication date (a source dated
 * only to a month or a year may have come out on any day of it, so only from its last day is it
 * surely out); a source with no publication date (a living reference work: ISO 3166-1, an
 * encyclopedia article) counts as always known.
 */
import { dayRange } from "../core/dates.js";
import type { SourceRecord } from "./types.js";

/** The first day (days since 1970-01-01) on which a source is surely public; -Infinity when undated. */
export function knownFromDay(source: Pick<SourceRecord, "published">): number {
  return source.published === undefined ? Number.NEGATIVE_INFINITY : dayRange(source.published.value).end;
}

/** The earliest-known source among citations, as `asOf` counts it. */
export interface FirstKnown {
  /** The source that was public first. */
  readonly source: SourceRecord;
  /** Its first day as a day number (-Infinity for a source with no publication date). */
  readonly day: number;
}

/**
 * Of the sources cited (ids), the one public first by {@link knownFromDay}; on a tie the more
 * precisely dated one, then the smaller id. `undefined` when no cited source is in `sources`.
 */
export function firstKnownSource(sourceIds: Iterable<string>, sources: ReadonlyMap<string, SourceRecord>): FirstKnown | undefined {
  let best: FirstKnown | undefined;
  for (const id of sourceIds) {
    const source = sources.get(id);
    if (source === undefined) continue;
    const day = knownFromDay(source);
    if (best === undefined || day < best.day || (day === best.day && isBetterTie(source, best.source))) best = { source, day };
  }
  return best;
}

function isBetterTie(a: SourceRecord, b: SourceRecord): boolean {
  const precisionA = a.published?.value.length ?? 0;
  const precisionB = b.published?.value.length ?? 0;
  if (precisionA !== precisionB) return precisionA > precisionB;
  return a.id < b.id;
}

/** Every source id cited anywhere inside a value (a record, its relations, its claims). */
export function citedSourceIds(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) citedSourceIds(item, found);
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "citations" && Array.isArray(child)) {
        for (const citation of child as readonly { readonly source?: unknown }[]) if (typeof citation?.source === "string") found.add(citation.source);
      } else citedSourceIds(child, found);
    }
  }
  return found;
}
