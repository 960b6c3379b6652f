// The registry of record kinds: the one place that names them. Every list of kinds elsewhere
// (validation, the data diff, snapshots, JSON Schemas, exports, the catalogue, search, indexes,
// issue kinds) is derived from it, so forgetting a kind is a type error, not a silent omission.
// This module loads no zod (the main entry uses it); the kinds' schemas are in ./kind-schemas.ts,
// checked against this registry with `satisfies`.
import type { Actor, Agreement, Meeting, Source } from "../generated/record-types.js";

/** Every key of any member of a union (`keyof` of a union gives only the shared keys). */
type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** What the rest of the package needs to know about one record kind (internal: `RECORD_KIND_INFO.meetings.singular` is `"meeting"`). */
export interface RecordKindInfo<R = unknown> {
  /** The plural name: the folder under `data/`, the JSON file, the key in a dataset. */
  readonly plural: string;
  /** The singular name, used in messages, search hits and facts (`"meeting"`). */
  readonly singular: string;
  /** The heading of its section in the docs catalogue. */
  readonly title: string;
  /**
   * The fields that hold sourced relations (each element has its own `status` and `citations`),
   * in the order they are walked. A new relation field is added here and nowhere else.
   */
  readonly relations: readonly KeysOfUnion<R>[];
  /** The field that links actors to a record of this kind (`participants`, `parties`), if any. */
  readonly actorLinks?: KeysOfUnion<R>;
  /** Whether a record of this kind is itself a sourced fact (a source is not: it is cited). */
  readonly sourced: boolean;
  /** Whether the kind's records are events on the timeline, dated by their `date` field. */
  readonly event: boolean;
}

/**
 * The record kinds, in the order files and JSON are written.
 *
 * @example
 * ```ts
 * import { RECORD_KINDS } from "mena-security-data/schema";
 * for (const kind of RECORD_KINDS) console.log(kind);
 * ```
 */
export const RECORD_KINDS = ["actors", "meetings", "agreements", "sources"] as const;

/**
 * A record kind: the plural name used for its folder and JSON file.
 *
 * @example
 * ```ts
 * import type { RecordKind } from "mena-security-data/schema";
 * const kind: RecordKind = "meetings";
 * ```
 */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The record type of each kind (the generated, zod-free types). */
export interface RecordOfKind {
  actors: Actor;
  meetings: Meeting;
  agreements: Agreement;
  sources: Source;
}

/**
 * The registry: what each record kind is called and which of its fields hold sourced relations
 * (internal; `RECORD_KINDS.map((kind) => RECORD_KIND_INFO[kind].title)` gives the section titles).
 */
export const RECORD_KIND_INFO = {
  actors: { plural: "actors", singular: "actor", title: "Actors", relations: ["positions", "memberships", "overseenBy"], sourced: true, event: false },
  meetings: { plural: "meetings", singular: "meeting", title: "Meetings", relations: ["participants"], actorLinks: "participants", sourced: true, event: true },
  agreements: { plural: "agreements", singular: "agreement", title: "Agreements", relations: ["parties"], actorLinks: "parties", sourced: true, event: true },
  sources: { plural: "sources", singular: "source", title: "Sources", relations: [], sourced: false, event: false },
} as const satisfies { readonly [K in RecordKind]: RecordKindInfo<RecordOfKind[K]> & { readonly plural: K } };

/** The singular name of a record kind (`"actor"`, `"meeting"`, `"agreement"`, `"source"`). */
export type RecordKindSingular = (typeof RECORD_KIND_INFO)[RecordKind]["singular"];

/** The kinds whose records are sourced facts (every kind but sources). */
export type SourcedKind = { [K in RecordKind]: (typeof RECORD_KIND_INFO)[K]["sourced"] extends true ? K : never }[RecordKind];

/** The kinds whose records are timeline events (meetings, agreements). */
export type EventKind = { [K in RecordKind]: (typeof RECORD_KIND_INFO)[K]["event"] extends true ? K : never }[RecordKind];

/** The singular names, in registry order. */
export const RECORD_KIND_SINGULARS: readonly RecordKindSingular[] = RECORD_KINDS.map((kind) => RECORD_KIND_INFO[kind].singular);

/** The kinds whose records are sourced facts, in registry order. */
export const SOURCED_KINDS: readonly SourcedKind[] = RECORD_KINDS.filter((kind): kind is SourcedKind => RECORD_KIND_INFO[kind].sourced);

/** The kinds whose records are timeline events, in registry order. */
export const EVENT_KINDS: readonly EventKind[] = RECORD_KINDS.filter((kind): kind is EventKind => RECORD_KIND_INFO[kind].event);

/** The plural kind of a singular name (`"meeting"` → `"meetings"`). */
export function kindOfSingular(singular: RecordKindSingular): RecordKind {
  return RECORD_KINDS.find((kind) => RECORD_KIND_INFO[kind].singular === singular)!;
}

/** The singular names of the event kinds (`"meeting"`, `"agreement"`). */
export type EventKindSingular = (typeof RECORD_KIND_INFO)[EventKind]["singular"];

/** A field that holds sourced relations, in any kind (`"participants"`, `"positions"`). */
export type RelationField = (typeof RECORD_KIND_INFO)[RecordKind]["relations"][number];

/** The singular name of one record kind (`KindSingular<"meetings">` is `"meeting"`). */
export type KindSingular<K extends RecordKind> = (typeof RECORD_KIND_INFO)[K]["singular"];

/** The field that links actors to an event kind's records (`participants`, `parties`). */
export type ActorLinksOf<K extends EventKind> = (typeof RECORD_KIND_INFO)[K]["actorLinks"];

/** The singular names of the event kinds, in registry order. */
export const EVENT_KIND_SINGULARS: readonly KindSingular<EventKind>[] = EVENT_KINDS.map((kind) => RECORD_KIND_INFO[kind].singular);

/** The singular names of the sourced kinds, in registry order. */
export const SOURCED_KIND_SINGULARS: readonly KindSingular<SourcedKind>[] = SOURCED_KINDS.map((kind) => RECORD_KIND_INFO[kind].singular);

/** Each record kind by its name, so code can say `KINDS.sources` without writing a kind's name as a string. */
export const KINDS = /* @__PURE__ */ Object.fromEntries(RECORD_KINDS.map((kind) => [kind, kind])) as { readonly [K in RecordKind]: K };
