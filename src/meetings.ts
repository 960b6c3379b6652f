/**
 * The meetings alone, for programs (and browser bundles) that need no other kind: this entry
 * carries only the meetings' data, where the main entry carries every kind. The same records, ids
 * and redirects as the main entry's.
 *
 * @example
 * ```ts
 * import { getMeeting, meetings } from "mena-security-data/meetings";
 * getMeeting("hussein-al-shibani-baghdad-2025-03-14").title;
 * meetings.length;
 * ```
 * @module meetings
 */
import { GENERATED_MEETINGS_JSON, GENERATED_REDIRECTS_JSON } from "./generated/kind-meetings.js";
import type { Meeting } from "./generated/record-types.js";
import type { MeetingId } from "./generated/ids.js";
import { kindEntry } from "./bundled/kind-entry.js";
import type { Found, KnownId } from "./query/known-ids.js";
import type { MeetingRecord } from "./query/types.js";

const entry = kindEntry<Meeting>(GENERATED_MEETINGS_JSON, GENERATED_REDIRECTS_JSON);

/**
 * Every bundled meeting record, sorted by id, deeply frozen.
 *
 * @example
 * ```ts
 * import { meetings } from "mena-security-data/meetings";
 * meetings.map((record) => record.id);
 * ```
 */
export const meetings: readonly MeetingRecord[] = entry.records;

/**
 * The record with this id (a retired id followed to its successor), or `undefined` for an id held
 * in a string that names none; a literal that is no bundled id fails to compile.
 *
 * @example
 * ```ts
 * import { getMeeting } from "mena-security-data/meetings";
 * getMeeting("hussein-al-shibani-baghdad-2025-03-14").title;
 * ```
 */
export function getMeeting<const T extends string>(id: KnownId<T, MeetingId>): Found<T, MeetingRecord> {
  return entry.get(id) as Found<T, MeetingRecord>;
}

/**
 * Whether a string is the id of a meeting here (a retired id that redirects to one counts).
 *
 * @example
 * ```ts
 * import { getMeeting, isMeetingId } from "mena-security-data/meetings";
 * declare const fromUrl: string;
 * if (isMeetingId(fromUrl)) getMeeting(fromUrl).title;
 * ```
 */
export function isMeetingId(value: unknown): value is MeetingId {
  return typeof value === "string" && entry.get(value) !== undefined;
}

export type { MeetingRecord, MeetingId };
