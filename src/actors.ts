/**
 * The actors alone, for programs (and browser bundles) that need no other kind: this entry
 * carries only the actors' data, where the main entry carries every kind. The same records, ids
 * and redirects as the main entry's.
 *
 * @example
 * ```ts
 * import { getActor, actors } from "mena-security-data/actors";
 * getActor("fuad-hussein").name;
 * actors.length;
 * ```
 * @module actors
 */
import { GENERATED_ACTORS_JSON, GENERATED_REDIRECTS_JSON } from "./generated/kind-actors.js";
import type { Actor } from "./generated/record-types.js";
import type { ActorId } from "./generated/ids.js";
import { kindEntry } from "./bundled/kind-entry.js";
import type { Found, KnownId } from "./query/known-ids.js";
import type { ActorRecord } from "./query/types.js";

const entry = kindEntry<Actor>(GENERATED_ACTORS_JSON, GENERATED_REDIRECTS_JSON);

/**
 * Every bundled actor record, sorted by id, deeply frozen.
 *
 * @example
 * ```ts
 * import { actors } from "mena-security-data/actors";
 * actors.map((record) => record.id);
 * ```
 */
export const actors: readonly ActorRecord[] = entry.records;

/**
 * The record with this id (a retired id followed to its successor), or `undefined` for an id held
 * in a string that names none; a literal that is no bundled id fails to compile.
 *
 * @example
 * ```ts
 * import { getActor } from "mena-security-data/actors";
 * getActor("fuad-hussein").name;
 * ```
 */
export function getActor<const T extends string>(id: KnownId<T, ActorId>): Found<T, ActorRecord> {
  return entry.get(id) as Found<T, ActorRecord>;
}

/**
 * Whether a string is the id of an actor here (a retired id that redirects to one counts).
 *
 * @example
 * ```ts
 * import { getActor, isActorId } from "mena-security-data/actors";
 * declare const fromUrl: string;
 * if (isActorId(fromUrl)) getActor(fromUrl).name;
 * ```
 */
export function isActorId(value: unknown): value is ActorId {
  return typeof value === "string" && entry.get(value) !== undefined;
}

export type { ActorRecord, ActorId };
