import { EVENT_KINDS, RECORD_KIND_INFO, RECORD_KINDS, type ActorLinksOf, type EventKind, type KindSingular, type RecordKind } from "../schema/kinds.js";
import { inIdOrder } from "../core/ids.js";
import { asOfDay, recordsAsOf } from "./as-of.js";
import { between } from "./between.js";
import { contested } from "./contested.js";
import { counterparts } from "./counterparts.js";
import { eventsOf } from "./events-of.js";
import { getRecord } from "./get-record.js";
import { graph } from "./graph.js";
import { buildIndexes } from "./indexes.js";
import { involvementsIn } from "./involvements.js";
import type { Found, KnownId } from "./known-ids.js";
import { membersOf } from "./members-of.js";
import { positionsOf } from "./positions-of.js";
import { resolveId } from "./resolve-id.js";
import { search } from "./search.js";
import { timeline } from "./timeline.js";
import type {
  ActorRangeOptions,
  ActorRecord,
  Affiliation,
  AgreementRecord,
  AtOptions,
  ContestedFact,
  ContestedOptions,
  Counterpart,
  CounterpartOptions,
  DatasetRecordsReadonly,
  Graph,
  GraphOptions,
  Involvement,
  MeetingRecord,
  RangeOptions,
  RedirectRecord,
  ResolvedId,
  SearchHit,
  SearchOptions,
  Shared,
  SourceRecord,
  TimelineEvent,
  TimelineOptions,
} from "./types.js";

/**
 * A dataset with every query helper bound to it. Made by `createDataset` (from
 * `mena-security-data/dataset`) for any data, and by the main entry for the bundled data, whose
 * helpers take the bundled ids (`ActorIds` is {@link ActorId} there, `string` here): a literal
 * that is no bundled id fails to compile, and a getter given one returns the record itself.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { createDataset } from "mena-security-data/dataset";
 * const dataset = createDataset(JSON.parse(readFileSync("my-dataset.json", "utf8")));
 * dataset.between("syria", "jordan");
 * ```
 */
export interface Dataset<ActorIds extends string = string, MeetingIds extends string = string, AgreementIds extends string = string, SourceIds extends string = string> {
  /** Every actor, sorted by id, deeply frozen. */
  readonly actors: readonly ActorRecord[];
  /** Every meeting, sorted by id, deeply frozen. */
  readonly meetings: readonly MeetingRecord[];
  /** Every agreement, sorted by id, deeply frozen. */
  readonly agreements: readonly AgreementRecord[];
  /** Every source, sorted by id, deeply frozen. */
  readonly sources: readonly SourceRecord[];
  /**
   * Retired ids and where they lead (renamed, merged) or why they were withdrawn. Pass them on
   * to `createDataset` with the records, so that a dataset built from this one still resolves them.
   */
  readonly redirects: Readonly<Record<string, RedirectRecord>>;
  /**
   * Follows redirects from a retired id (renamed, merged or withdrawn) to the current one.
   *
   * @example
   * ```ts
   * import { resolveId } from "mena-security-data";
   * resolveId("fuad-hussein"); // { id: "fuad-hussein", via: [] }
   * ```
   */
  resolveId(id: string): ResolvedId;
  /**
   * The actor with this id (redirects from retired ids followed), or `undefined`.
   *
   * @example
   * ```ts
   * import { getActor } from "mena-security-data";
   * getActor("fuad-hussein")?.name; // "Fuad Hussein"
   * ```
   */
  getActor<const T extends string>(id: KnownId<T, ActorIds>): Found<T, ActorRecord, ActorIds>;
  /**
   * The meeting with this id (redirects followed), or `undefined`.
   *
   * @example
   * ```ts
   * import { getMeeting } from "mena-security-data";
   * getMeeting("hussein-al-shibani-baghdad-2025-03-14")?.place?.city; // "Baghdad"
   * ```
   */
  getMeeting<const T extends string>(id: KnownId<T, MeetingIds>): Found<T, MeetingRecord, MeetingIds>;
  /**
   * The agreement with this id (redirects followed), or `undefined`.
   *
   * @example
   * ```ts
   * import { getAgreement } from "mena-security-data";
   * getAgreement("five-nation-operations-centre-agreement")?.stage; // "agreed"
   * ```
   */
  getAgreement<const T extends string>(id: KnownId<T, AgreementIds>): Found<T, AgreementRecord, AgreementIds>;
  /**
   * The source with this id (redirects followed), or `undefined`.
   *
   * @example
   * ```ts
   * import { getSource } from "mena-security-data";
   * getSource("shafaq-2025-03-20-iraq-crisis-cell")?.url;
   * ```
   */
  getSource<const T extends string>(id: KnownId<T, SourceIds>): Found<T, SourceRecord, SourceIds>;
  /**
   * Meetings the actor took part in, in date order (partial dates sort at their start, day-precise
   * first on ties; undated last). `from` / `to` keep meetings whose date interval overlaps the
   * range (undated meetings are then left out). With `affiliated: true`, a state or organization
   * also gets the meetings of people who held a position in it, or were a member of it, on the
   * meeting's date. `status` keeps only meetings and participations with those claim statuses.
   *
   * @example
   * ```ts
   * import { meetingsOf } from "mena-security-data";
   * meetingsOf("iraq", { affiliated: true, from: "2025-03" });
   * ```
   */
  meetingsOf<const T extends string>(actorId: KnownId<T, ActorIds>, options?: ActorRangeOptions): MeetingRecord[];
  /**
   * Agreements the actor is a party to, in date order; options as for {@link Dataset.meetingsOf}.
   *
   * @example
   * ```ts
   * import { agreementsOf } from "mena-security-data";
   * agreementsOf("jordan").map((agreement) => agreement.title);
   * ```
   */
  agreementsOf<const T extends string>(actorId: KnownId<T, ActorIds>, options?: ActorRangeOptions): AgreementRecord[];
  /**
   * The participants of a meeting, each with the actor record, role, status and citations.
   *
   * @example
   * ```ts
   * import { participantsOf } from "mena-security-data";
   * participantsOf("hussein-al-shibani-baghdad-2025-03-14").map((p) => p.actor.name);
   * ```
   */
  participantsOf<const T extends string>(meetingId: KnownId<T, MeetingIds>, options?: Pick<RangeOptions, "status">): Involvement[];
  /**
   * The parties to an agreement, each with the actor record, role, status and citations.
   *
   * @example
   * ```ts
   * import { partiesOf } from "mena-security-data";
   * partiesOf("syria-jordan-border-security-committee-agreement").map((p) => p.actor.id);
   * ```
   */
  partiesOf<const T extends string>(agreementId: KnownId<T, AgreementIds>, options?: Pick<RangeOptions, "status">): Involvement[];
  /**
   * The meetings and agreements involving both actors, in date order.
   *
   * @example
   * ```ts
   * import { between } from "mena-security-data";
   * between("syria", "jordan").agreements;
   * ```
   */
  between<const A extends string, const B extends string>(a: KnownId<A, ActorIds>, b: KnownId<B, ActorIds>, options?: ActorRangeOptions): Shared;
  /**
   * Who the actor met or agreed with: each other actor in the same meetings and agreements, with the
   * number of distinct events, most first. `excludeOwnSide` leaves out the actor's own side on the
   * day of each event (its state, the state's organizations and the people who held a position or
   * membership in them then); `kinds` keeps only those kinds of actor; `affiliated`, `from`, `to`
   * and `status` work as for {@link Dataset.meetingsOf}. Ties go by id; when `excludeOwnSide` or `kinds` is
   * given, to the counterpart with the more recent shared event (`latest`) first.
   *
   * @example
   * ```ts
   * import { counterparts } from "mena-security-data";
   * counterparts("fuad-hussein")[0]?.actor.name;
   * // The foreign ministers and envoys he met, leaving out Iraq, its bodies and its officials:
   * counterparts("fuad-hussein", { excludeOwnSide: true, kinds: ["person"] }).map((c) => `${c.actor.name} ${c.total}`);
   * ```
   */
  counterparts<const T extends string>(actorId: KnownId<T, ActorIds>, options?: CounterpartOptions): Counterpart[];
  /**
   * The people who held a position or a membership in a state or organization; with `at`, only
   * those whose tenure covers that date (a tenure without dates covers every date).
   *
   * @example
   * ```ts
   * import { membersOf } from "mena-security-data";
   * membersOf("iraq-national-security-crisis-cell").map((m) => m.person.name);
   * ```
   */
  membersOf<const T extends string>(orgId: KnownId<T, ActorIds>, options?: AtOptions): Affiliation[];
  /**
   * The positions and memberships a person held; with `at`, only those covering that date.
   *
   * @example
   * ```ts
   * import { positionsOf } from "mena-security-data";
   * positionsOf("fuad-hussein").map((p) => `${p.tenure.role} (${p.of})`);
   * ```
   */
  positionsOf<const T extends string>(personId: KnownId<T, ActorIds>, options?: AtOptions): Affiliation[];
  /**
   * Meetings, agreements and position changes merged in date order. Undated records are left out.
   * `actors` keeps the events involving one of them; with `affiliated: true`, a state or
   * organization among them also brings the events of the people affiliated with it at the time.
   *
   * @example
   * ```ts
   * import { timeline } from "mena-security-data";
   * timeline({ from: "2024-12", to: "2025-03", kinds: ["meeting", "agreement"] });
   * timeline({ actors: ["iraq"], affiliated: true, kinds: ["meeting"] }); // as meetingsOf("iraq", { affiliated: true })
   * ```
   */
  timeline(options?: TimelineOptions): TimelineEvent[];
  /**
   * Ranked search over names, aliases and titles, insensitive to case, diacritics, apostrophes,
   * hyphens and a leading "al-": "Shaibani" finds Al-Shibani, "Turkey" finds Türkiye.
   *
   * @example
   * ```ts
   * import { search } from "mena-security-data";
   * search("shaibani")[0]?.record.id; // "asaad-al-shibani"
   * ```
   */
  search(text: string, options?: SearchOptions): SearchHit[];
  /**
   * The actor network: actors linked by shared meetings and agreements, weighted, heaviest first.
   * With `foldTo: "state"`, every participant and party counts as the states it stands for on the
   * day of each event (a person as the states they held a position or membership in then), so the
   * nodes are states.
   *
   * @example
   * ```ts
   * import { graph } from "mena-security-data";
   * const { nodes, edges } = graph({ from: "2025" });
   * graph({ foldTo: "state" }).edges.find((edge) => edge.source === "iraq" && edge.target === "syria")?.weight;
   * ```
   */
  graph(options?: GraphOptions): Graph;
  /**
   * The data as the public could know it on a day, as a {@link Dataset} with every helper:
   * only citations of sources published on or before that day (a source dated only to a month or a
   * year counts from its last day; one with no publication date, a living reference work such as
   * ISO 3166-1 or an encyclopedia article, counts as always known); records and relations with no
   * such citation left out; statuses recomputed from the citations kept, never upgraded (`confirmed`
   * only while two distinct sources support it, `denied` only once the denial is out, `disputed` only
   * while a kept citation denies it or a field's kept claims still conflict, else `reported`); field
   * claims filtered the same way and the flat field re-selected by {@link selectClaim}; an agreement's
   * `reachedAt` and a meeting's `outcomes` drop what is not yet known. A partial date means its last
   * day (`"2025-03"` is 2025-03-31); anything but an ISO date throws a `TypeError` naming `date`.
   * See "What was known when" in docs/provenance.md.
   *
   * @example
   * ```ts
   * import { asOf } from "mena-security-data";
   * asOf("2025-03-19").getActor("iraq-national-security-crisis-cell"); // undefined: not yet reported
   * asOf("2025-03-20").getActor("iraq-national-security-crisis-cell")?.status; // "denied": reported and denied that day
   * asOf("2025-03").meetingsOf("iraq", { affiliated: true }).map((meeting) => meeting.id);
   * ```
   */
  asOf(date: string): Dataset;
  /**
   * Every denied or disputed fact in the data: records, relations (participants, parties,
   * positions, memberships, overseers) and field claims (a disputed field, a denied value), each with
   * the citations on each side and its `path` in the record, in date order. `kinds` keeps facts in
   * those kinds of record, `status` those statuses.
   *
   * @example
   * ```ts
   * import { contested } from "mena-security-data";
   * for (const fact of contested({ status: ["disputed"] })) {
   *   console.log(fact.date, fact.record.id, fact.path, fact.sides.map((side) => `${side.stance} ${JSON.stringify(side.value ?? "")}`));
   * }
   * ```
   */
  contested(options?: ContestedOptions): ContestedFact[];
}

/** The helpers made for each record kind from the registry: its records, its getter and, for events, `meetingsOf` and `participantsOf`. */
type PerKind = { readonly [K in RecordKind as K | `get${Capitalize<KindSingular<K>>}`]: unknown } & {
  readonly [K in EventKind as `${K}Of` | `${ActorLinksOf<K>}Of`]: unknown;
};

/** The records in id order, frozen: the same array when it already is (canonical data is). */
function sortedIds<T extends { readonly id: string }>(records: readonly T[]): readonly T[] {
  const sorted = inIdOrder(records);
  return sorted === records && Object.isFrozen(records) ? records : Object.freeze(sorted === records ? [...records] : sorted);
}

/**
 * Binds every query helper to a dataset, building its indexes on first use. The records must
 * already be valid (the bundled data is validated at build time; `createDataset` validates first).
 *
 * @example
 * ```ts
 * import { actors, meetings, agreements, sources, bindDataset } from "mena-security-data";
 * const dataset = bindDataset({ actors, meetings, agreements, sources });
 * dataset.meetingsOf("fuad-hussein");
 * ```
 */
export function bindDataset(data: DatasetRecordsReadonly): Dataset {
  const index = buildIndexes(data);
  const perKind: Record<string, unknown> = {};
  for (const kind of RECORD_KINDS) {
    let sorted: unknown;
    Object.defineProperty(perKind, kind, { enumerable: true, get: () => (sorted ??= sortedIds<{ readonly id: string }>(data[kind])) });
    const singular = RECORD_KIND_INFO[kind].singular;
    perKind[`get${singular[0]!.toUpperCase()}${singular.slice(1)}`] = (id: string) => getRecord(index, kind, id);
  }
  for (const kind of EVENT_KINDS) {
    perKind[`${kind}Of`] = (actorId: string, options?: ActorRangeOptions) => eventsOf(index, kind, actorId, options).map((item) => item.record);
    const links = RECORD_KIND_INFO[kind].actorLinks;
    perKind[`${links}Of`] = (id: string, options?: Pick<RangeOptions, "status">) => involvementsIn(index, kind, id, options, `${RECORD_KIND_INFO[kind].singular}Id`);
  }
  const helpers = {
    redirects: index.redirects,
    resolveId: (id) => resolveId(index, id),
    between: (a, b, options) => between(index, a, b, options),
    counterparts: (actorId, options) => counterparts(index, actorId, options),
    membersOf: (orgId, options) => membersOf(index, orgId, options),
    positionsOf: (personId, options) => positionsOf(index, personId, options),
    timeline: (options) => timeline(index, options),
    search: (text, options) => search(index, text, options),
    graph: (options) => graph(index, options),
    asOf: (date) => bindDataset(recordsAsOf(data, asOfDay(date))),
    contested: (options) => contested(index, options),
  } satisfies Omit<Dataset, keyof PerKind>;
  // Every helper the registry names is a member of Dataset (a new kind without its helpers fails
  // to compile here), and with the others makes the whole of it.
  const named = perKind as unknown as Pick<Dataset, keyof PerKind>;
  return Object.defineProperties(named, Object.getOwnPropertyDescriptors(helpers)) as typeof named & typeof helpers satisfies Dataset;
}
