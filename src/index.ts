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
import type { RedirectRecord } from "./query/types.js";

// The bundled data, validated at build time. The helpers exported below are its Dataset's, typed
// with the bundled ids, and documented once, on their Dataset members (`@function` tells TypeDoc).
const bundled = bindDataset(BUNDLED) as unknown as Dataset<ActorId, MeetingId, AgreementId, SourceId>;

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
export const redirects: Readonly<Record<string, RedirectRecord>> = bundled.redirects;

/** @function */ export const resolveId: typeof bundled.resolveId = bundled.resolveId;
/** @function */ export const getActor: typeof bundled.getActor = bundled.getActor;
/** @function */ export const getMeeting: typeof bundled.getMeeting = bundled.getMeeting;
/** @function */ export const getAgreement: typeof bundled.getAgreement = bundled.getAgreement;
/** @function */ export const getSource: typeof bundled.getSource = bundled.getSource;
/** @function */ export const meetingsOf: typeof bundled.meetingsOf = bundled.meetingsOf;
/** @function */ export const agreementsOf: typeof bundled.agreementsOf = bundled.agreementsOf;
/** @function */ export const participantsOf: typeof bundled.participantsOf = bundled.participantsOf;
/** @function */ export const partiesOf: typeof bundled.partiesOf = bundled.partiesOf;
/** @function */ export const between: typeof bundled.between = bundled.between;
/** @function */ export const counterparts: typeof bundled.counterparts = bundled.counterparts;
/** @function */ export const membersOf: typeof bundled.membersOf = bundled.membersOf;
/** @function */ export const positionsOf: typeof bundled.positionsOf = bundled.positionsOf;
/** @function */ export const timeline: typeof bundled.timeline = bundled.timeline;
/** @function */ export const search: typeof bundled.search = bundled.search;
/** @function */ export const graph: typeof bundled.graph = bundled.graph;
/** @function */ export const asOf: typeof bundled.asOf = bundled.asOf;
/** @function */ export const contested: typeof bundled.contested = bundled.contested;

export { actors, isActorId } from "./generated/entry-actors.js";
export { meetings, isMeetingId } from "./generated/entry-meetings.js";
export { agreements, isAgreementId } from "./generated/entry-agreements.js";
export { sources, isSourceId } from "./generated/entry-sources.js";
export { bindDataset } from "./query/dataset.js";
export type { Dataset } from "./query/dataset.js";
export type * from "./query/types.js";
export type * from "./query/known-ids.js";
export type * from "./generated/record-types.js";
export type * from "./generated/ids.js";
export type { DeepReadonly } from "./core/freeze.js";
export { dateInterval, datePrecision, comparePartialDates, isPartialIsoDate, type DayInterval, type DatePrecision } from "./core/dates.js";
export { foldName, foldWords } from "./core/normalize.js";
export { selectClaim, refinesDate, type ClaimAlternativeLike, type DateLike } from "./core/claims.js";
export { ValidationError, formatIssue, type ValidationIssue, type IssueKind } from "./validate/errors.js";
