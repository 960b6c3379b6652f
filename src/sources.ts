/**
 * The sources alone, for programs (and browser bundles) that need no other kind: this entry
 * carries only the sources' data, where the main entry carries every kind. The same records, ids
 * and redirects as the main entry's.
 *
 * @example
 * ```ts
 * import { getSource, sources } from "mena-security-data/sources";
 * getSource("shafaq-2025-03-20-iraq-crisis-cell").url;
 * sources.length;
 * ```
 * @module sources
 */
import { GENERATED_SOURCES_JSON, GENERATED_REDIRECTS_JSON } from "./generated/kind-sources.js";
import type { Source } from "./generated/record-types.js";
import type { SourceId } from "./generated/ids.js";
import { kindEntry } from "./bundled/kind-entry.js";
import type { Found, KnownId } from "./query/known-ids.js";
import type { SourceRecord } from "./query/types.js";

const entry = kindEntry<Source>(GENERATED_SOURCES_JSON, GENERATED_REDIRECTS_JSON);

/**
 * Every bundled source record, sorted by id, deeply frozen.
 *
 * @example
 * ```ts
 * import { sources } from "mena-security-data/sources";
 * sources.map((record) => record.id);
 * ```
 */
export const sources: readonly SourceRecord[] = entry.records;

/**
 * The record with this id (a retired id followed to its successor), or `undefined` for an id held
 * in a string that names none; a literal that is no bundled id fails to compile.
 *
 * @example
 * ```ts
 * import { getSource } from "mena-security-data/sources";
 * getSource("shafaq-2025-03-20-iraq-crisis-cell").url;
 * ```
 */
export function getSource<const T extends string>(id: KnownId<T, SourceId>): Found<T, SourceRecord> {
  return entry.get(id) as Found<T, SourceRecord>;
}

/**
 * Whether a string is the id of a source here (a retired id that redirects to one counts).
 *
 * @example
 * ```ts
 * import { getSource, isSourceId } from "mena-security-data/sources";
 * declare const fromUrl: string;
 * if (isSourceId(fromUrl)) getSource(fromUrl).url;
 * ```
 */
export function isSourceId(value: unknown): value is SourceId {
  return typeof value === "string" && entry.get(value) !== undefined;
}

export type { SourceRecord, SourceId };
