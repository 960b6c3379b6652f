import { hasConflictingClaims } from "../core/claims.js";
import { dayRange } from "../core/dates.js";
import type { ClaimStatus } from "../generated/record-types.js";
import { vocabularyArgument } from "./args.js";
import type {
  ActorRecord,
  AgreementRecord,
  CitationRecord,
  ContestedFact,
  ContestedOptions,
  ContestedSide,
  DatasetRecordsReadonly,
  MeetingRecord,
  SourceRecord,
} from "./types.js";

/** The kinds of record `contested` walks, for checking `kinds`. */
const RECORD_KINDS: readonly ContestedFact["kind"][] = ["actor", "meeting", "agreement"];
/** The statuses that make a fact contested, for checking `status`. */
const CONTESTED: readonly ContestedFact["status"][] = ["denied", "disputed"];

interface Fact {
  readonly status: ClaimStatus;
  readonly citations: readonly CitationRecord[];
}
interface Alternative extends Fact {
  readonly value: unknown;
}

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
 * Every denied or disputed fact: records, relations (participants, parties, positions,
 * memberships, overseers) and field claims (a field whose live values conflict, in a disputed
 * record; a denied value), each with the citations on each side, in date order (see
 * {@link ContestedFact.date}).
 */
export function contestedFacts(data: DatasetRecordsReadonly, sources: ReadonlyMap<string, SourceRecord>, options: ContestedOptions | undefined): ContestedFact[] {
  const kinds = vocabularyArgument("kinds", options?.kinds, RECORD_KINDS);
  const statuses = vocabularyArgument("status", options?.status, CONTESTED);
  const wanted = (status: ClaimStatus): status is ContestedFact["status"] => (status === "denied" || status === "disputed") && (statuses === undefined || statuses.has(status));
  /** The earliest publication date among the citations (a dated source), for facts with no date of their own. */
  const firstPublished = (citations: readonly CitationRecord[]): string | undefined => {
    let best: { value: string; end: number } | undefined;
    for (const citation of citations) {
      const published = sources.get(citation.source)?.published?.value;
      if (published === undefined) continue;
      const end = dayRange(published).end;
      if (best === undefined || end < best.end || (end === best.end && published.length > best.value.length)) best = { value: published, end };
    }
    return best?.value;
  };
  const found: { fact: ContestedFact; order: number }[] = [];
  const add = (
    target: { readonly kind: "actor"; readonly record: ActorRecord } | { readonly kind: "meeting"; readonly record: MeetingRecord } | { readonly kind: "agreement"; readonly record: AgreementRecord },
    path: string,
    fact: ContestedFact["fact"],
    status: ContestedFact["status"],
    date: string | undefined,
    sides: readonly ContestedSide[],
  ) => {
    found.push({ fact: { ...target, path, fact, status, date, sides } as ContestedFact, order: found.length });
  };
  const walk = (
    target: Parameters<typeof add>[0],
    ownDate: string | undefined,
    relations: readonly (readonly [string, readonly (Fact & { readonly from?: { readonly value: string } | undefined })[]])[],
  ) => {
    const { record } = target;
    const dateOf = (citations: readonly CitationRecord[]) => ownDate ?? firstPublished(citations);
    if (wanted(record.status)) add(target, "", "record", record.status, dateOf(record.citations), sidesOf(record.citations));
    for (const [field, facts] of relations) {
      facts.forEach((relation, i) => {
        if (!wanted(relation.status)) return;
        const date = ownDate ?? relation.from?.value ?? firstPublished(relation.citations);
        add(target, `${field}.${i}`, "relation", relation.status, date, sidesOf(relation.citations));
      });
    }
    const claims = (record as { readonly claims?: Readonly<Record<string, readonly Alternative[] | undefined>> }).claims ?? {};
    for (const [field, alternatives] of Object.entries(claims)) {
      if (alternatives === undefined) continue;
      if (record.status === "disputed" && wanted("disputed") && hasConflictingClaims(alternatives as readonly (Alternative & { status: "reported" })[])) {
        const sides = alternatives.flatMap((alternative) => sidesOf(alternative.citations, { value: alternative.value }));
        add(target, `claims.${field}`, "claim", "disputed", dateOf(alternatives.flatMap((alternative) => alternative.citations)), sides);
      }
      alternatives.forEach((alternative, i) => {
        if (alternative.status === "denied" && wanted("denied")) {
          add(target, `claims.${field}.${i}`, "claim", "denied", dateOf(alternative.citations), sidesOf(alternative.citations, { value: alternative.value }));
        }
      });
    }
  };
  if (kinds === undefined || kinds.has("meeting")) {
    for (const record of data.meetings) walk({ kind: "meeting", record }, record.date?.value, [["participants", record.participants]]);
  }
  if (kinds === undefined || kinds.has("agreement")) {
    for (const record of data.agreements) walk({ kind: "agreement", record }, record.date?.value, [["parties", record.parties]]);
  }
  if (kinds === undefined || kinds.has("actor")) {
    for (const record of data.actors) {
      const relations =
        record.kind === "person"
          ? ([["positions", record.positions], ["memberships", record.memberships]] as const)
          : record.kind === "organization"
            ? ([["overseenBy", record.overseenBy]] as const)
            : [];
      walk({ kind: "actor", record }, undefined, relations);
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
