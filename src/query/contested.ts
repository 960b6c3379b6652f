import { hasConflictingClaims } from "../core/claims.js";
import { dayRange } from "../core/dates.js";
import { sourcedFactsOf } from "../core/sourced-facts.js";
import type { ClaimStatus } from "../generated/record-types.js";
import { SOURCED_KIND_SINGULARS, SOURCED_KINDS, RECORD_KIND_INFO } from "../schema/kinds.js";
import { optionsArgument, vocabularyArgument } from "./args.js";
import type { Indexes } from "./indexes.js";
import type { CitationRecord, ContestedFact, ContestedOptions, ContestedSide } from "./types.js";

/** The statuses that make a fact contested, for checking `status`. */
const CONTESTED: readonly ContestedFact["status"][] = ["denied", "disputed"];

/** The sides of one fact: its supporting citations, then its denying ones (a side with none is left out). */
function sidesOf(citations: readonly CitationRecord[], value?: { readonly value: unknown }): ContestedSide[] {
  const supports = citations.filter((citation) => citation.stance !== "denies");
  const denies = citations.filter((citation) => citation.stance === "denies");
  const sides: ContestedSide[] = [];
  if (supports.length > 0) sides.push({ stance: "supports", ...value, citations: supports });
  if (denies.length > 0) sides.push({ stance: "denies", ...value, citations: denies });
  return sides;
}

/**
 * Every denied or disputed fact (see {@link Dataset.contested}): records, relations and field
 * claims (a field whose live values conflict, in a disputed record; a denied value), each with the
 * citations on each side, in date order (see {@link ContestedFact.date}).
 */
export function contested(index: Indexes, options: ContestedOptions | undefined): ContestedFact[] {
  optionsArgument("options", options);
  const kinds = vocabularyArgument("kinds", options?.kinds, SOURCED_KIND_SINGULARS);
  const statuses = vocabularyArgument("status", options?.status, CONTESTED);
  const wanted = (status: ClaimStatus): status is ContestedFact["status"] => (status === "denied" || status === "disputed") && (statuses === undefined || statuses.has(status));
  /** The earliest publication date among the citations (a dated source), for facts with no date of their own. */
  const firstPublished = (citations: readonly CitationRecord[]): string | undefined => {
    let best: { value: string; end: number } | undefined;
    for (const citation of citations) {
      const published = index.byId.sources.get(citation.source)?.published?.value;
      if (published === undefined) continue;
      const end = dayRange(published).end;
      if (best === undefined || end < best.end || (end === best.end && published.length > best.value.length)) best = { value: published, end };
    }
    return best?.value;
  };
  const found: { fact: ContestedFact; order: number }[] = [];
  for (const kind of SOURCED_KINDS) {
    const singular = RECORD_KIND_INFO[kind].singular;
    if (kinds !== undefined && !kinds.has(singular)) continue;
    for (const record of index.data[kind]) {
      const ownDate = (record as { readonly date?: { readonly value: string } }).date?.value;
      const add = (path: string, fact: ContestedFact["fact"], status: ContestedFact["status"], date: string | undefined, sides: readonly ContestedSide[]) =>
        found.push({ fact: { kind: singular, record, path, fact, status, date, sides } as ContestedFact, order: found.length });
      const claims = (record as { readonly claims?: Readonly<Record<string, readonly { readonly value: unknown; readonly citations: readonly CitationRecord[]; readonly status: ClaimStatus }[]>> }).claims;
      for (const { relation, index: at, path, value, status, citations } of sourcedFactsOf(kind, record)) {
        if (relation === "record") {
          if (wanted(status)) add(path, "record", status, ownDate ?? firstPublished(citations), sidesOf(citations));
        } else if (!relation.startsWith("claims.")) {
          const from = (value as { readonly from?: { readonly value: string } }).from?.value;
          if (wanted(status)) add(path, "relation", status, ownDate ?? from ?? firstPublished(citations), sidesOf(citations));
        } else {
          const alternatives = claims![relation.slice("claims.".length)]!;
          // A disputed field comes before its alternatives: listed once, at its first one.
          if (at === 0 && record.status === "disputed" && wanted("disputed") && hasConflictingClaims(alternatives as never)) {
            const all = alternatives.flatMap((alternative) => alternative.citations);
            add(relation, "claim", "disputed", ownDate ?? firstPublished(all), alternatives.flatMap((alternative) => sidesOf(alternative.citations, { value: alternative.value })));
          }
          if (status === "denied" && wanted("denied")) add(path, "claim", "denied", ownDate ?? firstPublished(citations), sidesOf(citations, { value: value.value }));
        }
      }
    }
  }
  const keyed = found.map((entry) => {
    const range = entry.fact.date === undefined ? undefined : dayRange(entry.fact.date);
    return { ...entry, start: range?.start ?? Number.POSITIVE_INFINITY, precision: range?.precision ?? 3 };
  });
  keyed.sort((a, b) => {
    if (a.start !== b.start) return a.start < b.start ? -1 : 1;
    if (a.precision !== b.precision) return a.precision - b.precision;
    const idA = a.fact.record.id;
    const idB = b.fact.record.id;
    return idA < idB ? -1 : idA > idB ? 1 : a.order - b.order;
  });
  return keyed.map((entry) => entry.fact);
}
