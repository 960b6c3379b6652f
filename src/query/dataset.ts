import { inIdOrder } from "../core/ids.js";
import type { ClaimStatus } from "../generated/record-types.js";
import { TOPICS } from "../generated/vocabularies.js";
import { tenureCovers } from "./affiliation.js";
import { asOfDay, recordsAsOf } from "./as-of.js";
import { dateArgument, idsArgument, isOpen, optionsArgument, statusFilter, stringArgument, vocabularyArgument, windowArgument } from "./args.js";
import { contestedFacts } from "./contested.js";
import { counterpartsOf } from "./counterparts.js";
import { graphOf } from "./graph.js";
import { buildIndexes, buildNameIndex, LOOK_BACK_DAYS, type DateIndex, type Dated, type Indexes, type NameIndex } from "./indexes.js";
import { agreementLinks, involvedIn as involvedInIndex, meetingLinks } from "./involved.js";
import { SEARCH_KINDS, searchIndexes } from "./search.js";
import { buildEventIndexes, compareTimeline, mergeSorted, TIMELINE_KINDS, type EventIndexes } from "./timeline.js";
import { inWindow, overlapping } from "./window.js";
import type {
  ActorRangeOptions,
  ActorRecord,
  Affiliation,
  AgreementRecord,
  ContestedFact,
  ContestedOptions,
  Counterpart,
  CounterpartOptions,
  DatasetRecordsReadonly,
  Graph,
  GraphOptions,
  MeetingRecord,
  RangeOptions,
  RedirectRecord,
  SearchHit,
  SearchOptions,
  SourceRecord,
  TenureRecord,
  TimelineEvent,
  TimelineOptions,
} from "./types.js";

/**
 * An actor's part in a meeting or agreement, with the actor record.
 *
 * @example
 * ```ts
 * import { participantsOf } from "mena-security-data";
 * participantsOf("amman-conference-2025").map((p) => `${p.actor.name}: ${p.role ?? ""}`);
 * ```
 */
export interface Involvement {
  /** The actor record. */
  readonly actor: ActorRecord;
  /** The role, as reported. */
  readonly role: string | undefined;
  /** The claim status of this participation. */
  readonly status: ClaimStatus;
  /** The citations for this participation. */
  readonly citations: ActorRecord["citations"];
}

/**
 * The meetings and agreements two actors share.
 *
 * @example
 * ```ts
 * import { between } from "mena-security-data";
 * const { meetings, agreements } = between("syria", "jordan");
 * ```
 */
export interface Shared {
  /** Meetings both took part in, in date order. */
  readonly meetings: readonly MeetingRecord[];
  /** Agreements both are parties to, in date order. */
  readonly agreements: readonly AgreementRecord[];
}

/**
 * Options with a single point in time.
 *
 * @example
 * ```ts
 * import { positionsOf } from "mena-security-data";
 * positionsOf("fuad-hussein", { at: "2025-03-14" });
 * ```
 */
export interface AtOptions {
  /** Only tenures that cover this partial ISO date (they overlap its interval). */
  readonly at?: string;
  /** Keep only tenures with one of these claim statuses (default: all). */
  readonly status?: readonly ClaimStatus[];
}

/**
 * Where an id leads: the current id, and the redirects followed to get there.
 *
 * @example
 * ```ts
 * import { resolveId } from "mena-security-data";
 * const { id, via } = resolveId("some-old-id");
 * ```
 */
export interface ResolvedId {
  /** The current id, or `undefined` when the id was withdrawn. */
  readonly id: string | undefined;
  /** The redirects followed, in order (empty for a current id). */
  readonly via: readonly (RedirectRecord & { readonly from: string })[];
}

/**
 * A dataset with every query helper bound to it. Made by `createDataset` (from
 * `mena-security-data/dataset`) for any data, and used by the main entry for the bundled data.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { createDataset } from "mena-security-data/dataset";
 * const dataset = createDataset(JSON.parse(readFileSync("my-dataset.json", "utf8")));
 * dataset.between("syria", "jordan");
 * ```
 */
export interface Dataset {
  /** Every actor, sorted by id. */
  readonly actors: readonly ActorRecord[];
  /** Every meeting, sorted by id. */
  readonly meetings: readonly MeetingRecord[];
  /** Every agreement, sorted by id. */
  readonly agreements: readonly AgreementRecord[];
  /** Every source, sorted by id. */
  readonly sources: readonly SourceRecord[];
  /**
   * Retired ids and where they lead (renamed, merged) or why they were withdrawn. Pass them on
   * to `createDataset` with the records, so that a dataset built from this one still resolves them.
   */
  readonly redirects: Readonly<Record<string, RedirectRecord>>;
  /** Follows redirects from a retired id to the current one. */
  resolveId(id: string): ResolvedId;
  /** The actor with this id (redirects followed), or `undefined`. */
  getActor(id: string): ActorRecord | undefined;
  /** The meeting with this id (redirects followed), or `undefined`. */
  getMeeting(id: string): MeetingRecord | undefined;
  /** The agreement with this id (redirects followed), or `undefined`. */
  getAgreement(id: string): AgreementRecord | undefined;
  /** The source with this id (redirects followed), or `undefined`. */
  getSource(id: string): SourceRecord | undefined;
  /** Meetings the actor took part in, in date order. */
  meetingsOf(actorId: string, options?: ActorRangeOptions): MeetingRecord[];
  /** Agreements the actor is a party to, in date order. */
  agreementsOf(actorId: string, options?: ActorRangeOptions): AgreementRecord[];
  /** The participants of a meeting. */
  participantsOf(meetingId: string, options?: Pick<RangeOptions, "status">): Involvement[];
  /** The parties to an agreement. */
  partiesOf(agreementId: string, options?: Pick<RangeOptions, "status">): Involvement[];
  /** Meetings and agreements involving both actors. */
  between(a: string, b: string, options?: ActorRangeOptions): Shared;
  /** Who the actor met or agreed with, most frequent first. */
  counterparts(actorId: string, options?: CounterpartOptions): Counterpart[];
  /** People who held a position or membership in a state or organization. */
  membersOf(orgId: string, options?: AtOptions): Affiliation[];
  /** The positions and memberships a person held. */
  positionsOf(personId: string, options?: AtOptions): Affiliation[];
  /** Meetings, agreements and position changes merged in date order. */
  timeline(options?: TimelineOptions): TimelineEvent[];
  /** Ranked search over names, aliases and titles. */
  search(text: string, options?: SearchOptions): SearchHit[];
  /** The actor network, weighted by shared meetings and agreements. */
  graph(options?: GraphOptions): Graph;
  /**
   * The dataset as the public could know it on a day: only citations of sources published by then,
   * statuses recomputed from them (never upgraded), field claims re-selected. A partial date means
   * its last day. See "What was known when" in docs/provenance.md.
   */
  asOf(date: string): Dataset;
  /** Every denied or disputed record, relation and field claim, with both sides, in date order. */
  contested(options?: ContestedOptions): ContestedFact[];
}

const MAX_REDIRECT_HOPS = 32;

const NO_REDIRECTS: Dataset["redirects"] = Object.freeze({});

function sortedIds<T extends { readonly id: string }>(records: readonly T[]): readonly T[] {
  // Canonical data is already sorted: check in one pass before paying for a sort.
  const sorted = inIdOrder(records);
  return sorted === records && Object.isFrozen(records) ? records : Object.freeze(sorted === records ? [...records] : sorted);
}

/**
 * Binds every query helper to a dataset, building its indexes once. The records must already be
 * valid (the bundled data is validated at build time; `createDataset` validates first).
 *
 * @example
 * ```ts
 * import { actors, meetings, agreements, sources, bindDataset } from "mena-security-data";
 * const dataset = bindDataset({ actors, meetings, agreements, sources });
 * dataset.meetingsOf("fuad-hussein");
 * ```
 */
export function bindDataset(data: DatasetRecordsReadonly): Dataset {
  const index: Indexes = buildIndexes(data);
  const redirects = data.redirects ?? NO_REDIRECTS;
  let events: EventIndexes | undefined;
  const nameIndexes = new Map<SearchHit["kind"], NameIndex>();

  const resolveId = (id: string): ResolvedId => {
    stringArgument("id", id);
    const via: (RedirectRecord & { from: string })[] = [];
    let current: string | undefined = id;
    while (current !== undefined && Object.hasOwn(redirects, current) && via.length < MAX_REDIRECT_HOPS) {
      const redirect: RedirectRecord = redirects[current]!;
      via.push({ ...redirect, from: current });
      current = redirect.to;
    }
    return { id: current, via };
  };
  const current = (id: unknown, name = "id"): string | undefined => resolveId(stringArgument(name, id)).id;

  function involvedIn<R extends MeetingRecord | AgreementRecord>(
    byActor: ReadonlyMap<string, readonly Dated<R>[]>,
    links: (record: R) => readonly { readonly actor: string; readonly status: ClaimStatus }[],
    actorId: string,
    options: ActorRangeOptions | undefined,
  ): Dated<R>[] {
    optionsArgument("options", options);
    const window = windowArgument(options);
    const keep = statusFilter(options?.status);
    const id = current(actorId, "actorId");
    if (id === undefined) return [];
    return involvedInIndex(index, byActor, links, id, window, keep, options?.affiliated === true);
  }

  const involvements = (
    links: readonly { readonly actor: string; readonly role?: string | undefined; readonly status: ClaimStatus; readonly citations: ActorRecord["citations"] }[],
    options: Pick<RangeOptions, "status"> | undefined,
  ): Involvement[] => {
    const keep = statusFilter(options?.status);
    const out: Involvement[] = [];
    for (const link of links) {
      const actor = index.actors.get(link.actor);
      if (actor && keep(link.status)) out.push({ actor, role: link.role, status: link.status, citations: link.citations });
    }
    return out;
  };

  const affiliationFilter = (options: AtOptions | undefined) => {
    optionsArgument("options", options);
    const at = dateArgument("at", options?.at);
    const keep = statusFilter(options?.status);
    return (affiliation: Affiliation) =>
      keep(affiliation.tenure.status) && (at === undefined || tenureCovers(affiliation.tenure, at.start, at.end));
  };

  const sorted: { -readonly [K in "actors" | "meetings" | "agreements" | "sources"]?: Dataset[K] } = {};
  const dataset: Dataset = {
    get actors() {
      return (sorted.actors ??= sortedIds(data.actors));
    },
    get meetings() {
      return (sorted.meetings ??= sortedIds(data.meetings));
    },
    get agreements() {
      return (sorted.agreements ??= sortedIds(data.agreements));
    },
    get sources() {
      return (sorted.sources ??= sortedIds(data.sources));
    },
    redirects,
    resolveId,
    getActor: (id) => {
      const resolved = current(id);
      return resolved === undefined ? undefined : index.actors.get(resolved);
    },
    getMeeting: (id) => {
      const resolved = current(id);
      return resolved === undefined ? undefined : index.meetings.get(resolved);
    },
    getAgreement: (id) => {
      const resolved = current(id);
      return resolved === undefined ? undefined : index.agreements.get(resolved);
    },
    getSource: (id) => {
      const resolved = current(id);
      return resolved === undefined ? undefined : index.sources.get(resolved);
    },
    meetingsOf: (actorId, options) => involvedIn(index.meetingsByActor, meetingLinks, actorId, options).map((item) => item.record),
    agreementsOf: (actorId, options) =>
      involvedIn(index.agreementsByActor, agreementLinks, actorId, options).map((item) => item.record),
    participantsOf: (meetingId, options) => {
      optionsArgument("options", options);
      const id = current(meetingId, "meetingId");
      const meeting = id === undefined ? undefined : index.meetings.get(id);
      return meeting ? involvements(meeting.participants, options) : [];
    },
    partiesOf: (agreementId, options) => {
      optionsArgument("options", options);
      const id = current(agreementId, "agreementId");
      const agreement = id === undefined ? undefined : index.agreements.get(id);
      return agreement ? involvements(agreement.parties, options) : [];
    },
    between: (a, b, options) => {
      const shared = <R extends MeetingRecord | AgreementRecord>(
        byActor: ReadonlyMap<string, readonly Dated<R>[]>,
        links: (record: R) => readonly { readonly actor: string; readonly status: ClaimStatus }[],
      ): R[] => {
        const first = involvedIn(byActor, links, a, options);
        if (first.length === 0) return [];
        const second = new Set(involvedIn(byActor, links, b, options).map((item) => item.record.id));
        return first.filter((item) => second.has(item.record.id)).map((item) => item.record);
      };
      const fastShared = <R extends MeetingRecord | AgreementRecord>(
        byActor: ReadonlyMap<string, readonly Dated<R>[]>,
        links: (record: R) => readonly { readonly actor: string; readonly status: ClaimStatus }[],
      ): R[] => {
        // Without affiliations: walk the shorter of the two lists and check the other actor in place.
        optionsArgument("options", options);
        const window = windowArgument(options);
        const keep = statusFilter(options?.status);
        const idA = current(a, "a");
        const idB = current(b, "b");
        if (idA === undefined || idB === undefined) return [];
        if (idA === idB) return involvedIn(byActor, links, idA, options).map((item) => item.record);
        const listA = byActor.get(idA) ?? [];
        const listB = byActor.get(idB) ?? [];
        const [shorter, other] = listA.length <= listB.length ? [listA, idB] : [listB, idA];
        const mine = shorter === listA ? idA : idB;
        const out: R[] = [];
        for (const item of inWindow(shorter, window)) {
          const record = item.record;
          if (!keep(record.status)) continue;
          let hasMine = false;
          let hasOther = false;
          for (const link of links(record)) {
            if (!keep(link.status)) continue;
            if (link.actor === mine) hasMine = true;
            else if (link.actor === other) hasOther = true;
          }
          if (hasMine && hasOther) out.push(record);
        }
        return out;
      };
      if (options?.affiliated) {
        return { meetings: shared(index.meetingsByActor, meetingLinks), agreements: shared(index.agreementsByActor, agreementLinks) };
      }
      return { meetings: fastShared(index.meetingsByActor, meetingLinks), agreements: fastShared(index.agreementsByActor, agreementLinks) };
    },
    counterparts: (actorId, options) => {
      optionsArgument("options", options);
      const window = windowArgument(options);
      const keep = statusFilter(options?.status);
      const id = current(actorId, "actorId");
      if (id === undefined) return [];
      return counterpartsOf(index, id, window, keep, options);
    },
    membersOf: (orgId, options) => {
      const keep = affiliationFilter(options);
      const id = current(orgId, "orgId");
      if (id === undefined) return [];
      return (index.affiliationsOf.get(id) ?? []).filter(keep);
    },
    positionsOf: (personId, options) => {
      const keep = affiliationFilter(options);
      const id = current(personId, "personId");
      const person = id === undefined ? undefined : index.actors.get(id);
      if (person === undefined || person.kind !== "person") return [];
      const all: Affiliation[] = [
        ...person.positions.map((tenure) => ({ person, of: tenure.of, via: "position" as const, tenure })),
        ...person.memberships.map((tenure) => ({ person, of: tenure.of, via: "membership" as const, tenure })),
      ];
      return all.filter(keep);
    },
    timeline: (options) => {
      optionsArgument("options", options);
      const window = windowArgument(options);
      const keep = statusFilter(options?.status);
      const kinds = vocabularyArgument("kinds", options?.kinds, TIMELINE_KINDS);
      const topics = vocabularyArgument("topics", options?.topics, TOPICS);
      const actorList = idsArgument("actors", options?.actors);
      const actorIds = actorList
        ? new Set(actorList.map((id) => current(id, "actors")).filter((id): id is string => id !== undefined))
        : undefined;
      const wantKind = (type: TimelineEvent["type"]) => kinds === undefined || kinds.has(type);
      // With affiliated: the people affiliated with a listed state or organization, each with the
      // tenures that make them so (checked against each event's date below).
      const affiliates = new Map<string, TenureRecord[]>();
      if (options?.affiliated && actorIds) {
        for (const id of actorIds) {
          if (index.actors.get(id)?.kind === "person") continue;
          for (const affiliation of index.affiliationsOf.get(id) ?? []) {
            if (!keep(affiliation.tenure.status)) continue;
            affiliates.set(affiliation.person.id, [...(affiliates.get(affiliation.person.id) ?? []), affiliation.tenure]);
          }
        }
      }
      const listed = (actor: string, start: number, end: number) =>
        actorIds!.has(actor) || (affiliates.get(actor)?.some((tenure) => tenureCovers(tenure, start, end)) ?? false);
      events ??= buildEventIndexes(index);
      // Each list below is already in timeline order; they are merged, not sorted.
      const lists: Dated<TimelineEvent>[][] = [];
      const addRecords = (type: "meeting" | "agreement", byDate: DateIndex<TimelineEvent>) => {
        if (!wantKind(type)) return;
        const filtered = options?.status !== undefined || topics !== undefined || actorIds !== undefined;
        for (const [precision, list] of byDate.byPrecision.entries()) {
          const found = isOpen(window) ? list : overlapping(list, window, LOOK_BACK_DAYS[precision as 0 | 1 | 2]);
          if (!filtered) {
            lists.push(found as Dated<TimelineEvent>[]);
            continue;
          }
          lists.push(
            found.filter(({ record: event, start, end }) => {
              const record = event.record as MeetingRecord | AgreementRecord;
              if (!keep(record.status)) return false;
              if (topics && !record.topics.some((topic) => topics.has(topic))) return false;
              const links = "participants" in record ? record.participants : record.parties;
              return !actorIds || links.some((link) => keep(link.status) && listed(link.actor, start, end));
            }),
          );
        }
      };
      addRecords("meeting", events.meetings);
      addRecords("agreement", events.agreements);
      if ((wantKind("position-start") || wantKind("position-end")) && topics === undefined) {
        lists.push(
          inWindow(events.tenures, window).filter(({ record: event }) => {
            if (event.type === "meeting" || event.type === "agreement" || !wantKind(event.type)) return false;
            if (!keep(event.tenure.status)) return false;
            return !actorIds || actorIds.has(event.record.id) || actorIds.has(event.tenure.of);
          }),
        );
      }
      return mergeSorted(lists, compareTimeline).map((item) => item.record);
    },
    search: (text, options) => {
      const query = stringArgument("text", text);
      optionsArgument("options", options);
      const kinds = [...(vocabularyArgument("kinds", options?.kinds, SEARCH_KINDS) ?? SEARCH_KINDS)];
      const indexes = kinds.map((kind) => {
        let nameIndex = nameIndexes.get(kind);
        if (!nameIndex) {
          nameIndex = buildNameIndex(data, kind);
          nameIndexes.set(kind, nameIndex);
        }
        return nameIndex;
      });
      return searchIndexes(indexes, query, options?.limit);
    },
    graph: (options) => {
      optionsArgument("options", options);
      return graphOf(index, options);
    },
    asOf: (date) => bindDataset(recordsAsOf(data, asOfDay(date))),
    contested: (options) => {
      optionsArgument("options", options);
      return contestedFacts(data, index.sources, options);
    },
  };
  return dataset;
}

