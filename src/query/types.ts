import type { Actor, OrganizationActor, PersonActor, StateActor } from "../schema/actor.js";
import type { Agreement } from "../schema/agreement.js";
import type { ClaimStatus, PartialDate } from "../schema/common.js";
import type { Meeting } from "../schema/meeting.js";
import type { Tenure } from "../schema/relations.js";
import type { Source } from "../schema/source.js";
import type { Redirect } from "../schema/redirect.js";
import type { DeepReadonly } from "../data/freeze.js";

/** An actor record as the package exports it: read-only, derived from the `Actor` schema. */
export type ActorRecord = DeepReadonly<Actor>;
/** A person actor record, read-only. */
export type PersonRecord = DeepReadonly<PersonActor>;
/** A state actor record, read-only. */
export type StateRecord = DeepReadonly<StateActor>;
/** An organization actor record, read-only. */
export type OrganizationRecord = DeepReadonly<OrganizationActor>;
/** A meeting record, read-only, derived from the `Meeting` schema. */
export type MeetingRecord = DeepReadonly<Meeting>;
/** An agreement record, read-only, derived from the `Agreement` schema. */
export type AgreementRecord = DeepReadonly<Agreement>;
/** A source record, read-only, derived from the `Source` schema. */
export type SourceRecord = DeepReadonly<Source>;
/** A tenure (position or membership), read-only. */
export type TenureRecord = DeepReadonly<Tenure>;
/** A redirect from a retired id, read-only. */
export type RedirectRecord = DeepReadonly<Redirect>;
/** A partial date, read-only. */
export type DateRecord = DeepReadonly<PartialDate>;

/** The records of a dataset, read-only, as the package exports them. */
export interface DatasetRecordsReadonly {
  readonly actors: readonly ActorRecord[];
  readonly meetings: readonly MeetingRecord[];
  readonly agreements: readonly AgreementRecord[];
  readonly sources: readonly SourceRecord[];
  /** Retired ids and where they lead (rename, merge) or why they were withdrawn. */
  readonly redirects?: Readonly<Record<string, RedirectRecord>>;
}

/** Options shared by the helpers that filter by date and claim status. */
export interface RangeOptions {
  /** Keep records whose date interval ends on or after this partial ISO date. */
  readonly from?: string;
  /** Keep records whose date interval starts on or before this partial ISO date. */
  readonly to?: string;
  /**
   * Keep only records (and relations) with one of these claim statuses. Default: every status,
   * denied claims included; pass `["reported", "confirmed", "disputed"]` to leave denied ones out.
   */
  readonly status?: readonly ClaimStatus[];
}

/** Options of {@link Dataset.meetingsOf} and {@link Dataset.agreementsOf}. */
export interface ActorRangeOptions extends RangeOptions {
  /**
   * For a state or organization, also include the records of people who held a position in it,
   * or were a member of it, on the record's date.
   */
  readonly affiliated?: boolean;
}

/** Options of {@link Dataset.timeline}. */
export interface TimelineOptions extends RangeOptions {
  /** Keep only events involving one of these actors. */
  readonly actors?: readonly string[];
  /** Keep only meetings and agreements with one of these topics. */
  readonly topics?: readonly string[];
  /** Keep only these kinds of event. */
  readonly kinds?: readonly TimelineEvent["type"][];
}

/** One event of a {@link Dataset.timeline}: a meeting, an agreement or a change of position. */
export type TimelineEvent =
  | { readonly type: "meeting"; readonly date: string; readonly record: MeetingRecord }
  | { readonly type: "agreement"; readonly date: string; readonly record: AgreementRecord }
  | {
      readonly type: "position-start" | "position-end";
      readonly date: string;
      readonly record: PersonRecord;
      readonly tenure: TenureRecord;
    };

/** A tenure together with who held it and in what. */
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

/** Who an actor met or agreed with, and how often. */
export interface Counterpart {
  /** The other actor. */
  readonly actor: ActorRecord;
  /** Meetings both took part in. */
  readonly meetings: number;
  /** Agreements both are parties to. */
  readonly agreements: number;
  /** meetings + agreements. */
  readonly total: number;
}

/** One search hit. */
export type SearchHit =
  | { readonly kind: "actor"; readonly record: ActorRecord; readonly score: number }
  | { readonly kind: "meeting"; readonly record: MeetingRecord; readonly score: number }
  | { readonly kind: "agreement"; readonly record: AgreementRecord; readonly score: number }
  | { readonly kind: "source"; readonly record: SourceRecord; readonly score: number };

/** Options of {@link Dataset.search}. */
export interface SearchOptions {
  /** Search only these kinds of record. */
  readonly kinds?: readonly SearchHit["kind"][];
  /** At most this many hits (default 20). */
  readonly limit?: number;
}

/** An edge of the actor network. */
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

/** The actor network: nodes and weighted edges, ready for a graph library. */
export interface Graph {
  /** Every actor with at least one edge. */
  readonly nodes: readonly { readonly id: string; readonly name: string; readonly kind: ActorRecord["kind"] }[];
  /** Edges, heaviest first. */
  readonly edges: readonly GraphEdge[];
}

/** Options of {@link Dataset.graph}. */
export interface GraphOptions extends RangeOptions {
  /** Only events on or before this date: the network as it stood then. */
  readonly at?: string;
}
