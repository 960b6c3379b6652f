/**
 * The zod schemas of every record kind, and their types (inferred from the schemas, never written
 * twice). Importing this entry loads zod; the main entry does not.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { Actor } from "mena-security-data/schema";
 * const result = Actor.safeParse(JSON.parse(readFileSync("my-actor.json", "utf8")));
 * if (!result.success) console.error(result.error.issues);
 * ```
 * @module schema
 */
export {
  Id,
  IsoPartialDate,
  DatePart,
  PartialDate,
  ClaimStatus,
  Citation,
  Citations,
  claimAlternative,
  claimsFor,
} from "./common.js";
export { ActorLink, Tenure } from "./relations.js";
export {
  Actor,
  StateActor,
  PersonActor,
  OrganizationActor,
  OrganizationClass,
  OrganizationLifecycle,
  type ActorKind,
} from "./actor.js";
export { Meeting, MeetingKind, Topic, Place } from "./meeting.js";
export { Agreement, AgreementKind, AgreementStage } from "./agreement.js";
export { Source } from "./source.js";
export { Redirect, Redirects } from "./redirect.js";
export type { ActorInput, MeetingInput, AgreementInput, SourceInput, DatasetInput } from "./inputs.js";
export { Dataset as DatasetSchema, RECORD_KINDS, type RecordKind, type DatasetRecords } from "./dataset.js";
