// The record types are generated from the zod schemas at build time (scripts/lib/record-types.ts),
// so these declarations, and the main entry's, need no zod.
import type { Actor, Agreement, Citation, ClaimStatus, Meeting, OrganizationActor, PartialDate, PersonActor, Redirect, Source, StateActor, Tenure } from "../generated/record-types.js";
import type { DeepReadonly } from "../core/freeze.js";
import type { RECORD_KIND_INFO, RecordKind } from "../schema/kinds.js";

/**
 * The read-only record type of a record kind, named by its plural (the meetings' is
 * {@link MeetingRecord}).
 *
 * @example
 * ```ts
 * import type { KindRecord, MeetingRecord } from "mena-security-data";
 * const same = (record: KindRecord<"meetings">): MeetingRecord => record;
 * ```
 */
export type KindRecord<K extends RecordKind> = DatasetRecordsReadonly[K][number];

/**
 * The record kinds whose entry in the registry of kinds has a flag set: `event` (records on the
 * timeline, with a date: meetings, agreements) or `sourced` (records that are sourced facts:
 * every kind but sources).
 *
 * @example
 * ```ts
 * import type { KindsWith } from "mena-security-data";
 * const kind: KindsWith<"event"> = "meetings";
 * ```
 */
export type KindsWith<Flag extends "event" | "sourced"> = { [K in RecordKind]: (typeof RECORD_KIND_INFO)[K][Flag] extends true ? K : never }[RecordKind];

/**
 * One of the kinds `K` with one of its records: the kind's singular name under `Key` and the
 * record under `record`, a union over the kinds that a check of `Key` narrows. The shape of
 * {@link SearchHit}, {@link TimelineEvent} and {@link ContestedFact}.
 *
 * @example
 * ```ts
 * import type { TaggedRecord } from "mena-security-data";
 * const title = (hit: TaggedRecord<"meetings" | "agreements", "kind">) => hit.record.title;
 * ```
 */
export type TaggedRecord<K extends RecordKind, Key extends string> = {
  [Kind in K]: { readonly [_ in Key]: (typeof RECORD_KIND_INFO)[Kind]["singular"] } & { readonly record: KindRecord<Kind> };
}[K];

/**
 * An actor record as the package exports it: read-only, derived from the `Actor` schema.
 *
 * @example
 * ```ts
 * import type { ActorRecord } from "mena-security-data";
 * const name = (actor: ActorRecord) => actor.name;
 * ```
 */
export type ActorRecord = DeepReadonly<Actor>;
/**
 * A person actor record, read-only.
 *
 * @example
 * ```ts
 * import type { PersonRecord } from "mena-security-data";
 * const offices = (person: PersonRecord) => person.positions.length;
 * ```
 */
export type PersonRecord = DeepReadonly<PersonActor>;
/**
 * A state actor record, read-only.
 *
 * @example
 * ```ts
 * import type { StateRecord } from "mena-security-data";
 * const iso = (state: StateRecord) => state.iso3166Alpha2;
 * ```
 */
export type StateRecord = DeepReadonly<StateActor>;
/**
 * An organization actor record, read-only.
 *
 * @example
 * ```ts
 * import type { OrganizationRecord } from "mena-security-data";
 * const kind = (org: OrganizationRecord) => org.classification;
 * ```
 */
export type OrganizationRecord = DeepReadonly<OrganizationActor>;
/**
 * A meeting record, read-only, derived from the `Meeting` schema.
 *
 * @example
 * ```ts
 * import type { MeetingRecord } from "mena-security-data";
 * const title = (meeting: MeetingRecord) => meeting.title;
 * ```
 */
export type MeetingRecord = DeepReadonly<Meeting>;
/**
 * An agreement record, read-only, derived from the `Agreement` schema.
 *
 * @example
 * ```ts
 * import type { AgreementRecord } from "mena-security-data";
 * const stage = (agreement: AgreementRecord) => agreement.stage;
 * ```
 */
export type AgreementRecord = DeepReadonly<Agreement>;
/**
 * A source record, read-only, derived from the `Source` schema.
 *
 * @example
 * ```ts
 * import type { SourceRecord } from "mena-security-data";
 * const url = (source: SourceRecord) => source.url;
 * ```
 */
export type SourceRecord = DeepReadonly<Source>;
/**
 * A tenure (position or membership), read-only.
 *
 * @example
 * ```ts
 * import type { TenureRecord } from "mena-security-data";
 * const role = (tenure: TenureRecord) => tenure.role;
 * ```
 */
export type TenureRecord = DeepReadonly<Tenure>;
/**
 * A redirect from a retired id, read-only.
 *
 * @example
 * ```ts
 * import type { RedirectRecord } from "mena-security-data";
 * const target = (redirect: RedirectRecord) => redirect.to;
 * ```
 */
export type RedirectRecord = DeepReadonly<Redirect>;
/**
 * A partial date, read-only.
 *
 * @example
 * ```ts
 * import type { DateRecord } from "mena-security-data";
 * const value = (date: DateRecord) => date.value;
 * ```
 */
export type DateRecord = DeepReadonly<PartialDate>;

/**
 * A citation, read-only: the source, its quote or note, and whether it supports or denies.
 *
 * @example
 * ```ts
 * import type { CitationRecord } from "mena-security-data";
 * const denies = (citation: CitationRecord) => citation.stance === "denies";
 * ```
 */
export type CitationRecord = DeepReadonly<Citation>;

/**
 * The records of a dataset, read-only, as the package exports them.
 *
 * @example
 * ```ts
 * import { actors, meetings, agreements, sources, bindDataset } from "mena-security-data";
 * bindDataset({ actors, meetings, agreements, sources }).meetingsOf("iraq");
 * ```
 */
export interface DatasetRecordsReadonly {
  readonly actors: readonly ActorRecord[];
  readonly meetings: readonly MeetingRecord[];
  readonly agreements: readonly AgreementRecord[];
  readonly sources: readonly SourceRecord[];
  /** Retired ids and where they lead (rename, merge) or why they were withdrawn. */
  readonly redirects?: Readonly<Record<string, RedirectRecord>>;
}

/**
 * Options shared by the helpers that filter by date and claim status.
 *
 * @example
 * ```ts
 * import { counterparts } from "mena-security-data";
 * counterparts("iraq", { from: "2025", status: ["reported", "confirmed"] });
 * ```
 */
export interface RangeOptions {
  /** Keep records whose date interval ends on or after this partial ISO date. */
  readonly from?: string;
  /** Keep records whose date interval starts on or before this partial ISO date. */
  readonly to?: string;
  /**
   * Keep only records (and relations) with one of these claim statuses. Default: every status,
   * denied claims included; pass `["reported", "confirmed", "disputed"]` to leave denied ones out.
   * A value that is not a claim status throws a `TypeError`.
   */
  readonly status?: readonly ClaimStatus[];
}

/**
 * Options of {@link Dataset.meetingsOf} and {@link Dataset.agreementsOf}.
 *
 * @example
 * ```ts
 * import { meetingsOf } from "mena-security-data";
 * meetingsOf("iraq", { affiliated: true, from: "2025-01", to: "2025-03" });
 * ```
 */
export interface ActorRangeOptions extends RangeOptions {
  /**
   * For a state or organization, also include the records of the people affiliated with it on the
   * record's date: who held a position in it, or were a member of it, then. The same on every
   * helper that takes it; see "Affiliation" in docs/data-model.md.
   */
  readonly affiliated?: boolean;
}

/**
 * Options of {@link Dataset.counterparts}.
 *
 * @example
 * ```ts
 * import { counterparts } from "mena-security-data";
 * counterparts("fuad-hussein", { excludeOwnSide: true, kinds: ["person"], from: "2025" });
 * ```
 */
export interface CounterpartOptions extends ActorRangeOptions {
  /**
   * Leave out the actor's own side on the day of each event: its state (a person's, from the
   * positions and memberships they held then), that state's organizations, and the people who held
   * a position or membership in either then. See "Affiliation" in docs/data-model.md.
   */
  readonly excludeOwnSide?: boolean;
  /** Keep only counterparts of these kinds of actor (`state`, `person`, `organization`). */
  readonly kinds?: readonly ActorRecord["kind"][];
}

/**
 * Options of {@link Dataset.timeline}.
 *
 * @example
 * ```ts
 * import { timeline } from "mena-security-data";
 * timeline({ actors: ["syria"], topics: ["border-security"], kinds: ["meeting", "agreement"] });
 * ```
 */
export interface TimelineOptions extends RangeOptions {
  /** Keep only events involving one of these actors. */
  readonly actors?: readonly string[];
  /**
   * With `actors`: a state or organization among them also brings the meetings and agreements of
   * the people affiliated with it on each event's date, as `affiliated` does for
   * {@link Dataset.meetingsOf}.
   */
  readonly affiliated?: boolean;
  /**
   * Keep only meetings and agreements with one of these topics (the schema's `Topic` vocabulary;
   * any other value throws a `TypeError`, as it could match nothing).
   */
  readonly topics?: readonly string[];
  /** Keep only these kinds of event (any other value throws a `TypeError`). */
  readonly kinds?: readonly TimelineEvent["type"][];
}

/**
 * One event of a {@link Dataset.timeline}: a meeting, an agreement or a change of position.
 *
 * @example
 * ```ts
 * import { timeline } from "mena-security-data";
 * for (const event of timeline()) console.log(event.date, event.type, event.record.id);
 * ```
 */
export type TimelineEvent =
  | (TaggedRecord<KindsWith<"event">, "type"> & { readonly date: string })
  | {
      readonly type: "position-start" | "position-end";
      readonly date: string;
      readonly record: PersonRecord;
      readonly tenure: TenureRecord;
    };

/**
 * A tenure together with who held it and in what.
 *
 * @example
 * ```ts
 * import { membersOf } from "mena-security-data";
 * membersOf("iraq").map((a) => `${a.person.name}: ${a.tenure.role} (${a.via})`);
 * ```
 */
export interface Affiliation {
  /** The person. */
  readonly person: PersonRecord;
  /** The state or organization. */
  readonly of: string;
  /** Whether it is a position (an office) or a membership. */
  readonly via: "position" | "membership";
  /** The tenure record itself (role, dates, citations). */
  readonly tenure: TenureRecord;
}

/**
 * Who an actor met or agreed with, and how often.
 *
 * @example
 * ```ts
 * import { counterparts } from "mena-security-data";
 * counterparts("hamid-al-shatri").map((c) => `${c.actor.name}: ${c.total}`);
 * ```
 */
export interface Counterpart {
  /** The other actor. */
  readonly actor: ActorRecord;
  /** Meetings both took part in. */
  readonly meetings: number;
  /** Agreements both are parties to. */
  readonly agreements: number;
  /** meetings + agreements: distinct events. */
  readonly total: number;
  /** The date of the most recent of those events (`undefined` when none is dated). */
  readonly latest: string | undefined;
}

/**
 * One search hit.
 *
 * @example
 * ```ts
 * import { search } from "mena-security-data";
 * for (const hit of search("Turkey")) console.log(hit.kind, hit.record.id, hit.score);
 * ```
 */
export type SearchHit = TaggedRecord<RecordKind, "kind"> & { readonly score: number };

/**
 * Options of {@link Dataset.search}.
 *
 * @example
 * ```ts
 * import { search } from "mena-security-data";
 * search("shatri", { kinds: ["actor"], limit: 5 });
 * ```
 */
export interface SearchOptions {
  /** Search only these kinds of record. */
  readonly kinds?: readonly SearchHit["kind"][];
  /** At most this many hits (default 20). */
  readonly limit?: number;
}

/**
 * An edge of the actor network.
 *
 * @example
 * ```ts
 * import { graph } from "mena-security-data";
 * graph().edges.filter((edge) => edge.weight > 1);
 * ```
 */
export interface GraphEdge {
  /** One actor id (the smaller, so each pair appears once). */
  readonly source: string;
  /** The other actor id. */
  readonly target: string;
  /** Shared meetings plus shared agreements. */
  readonly weight: number;
  /** Ids of the meetings both took part in. */
  readonly meetings: readonly string[];
  /** Ids of the agreements both are parties to. */
  readonly agreements: readonly string[];
}

/**
 * The actor network: nodes and weighted edges, ready for a graph library.
 *
 * @example
 * ```ts
 * import { graph } from "mena-security-data";
 * const { nodes, edges } = graph();
 * ```
 */
export interface Graph {
  /** Every actor with at least one edge. */
  readonly nodes: readonly { readonly id: string; readonly name: string; readonly kind: ActorRecord["kind"] }[];
  /** Edges, heaviest first. */
  readonly edges: readonly GraphEdge[];
}

/**
 * Options of {@link Dataset.graph}.
 *
 * @example
 * ```ts
 * import { graph } from "mena-security-data";
 * graph({ at: "2025-01-31" }); // the network as it stood then
 * ```
 */
export interface GraphOptions extends RangeOptions {
  /** Only events on or before this date: the network as it stood then. */
  readonly at?: string;
  /**
   * `"state"`: fold every participant and party into the states it stands for on the day of each
   * event (a state itself, a person the states they were affiliated with then; organizations drop
   * out), so the nodes are states and an edge counts the events two states shared, directly or
   * through their people: what {@link Dataset.between} with `affiliated: true` finds.
   */
  readonly foldTo?: "state";
}

/**
 * Options of {@link Dataset.contested}.
 *
 * @example
 * ```ts
 * import { contested } from "mena-security-data";
 * contested({ kinds: ["agreement"], status: ["disputed"] });
 * ```
 */
export interface ContestedOptions {
  /** Only facts in these kinds of record (any kind but sources, by its singular name). */
  readonly kinds?: readonly ContestedFact["kind"][];
  /** Only facts with these statuses (`denied`, `disputed`; default both). */
  readonly status?: readonly ("denied" | "disputed")[];
}

/**
 * One side of a contested fact: the citations that support it, or those that deny it, and for a
 * field claim the value they give.
 *
 * @example
 * ```ts
 * import { contested } from "mena-security-data";
 * for (const side of contested()[0]?.sides ?? []) console.log(side.stance, side.value, side.citations.length);
 * ```
 */
export interface ContestedSide {
  /** Whether these citations support the fact (or value) or deny it. */
  readonly stance: "supports" | "denies";
  /** For a field claim: the value this side is about. Absent for a record or a relation. */
  readonly value?: unknown;
  /** The citations on this side (never empty). */
  readonly citations: readonly CitationRecord[];
}

/**
 * A denied or disputed fact, from {@link Dataset.contested}: a record, a relation in it, or a
 * field claim, with the citations on each side and where it is in its record.
 *
 * @example
 * ```ts
 * import { contested } from "mena-security-data";
 * for (const fact of contested()) console.log(fact.date, fact.status, `${fact.record.id} ${fact.path}`);
 * ```
 */
export type ContestedFact = {
  /**
   * Where the fact is in its record: `""` for the record itself, `participants.1` (a relation:
   * also `parties`, `positions`, `memberships`, `overseenBy`), `claims.stage` (a field whose
   * sources disagree) or `claims.stage.0` (one denied value).
   */
  readonly path: string;
  /** What the fact is: the record itself, a relation in it, or a field claim. */
  readonly fact: "record" | "relation" | "claim";
  /** `denied` (a source denies it) or `disputed` (sources disagree on it). */
  readonly status: "denied" | "disputed";
  /**
   * The date the list is ordered by: the meeting's or agreement's date, a tenure's start; for a
   * fact without a date of its own (an organization, a person), the earliest publication date of
   * its sources. `undefined` (listed last) when there is neither.
   */
  readonly date: string | undefined;
  /**
   * The citations on each side: for a record, a relation or a denied value, those that support it
   * and those that deny it; for a disputed field, each value with the citations that give it.
   */
  readonly sides: readonly ContestedSide[];
} & TaggedRecord<KindsWith<"sourced">, "kind">;

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
