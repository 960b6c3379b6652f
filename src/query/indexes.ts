import { dayRange } from "../core/dates.js";
import type { ClaimStatus } from "../generated/record-types.js";
import { EVENT_KINDS, RECORD_KIND_INFO, RECORD_KINDS, type EventKind, type RecordKind } from "../schema/kinds.js";
import { affiliationsOfPerson } from "./affiliation.js";
import type { ActorRecord, Affiliation, DatasetRecordsReadonly, KindRecord, RedirectRecord } from "./types.js";

/** A record with its date interval as day numbers (undated: start +Infinity, end -Infinity). */
export interface Dated<R> {
  readonly record: R;
  /** First day the date stands for (days since 1970-01-01), or +Infinity when undated. */
  readonly start: number;
  /** Last day the date stands for, or -Infinity when undated. */
  readonly end: number;
  /** 0 day, 1 month, 2 year (3 when undated): the more precise sorts first on ties. */
  readonly precision: number;
}

/**
 * Records in date order (undated last), and the dated ones split by precision. For the query
 * targets of docs/performance.md (`timeline` over a month ≥ 1000× a scan at 10⁵): every interval
 * in a part has a bounded length (1, ≤ 31, ≤ 366 days), so a range binary-searches each part with
 * a look-back of 0, 30 or 365 days instead of scanning a year of day-precise records.
 */
export interface DateIndex<R> {
  readonly all: readonly Dated<R>[];
  readonly byPrecision: readonly [readonly Dated<R>[], readonly Dated<R>[], readonly Dated<R>[]];
}

/** How far before a window's start an interval of each precision can start and still overlap it. */
export const LOOK_BACK_DAYS = [0, 30, 365] as const;

/** An actor's link to a meeting or agreement (a participant, a party). */
export interface ActorLink {
  readonly actor: string;
  readonly role?: string | undefined;
  readonly status: ClaimStatus;
  readonly citations: ActorRecord["citations"];
}

/** A record of an event kind (a meeting, an agreement). */
export type EventRecord = KindRecord<EventKind>;

/** The actor links of an event record: its `participants`, its `parties` (the registry's `actorLinks`). */
export function linksOf(kind: EventKind, record: EventRecord): readonly ActorLink[] {
  return (record as unknown as Record<string, readonly ActorLink[]>)[RECORD_KIND_INFO[kind].actorLinks]!;
}

/**
 * A dataset with what the helpers look up. Each index is built on first use and kept, for the
 * `createDataset ≤ 2× zod` and load targets (docs/performance.md): `getActor` after loading pays
 * only for the actors' id map, and a dataset never queried pays for none.
 */
export interface Indexes {
  readonly data: DatasetRecordsReadonly;
  readonly redirects: Readonly<Record<string, RedirectRecord>>;
  /** Each kind's records by id. */
  readonly byId: { readonly [K in RecordKind]: ReadonlyMap<string, KindRecord<K>> };
  /** Each event kind's records in date order. */
  readonly byDate: { readonly [K in EventKind]: DateIndex<EventRecord> };
  /** Per actor, the event kind's records that link to it, in date order (undated last). */
  readonly byActor: { readonly [K in EventKind]: ReadonlyMap<string, readonly Dated<EventRecord>[]> };
  /** Per state or organization: the people who held a position or membership in it. */
  readonly affiliationsOf: ReadonlyMap<string, readonly Affiliation[]>;
}

/** An object whose property for each key is made by `make` on first read, then kept. */
function lazily<K extends string, T>(keys: readonly K[], make: (key: K) => unknown): T {
  const out = {};
  for (const key of keys) {
    let value: unknown;
    Object.defineProperty(out, key, { enumerable: true, get: () => (value ??= make(key)) });
  }
  return out as T;
}

const NO_REDIRECTS: Readonly<Record<string, RedirectRecord>> = Object.freeze({});

/** The indexes of a valid dataset (ids unique, references resolving), each built on first use. */
export function buildIndexes(data: DatasetRecordsReadonly): Indexes {
  const byDate = lazily<EventKind, Indexes["byDate"]>(EVENT_KINDS, (kind) => dateIndex<EventRecord>(data[kind]));
  let byId: Indexes["byId"] | undefined;
  let byActorOf: Indexes["byActor"] | undefined;
  let affiliationsOf: Indexes["affiliationsOf"] | undefined;
  return {
    data,
    redirects: data.redirects ?? NO_REDIRECTS,
    byDate,
    get byId() {
      return (byId ??= lazily<RecordKind, Indexes["byId"]>(RECORD_KINDS, (kind) => new Map(data[kind].map((record) => [record.id, record]))));
    },
    get byActor() {
      return (byActorOf ??= lazily<EventKind, Indexes["byActor"]>(EVENT_KINDS, (kind) => byActor(kind, byDate[kind])));
    },
    get affiliationsOf() {
      return (affiliationsOf ??= affiliations(data));
    },
  };
}

/** Orders dated items: by start, day-precise first on ties, then by id; undated last. */
export function compareDated(a: Dated<{ readonly id: string }>, b: Dated<{ readonly id: string }>): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.precision !== b.precision) return a.precision - b.precision;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

/** A record with its date as day numbers. */
export function dated<R extends { readonly date?: { readonly value: string } | undefined }>(record: R): Dated<R> {
  if (!record.date) return { record, start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY, precision: 3 };
  return { record, ...dayRange(record.date.value) };
}

/** Sorts records into date order and splits the dated ones by precision. */
export function dateIndex<R extends { readonly id: string; readonly date?: { readonly value: string } | undefined }>(records: readonly R[]): DateIndex<R> {
  const all = records.map(dated).sort(compareDated);
  const byPrecision: [Dated<R>[], Dated<R>[], Dated<R>[]] = [[], [], []];
  for (const item of all) if (item.precision < 3) byPrecision[item.precision as 0 | 1 | 2].push(item);
  return { all, byPrecision };
}

/** Per actor, the items whose records link to them, in date order (for `meetingsOf` and `between` ≥ 1000×). */
function byActor(kind: EventKind, index: DateIndex<EventRecord>): Map<string, Dated<EventRecord>[]> {
  const lists = new Map<string, Dated<EventRecord>[]>();
  for (const item of index.all) {
    for (const link of linksOf(kind, item.record)) {
      const list = lists.get(link.actor);
      if (list === undefined) lists.set(link.actor, [item]);
      else if (list[list.length - 1] !== item) list.push(item);
    }
  }
  return lists;
}

/** Per state or organization, the positions and memberships held in it. */
function affiliations(data: DatasetRecordsReadonly): Map<string, Affiliation[]> {
  const out = new Map<string, Affiliation[]>();
  for (const actor of data.actors) {
    if (actor.kind !== "person") continue;
    for (const affiliation of affiliationsOfPerson(actor)) {
      const list = out.get(affiliation.of);
      if (list === undefined) out.set(affiliation.of, [affiliation]);
      else list.push(affiliation);
    }
  }
  return out;
}
