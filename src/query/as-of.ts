/**
 * `asOf(date)`: the records as the public could know them on a day. Citations of sources not yet
 * published are dropped, facts left with no citation go, statuses are recomputed from what is
 * left (never upgraded), field claims are filtered and re-selected, and references to records
 * that went are dropped. Unchanged records are the same (frozen) objects as in the full dataset.
 */
import { hasConflictingClaims, selectClaim, type ClaimAlternativeLike } from "../core/claims.js";
import type { ClaimStatus } from "../generated/record-types.js";
import { dateArgument } from "./args.js";
import { knownFromDay } from "./known.js";
import type { ActorRecord, AgreementRecord, DatasetRecordsReadonly, MeetingRecord, SourceRecord } from "./types.js";

type Citation = ActorRecord["citations"][number];
/** Anything with a claim status and citations: a record, a relation, a claim alternative. */
interface Fact {
  readonly status: ClaimStatus;
  readonly citations: readonly Citation[];
}
type Claims = Readonly<Record<string, readonly (ClaimAlternativeLike & Fact)[] | undefined>>;
type Links = readonly (Fact & { readonly actor: string })[];

/** Whether a citation denies the fact it is cited for. */
const denies = (citation: Citation) => citation.stance === "denies";

/**
 * The status of a fact from the citations kept, never upgraded: `confirmed` stays only with two
 * or more distinct supporting sources, `denied` only with a denying citation, `disputed` only with
 * a denying citation or a field whose live claims still conflict; anything else is `reported`.
 */
export function recomputeStatus(original: ClaimStatus, citations: readonly Citation[], conflict: boolean): ClaimStatus {
  switch (original) {
    case "confirmed":
      return new Set(citations.filter((citation) => !denies(citation)).map((citation) => citation.source)).size >= 2 ? "confirmed" : "reported";
    case "denied":
      return citations.some(denies) ? "denied" : "reported";
    case "disputed":
      return conflict || citations.some(denies) ? "disputed" : "reported";
    default:
      return "reported";
  }
}

/** Checks the `date` argument of `asOf` and returns the last day it stands for. */
export function asOfDay(date: unknown): number {
  if (date === undefined) throw new TypeError("date must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got undefined");
  return dateArgument("date", date)!.end;
}

/** Fields that every record of its kind has: they keep their value when no claim on them is known yet. */
const REQUIRED_FIELDS: ReadonlySet<string> = new Set(["stage"]);

/** A record with some fields changed (`undefined` removes the field), frozen; the record itself when nothing changed. */
function withChanges<R extends object>(record: R, changes: ReadonlyMap<string, unknown>): R {
  let changed = false;
  for (const [key, value] of changes) {
    if ((record as Record<string, unknown>)[key] !== value || (value === undefined && key in record)) changed = true;
  }
  if (!changed) return record;
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of changes) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return Object.freeze(out) as R;
}

/** The records of `data` as of `day` (the last day of the `asOf` argument, a day number). */
export function recordsAsOf(data: DatasetRecordsReadonly, day: number): DatasetRecordsReadonly {
  const sourcesById = new Map<string, SourceRecord>();
  const knownIds = new Set<string>();
  for (const source of data.sources) {
    sourcesById.set(source.id, source);
    if (knownFromDay(source) <= day) knownIds.add(source.id);
  }
  const knownSource = (id: string) => knownIds.has(id);
  const publishedOf = (id: string) => sourcesById.get(id)?.published?.value;

  const keepCitations = (citations: readonly Citation[]): readonly Citation[] => {
    let kept: Citation[] | undefined;
    for (let i = 0; i < citations.length; i += 1) {
      const citation = citations[i]!;
      if (knownIds.has(citation.source)) kept?.push(citation);
      else kept ??= citations.slice(0, i);
    }
    return kept === undefined ? citations : Object.freeze(kept);
  };
  /** The fact as of the day, or `undefined` when no citation of it is known yet. */
  function factAsOf<F extends Fact>(fact: F, conflict = false): F | undefined {
    const citations = keepCitations(fact.citations);
    if (citations.length === 0) return undefined;
    const status = recomputeStatus(fact.status, citations, conflict);
    if (citations === fact.citations && status === fact.status) return fact;
    return Object.freeze({ ...fact, citations, status });
  }
  function factsAsOf<F extends Fact>(facts: readonly F[], also: (fact: F) => boolean = () => true): readonly F[] {
    const kept: F[] = [];
    let same = true;
    for (const fact of facts) {
      const now = also(fact) ? factAsOf(fact) : undefined;
      if (now !== fact) same = false;
      if (now !== undefined) kept.push(now);
    }
    return same ? facts : Object.freeze(kept);
  }

  /**
   * A record's claims as of the day: each alternative filtered as a fact (and by `valid`), the
   * flat field re-selected from what is left. Sets the changed fields in `changes`; returns whether
   * a field's live claims still conflict.
   */
  function claimsAsOf(record: { readonly claims?: unknown }, changes: Map<string, unknown>, valid: (field: string, value: unknown) => boolean = () => true): boolean {
    const claims = record.claims as Claims | undefined;
    if (claims === undefined) return false;
    const out: Record<string, readonly (ClaimAlternativeLike & Fact)[]> = {};
    let conflict = false;
    let changed = false;
    for (const [field, alternatives] of Object.entries(claims)) {
      if (alternatives === undefined) continue;
      const kept = factsAsOf(alternatives, (alternative) => valid(field, alternative.value));
      if (kept.length > 0) out[field] = kept;
      if (hasConflictingClaims(kept)) conflict = true;
      if (kept === alternatives) continue;
      changed = true;
      const selected = kept.length > 0 ? selectClaim(kept, publishedOf) : undefined;
      if (selected !== undefined) changes.set(field, selected.value);
      else if (!REQUIRED_FIELDS.has(field)) changes.set(field, undefined);
    }
    if (changed) changes.set("claims", Object.keys(out).length > 0 ? Object.freeze(out) : undefined);
    return conflict;
  }

  // Meetings and agreements exist by their own citations; their links and claims follow.
  const meetingKept = new Set(data.meetings.filter((meeting) => meeting.citations.some((citation) => knownSource(citation.source))).map((meeting) => meeting.id));
  const agreements: AgreementRecord[] = [];
  const reachedAt = new Map<string, string[]>();
  for (const agreement of data.agreements) {
    const changes = new Map<string, unknown>();
    const conflict = claimsAsOf(agreement, changes, (field, value) => field !== "reachedAt" || meetingKept.has(value as string));
    const flatReachedAt = changes.has("reachedAt") ? (changes.get("reachedAt") as string | undefined) : agreement.reachedAt;
    if (flatReachedAt !== undefined && !meetingKept.has(flatReachedAt)) changes.set("reachedAt", undefined);
    const record = factAsOf(agreement, conflict);
    if (record === undefined) continue;
    changes.set("parties", factsAsOf(agreement.parties));
    const now = withChanges(record, changes);
    if (now.reachedAt !== undefined) reachedAt.set(now.reachedAt, [...(reachedAt.get(now.reachedAt) ?? []), now.id]);
    agreements.push(now);
  }
  const meetings: MeetingRecord[] = [];
  for (const meeting of data.meetings) {
    if (!meetingKept.has(meeting.id)) continue;
    const changes = new Map<string, unknown>();
    const conflict = claimsAsOf(meeting, changes);
    const record = factAsOf(meeting, conflict)!;
    changes.set("participants", factsAsOf(meeting.participants));
    // A meeting's outcomes are the agreements that, on the day, name it as where they were reached.
    const reached = reachedAt.get(meeting.id) ?? [];
    if (reached.length > 0 || meeting.outcomes.length > 0) {
      const outcomes = [...meeting.outcomes.filter((id) => reached.includes(id)), ...reached.filter((id) => !meeting.outcomes.includes(id)).sort()];
      const same = outcomes.length === meeting.outcomes.length && outcomes.every((id, i) => id === meeting.outcomes[i]);
      if (!same) changes.set("outcomes", Object.freeze(outcomes));
    }
    meetings.push(withChanges(record, changes));
  }
  const sources = data.sources.filter((source) => knownIds.has(source.id));

  // Actors: known by a citation on them or on their positions, memberships or overseers, or
  // named by a known relation; kept too when a known record refers to them.
  const actorsById = new Map<string, ActorRecord>();
  for (const actor of data.actors) actorsById.set(actor.id, actor);
  const known = new Set<string>();
  const name = (links: Links) => {
    for (const link of links) known.add(link.actor);
  };
  const actorChanges = new Map<string, Map<string, unknown>>();
  const actorConflict = new Map<string, boolean>();
  for (const actor of data.actors) {
    const changes = new Map<string, unknown>();
    const conflict = actor.kind === "organization" ? claimsAsOf(actor, changes) : false;
    let relationKnown = false;
    if (actor.kind === "person") {
      for (const field of ["positions", "memberships"] as const) {
        const tenures = factsAsOf(actor[field]);
        changes.set(field, tenures);
        for (const tenure of tenures) known.add(tenure.of);
        if (tenures.length > 0) relationKnown = true;
      }
    }
    if (actor.kind === "organization") {
      const overseers = factsAsOf(actor.overseenBy);
      changes.set("overseenBy", overseers);
      name(overseers);
      if (overseers.length > 0) relationKnown = true;
    }
    if (relationKnown || actor.citations.some((citation) => knownSource(citation.source))) known.add(actor.id);
    actorChanges.set(actor.id, changes);
    actorConflict.set(actor.id, conflict);
  }
  for (const meeting of meetings) {
    name(meeting.participants);
    if (meeting.place) known.add(meeting.place.country);
    for (const alternative of meeting.claims?.place ?? []) known.add(alternative.value.country);
  }
  for (const agreement of agreements) {
    name(agreement.parties);
    for (const id of agreement.establishes) known.add(id);
  }
  for (const source of sources) known.add(source.publisher);
  for (const id of [...known]) {
    const actor = actorsById.get(id);
    if (actor?.kind === "organization") for (const state of actor.jurisdiction) known.add(state);
  }
  const actors: ActorRecord[] = [];
  for (const actor of data.actors) {
    if (!known.has(actor.id)) continue;
    const citations = keepCitations(actor.citations);
    const status = recomputeStatus(actor.status, citations, actorConflict.get(actor.id)!);
    const changes = actorChanges.get(actor.id)!;
    changes.set("citations", citations);
    changes.set("status", status);
    actors.push(withChanges(actor, changes));
  }

  return {
    actors: Object.freeze(actors),
    meetings: Object.freeze(meetings),
    agreements: Object.freeze(agreements),
    sources: sources.length === data.sources.length ? data.sources : Object.freeze(sources),
    ...(data.redirects ? { redirects: data.redirects } : {}),
  };
}
