/**
 * mena-security-data: the actors, meetings and agreements of security diplomacy in the Middle
 * East, validated at build time, with query helpers over prebuilt indexes. This entry does not
 * load zod; import `mena-security-data/schema` for the schemas and `mena-security-data/dataset`
 * to validate and query your own data.
 *
 * @example
 * ```ts
 * import { meetingsOf, getActor } from "mena-security-data";
 * for (const meeting of meetingsOf("fuad-hussein")) console.log(meeting.date?.value, meeting.title);
 * getActor("turkiye")?.name; // "Türkiye"
 * ```
 * @module mena-security-data
 */
import { BUNDLED, BUNDLED_HISTORY, BUNDLED_SHA256, BUNDLED_VERSION } from "./bundled/bundled.js";
import { bindDataset, type Dataset } from "./query/dataset.js";
import type { ActorId, AgreementId, MeetingId, SourceId } from "./generated/ids.js";
import type { Found, KnownId } from "./query/known-ids.js";
import type { ActorRecord, AgreementRecord, MeetingRecord, SourceRecord } from "./query/types.js";

const bundled: Dataset = bindDataset(BUNDLED);

/**
 * The package version, which is the version of the data it ships. Pin it to pin the data.
 *
 * @example
 * ```ts
 * import { DATASET_VERSION } from "mena-security-data";
 * console.log(`data version ${DATASET_VERSION}`);
 * ```
 */
export const DATASET_VERSION: string = BUNDLED_VERSION;

/**
 * SHA-256 of the canonical data this version ships (also in `dist/manifest.json`): check that the
 * data you pinned is the data you have. docs/versioning.md shows how to recompute it.
 *
 * @example
 * ```ts
 * import { DATASET_SHA256 } from "mena-security-data";
 * console.log(DATASET_SHA256.slice(0, 12));
 * ```
 */
export const DATASET_SHA256: string = BUNDLED_SHA256;

/**
 * In which package version a record was added, and in which it last changed (derived at release
 * time from the data diff), or `undefined` for an id not yet released. Redirects are followed.
 *
 * @example
 * ```ts
 * import { recordHistory } from "mena-security-data";
 * recordHistory("fuad-hussein"); // { added: "0.1.0", changed: "0.1.0" }
 * ```
 */
export function recordHistory(id: string): { readonly added: string; readonly changed: string } | undefined {
  const current = bundled.resolveId(id).id;
  return current === undefined ? undefined : BUNDLED_HISTORY[current];
}

/**
 * Every actor (states, people, organizations), sorted by id, deeply frozen.
 *
 * @example
 * ```ts
 * import { actors } from "mena-security-data";
 * const states = actors.filter((actor) => actor.kind === "state");
 * ```
 */
export const actors: Dataset["actors"] = bundled.actors;

/**
 * Every meeting, sorted by id, deeply frozen.
 *
 * @example
 * ```ts
 * import { meetings } from "mena-security-data";
 * meetings.map((meeting) => meeting.title);
 * ```
 */
export const meetings: Dataset["meetings"] = bundled.meetings;

/**
 * Every agreement, sorted by id, deeply frozen.
 *
 * @example
 * ```ts
 * import { agreements } from "mena-security-data";
 * agreements.filter((agreement) => agreement.stage === "operational");
 * ```
 */
export const agreements: Dataset["agreements"] = bundled.agreements;

/**
 * Every source document the data cites, sorted by id, deeply frozen.
 *
 * @example
 * ```ts
 * import { sources } from "mena-security-data";
 * sources.map((source) => source.url);
 * ```
 */
export const sources: Dataset["sources"] = bundled.sources;

/**
 * Every retired id and where it leads (renamed, merged) or why it was withdrawn, deeply frozen.
 * The helpers follow them already; pass them to `createDataset` with the records when you extend
 * the bundled data, so your dataset resolves every id this package ever released.
 *
 * @example
 * ```ts
 * import { actors, meetings, agreements, sources, redirects } from "mena-security-data";
 * import { createDataset } from "mena-security-data/dataset";
 * declare const myMeeting: unknown; // your own record, e.g. parsed from JSON
 * const mine = createDataset({ actors, meetings: [...meetings, myMeeting], agreements, sources, redirects });
 * ```
 */
export const redirects: Dataset["redirects"] = bundled.redirects;

/**
 * Follows redirects from a retired id (renamed, merged or withdrawn) to the current one.
 *
 * @example
 * ```ts
 * import { resolveId } from "mena-security-data";
 * resolveId("fuad-hussein"); // { id: "fuad-hussein", via: [] }
 * ```
 */
export function resolveId(id: string): ReturnType<Dataset["resolveId"]> {
  return bundled.resolveId(id);
}

/**
 * The actor with this id (redirects from retired ids followed), or `undefined`.
 *
 * @example
 * ```ts
 * import { getActor } from "mena-security-data";
 * getActor("fuad-hussein")?.name; // "Fuad Hussein"
 * ```
 */
export function getActor<const T extends string>(id: KnownId<T, ActorId>): Found<T, ActorRecord> {
  return bundled.getActor(id) as Found<T, ActorRecord>;
}

/**
 * The meeting with this id (redirects followed), or `undefined`.
 *
 * @example
 * ```ts
 * import { getMeeting } from "mena-security-data";
 * getMeeting("hussein-al-shibani-baghdad-2025-03-14")?.place?.city; // "Baghdad"
 * ```
 */
export function getMeeting<const T extends string>(id: KnownId<T, MeetingId>): Found<T, MeetingRecord> {
  return bundled.getMeeting(id) as Found<T, MeetingRecord>;
}

/**
 * The agreement with this id (redirects followed), or `undefined`.
 *
 * @example
 * ```ts
 * import { getAgreement } from "mena-security-data";
 * getAgreement("five-nation-operations-centre-agreement")?.stage; // "agreed"
 * ```
 */
export function getAgreement<const T extends string>(id: KnownId<T, AgreementId>): Found<T, AgreementRecord> {
  return bundled.getAgreement(id) as Found<T, AgreementRecord>;
}

/**
 * The source with this id (redirects followed), or `undefined`.
 *
 * @example
 * ```ts
 * import { getSource } from "mena-security-data";
 * getSource("shafaq-2025-03-20-iraq-crisis-cell")?.url;
 * ```
 */
export function getSource<const T extends string>(id: KnownId<T, SourceId>): Found<T, SourceRecord> {
  return bundled.getSource(id) as Found<T, SourceRecord>;
}

/**
 * Whether a string is the id of a bundled actor (a retired id that redirects to one counts):
 * narrows it to {@link ActorId}, so `getActor` then returns the record itself.
 *
 * @example
 * ```ts
 * import { getActor, isActorId } from "mena-security-data";
 * declare const fromUrl: string;
 * if (isActorId(fromUrl)) getActor(fromUrl).name;
 * ```
 */
export function isActorId(value: unknown): value is ActorId {
  return typeof value === "string" && bundled.getActor(value) !== undefined;
}

/**
 * Whether a string is the id of a bundled meeting (retired ids that redirect to one count).
 *
 * @example
 * ```ts
 * import { getMeeting, isMeetingId } from "mena-security-data";
 * declare const fromUrl: string;
 * if (isMeetingId(fromUrl)) getMeeting(fromUrl).title;
 * ```
 */
export function isMeetingId(value: unknown): value is MeetingId {
  return typeof value === "string" && bundled.getMeeting(value) !== undefined;
}

/**
 * Whether a string is the id of a bundled agreement (retired ids that redirect to one count).
 *
 * @example
 * ```ts
 * import { getAgreement, isAgreementId } from "mena-security-data";
 * declare const fromUrl: string;
 * if (isAgreementId(fromUrl)) getAgreement(fromUrl).stage;
 * ```
 */
export function isAgreementId(value: unknown): value is AgreementId {
  return typeof value === "string" && bundled.getAgreement(value) !== undefined;
}

/**
 * Whether a string is the id of a bundled source (retired ids that redirect to one count).
 *
 * @example
 * ```ts
 * import { getSource, isSourceId } from "mena-security-data";
 * declare const fromUrl: string;
 * if (isSourceId(fromUrl)) getSource(fromUrl).publisher;
 * ```
 */
export function isSourceId(value: unknown): value is SourceId {
  return typeof value === "string" && bundled.getSource(value) !== undefined;
}

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
export function meetingsOf<const T extends string>(actorId: KnownId<T, ActorId>, options?: Parameters<Dataset["meetingsOf"]>[1]): ReturnType<Dataset["meetingsOf"]> {
  return bundled.meetingsOf(actorId, options);
}

/**
 * Agreements the actor is a party to, in date order; options as for {@link meetingsOf}.
 *
 * @example
 * ```ts
 * import { agreementsOf } from "mena-security-data";
 * agreementsOf("jordan").map((agreement) => agreement.title);
 * ```
 */
export function agreementsOf<const T extends string>(actorId: KnownId<T, ActorId>, options?: Parameters<Dataset["agreementsOf"]>[1]): ReturnType<Dataset["agreementsOf"]> {
  return bundled.agreementsOf(actorId, options);
}

/**
 * The participants of a meeting, each with the actor record, role, status and citations.
 *
 * @example
 * ```ts
 * import { participantsOf } from "mena-security-data";
 * participantsOf("hussein-al-shibani-baghdad-2025-03-14").map((p) => p.actor.name);
 * ```
 */
export function participantsOf<const T extends string>(meetingId: KnownId<T, MeetingId>, options?: Parameters<Dataset["participantsOf"]>[1]): ReturnType<Dataset["participantsOf"]> {
  return bundled.participantsOf(meetingId, options);
}

/**
 * The parties to an agreement, each with the actor record, role, status and citations.
 *
 * @example
 * ```ts
 * import { partiesOf } from "mena-security-data";
 * partiesOf("syria-jordan-border-security-committee-agreement").map((p) => p.actor.id);
 * ```
 */
export function partiesOf<const T extends string>(agreementId: KnownId<T, AgreementId>, options?: Parameters<Dataset["partiesOf"]>[1]): ReturnType<Dataset["partiesOf"]> {
  return bundled.partiesOf(agreementId, options);
}

/**
 * The meetings and agreements involving both actors, in date order.
 *
 * @example
 * ```ts
 * import { between } from "mena-security-data";
 * between("syria", "jordan").agreements;
 * ```
 */
export function between<const A extends string, const B extends string>(a: KnownId<A, ActorId>, b: KnownId<B, ActorId>, options?: Parameters<Dataset["between"]>[2]): ReturnType<Dataset["between"]> {
  return bundled.between(a, b, options);
}

/**
 * Who the actor met or agreed with: each other actor in the same meetings and agreements, with the
 * number of distinct events, most first. `excludeOwnSide` leaves out the actor's own side on the
 * day of each event (its state, the state's organizations and the people who held a position or
 * membership in them then); `kinds` keeps only those kinds of actor; `affiliated`, `from`, `to`
 * and `status` work as for {@link meetingsOf}. Ties go by id; when `excludeOwnSide` or `kinds` is
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
export function counterparts<const T extends string>(actorId: KnownId<T, ActorId>, options?: Parameters<Dataset["counterparts"]>[1]): ReturnType<Dataset["counterparts"]> {
  return bundled.counterparts(actorId, options);
}

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
export function membersOf<const T extends string>(orgId: KnownId<T, ActorId>, options?: Parameters<Dataset["membersOf"]>[1]): ReturnType<Dataset["membersOf"]> {
  return bundled.membersOf(orgId, options);
}

/**
 * The positions and memberships a person held; with `at`, only those covering that date.
 *
 * @example
 * ```ts
 * import { positionsOf } from "mena-security-data";
 * positionsOf("fuad-hussein").map((p) => `${p.tenure.role} (${p.of})`);
 * ```
 */
export function positionsOf<const T extends string>(personId: KnownId<T, ActorId>, options?: Parameters<Dataset["positionsOf"]>[1]): ReturnType<Dataset["positionsOf"]> {
  return bundled.positionsOf(personId, options);
}

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
export function timeline(options?: Parameters<Dataset["timeline"]>[0]): ReturnType<Dataset["timeline"]> {
  return bundled.timeline(options);
}

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
export function search(text: string, options?: Parameters<Dataset["search"]>[1]): ReturnType<Dataset["search"]> {
  return bundled.search(text, options);
}

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
export function graph(options?: Parameters<Dataset["graph"]>[0]): ReturnType<Dataset["graph"]> {
  return bundled.graph(options);
}

/**
 * The bundled data as the public could know it on a day, as a {@link Dataset} with every helper:
 * only citations of sources published on or before that day (a source dated only to a month or a
 * year counts from its last day; one with no publication date, a living reference work such as
 * ISO 3166-1 or an encyclopedia article, counts as always known); records and relations with no
 * such citation left out; statuses recomputed from the citations kept, never upgraded (`confirmed`
 * only while two distinct sources support it, `denied` only once the denial is out, `disputed` only
 * while a kept citation denies it or a field's kept claims still conflict, else `reported`); field
 * claims filtered the same way and the flat field re-selected by {@link selectClaim}; an agreement's
 * `reachedAt` and a meeting's `outcomes` drop what is not yet known. A partial date means its last
 * day (`"2025-03"` is 2025-03-31); anything but an ISO date throws a `TypeError` naming `date`.
 *
 * @example
 * ```ts
 * import { asOf } from "mena-security-data";
 * asOf("2025-03-19").getActor("iraq-national-security-crisis-cell"); // undefined: not yet reported
 * asOf("2025-03-20").getActor("iraq-national-security-crisis-cell")?.status; // "denied": reported and denied that day
 * asOf("2025-03").meetingsOf("iraq", { affiliated: true }).map((meeting) => meeting.id);
 * ```
 */
export function asOf(date: string): Dataset {
  return bundled.asOf(date);
}

/**
 * Every denied or disputed fact in the bundled data: records, relations (participants, parties,
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
export function contested(options?: Parameters<Dataset["contested"]>[0]): ReturnType<Dataset["contested"]> {
  return bundled.contested(options);
}

export { bindDataset } from "./query/dataset.js";
export type { Dataset, Involvement, Shared, AtOptions, ResolvedId } from "./query/dataset.js";
export type * from "./query/types.js";
export type * from "./query/known-ids.js";
export type * from "./generated/record-types.js";
export type * from "./generated/ids.js";
export type { DeepReadonly } from "./core/freeze.js";
export { dateInterval, datePrecision, comparePartialDates, isPartialIsoDate, type DayInterval, type DatePrecision } from "./core/dates.js";
export { foldName, foldWords } from "./core/normalize.js";
export { selectClaim, refinesDate, type ClaimAlternativeLike, type DateLike } from "./core/claims.js";
export { ValidationError, formatIssue, type ValidationIssue, type IssueKind } from "./validate/errors.js";
