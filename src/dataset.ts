/**
 * Validate and query any dataset: `createDataset` checks plain records with the zod schemas and
 * the cross-record rules, then binds every query helper to them. This entry loads zod.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { createDataset } from "mena-security-data/dataset";
 * const dataset = createDataset(JSON.parse(readFileSync("my-dataset.json", "utf8")));
 * dataset.meetingsOf("iraq");
 * ```
 * @module dataset
 */
import { freezeOnFirstRead } from "./core/freeze.js";
import { shown } from "./query/args.js";
import { bindDataset, type Dataset } from "./query/dataset.js";
import type { DatasetRecordsReadonly } from "./query/types.js";
import { ValidationError } from "./validate/errors.js";
import { validateRedirects } from "./validate/redirects.js";
import { readFailure, validateDataset, type DatasetInput } from "./validate/schema-check.js";
import type { DatasetInput as DatasetInputRecords } from "./schema/inputs.js";

/**
 * What `createDataset` takes: plain records of each kind, and optionally redirects.
 *
 * @example
 * ```ts
 * import { actors, meetings, agreements, sources } from "mena-security-data";
 * import { createDataset, type CreateDatasetInput } from "mena-security-data/dataset";
 * const input: CreateDatasetInput = { actors, meetings, agreements, sources, redirects: { "iraq-republic": { to: "iraq", reason: "renamed" } } };
 * createDataset(input).getActor("iraq-republic")?.id; // "iraq"
 * ```
 */
export type CreateDatasetInput = DatasetInput & {
  /** Retired ids and where they lead. */
  readonly redirects?: unknown;
};

/**
 * Validates plain records (parsed JSON, or the bundled data plus your own) and returns a
 * {@link Dataset} with every query helper bound to them. On bad input it throws a
 * {@link ValidationError} listing every problem (kind, id, path, message) and builds nothing.
 * A record that fails its schema is not checked against the others (references, quotes,
 * statuses) until it parses; the error lists such records as `unchecked`.
 * The dataset holds zod's copies of the records, never the objects passed in; they are deeply
 * frozen, each kind when first read, and indexed on the first query that needs it.
 *
 * @example
 * ```ts
 * import { actors, meetings, agreements, sources, redirects } from "mena-security-data";
 * import { createDataset } from "mena-security-data/dataset";
 * import type { MeetingInput } from "mena-security-data/schema";
 * declare const myMeeting: MeetingInput; // your own record, typed as you write it
 * const mine = createDataset({ actors, meetings: [...meetings, myMeeting], agreements, sources, redirects });
 * mine.meetingsOf("fuad-hussein");
 * ```
 */
export function createDataset(input: DatasetInputRecords): Dataset;
/**
 * Validates parsed JSON or any records not yet typed (the bundled data plus yours, a file you
 * read), with the same checks and the same {@link ValidationError} as the typed overload.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { createDataset } from "mena-security-data/dataset";
 * const dataset = createDataset(JSON.parse(readFileSync("my-dataset.json", "utf8")));
 * dataset.meetings.length;
 * ```
 */
export function createDataset(input: CreateDatasetInput): Dataset;
export function createDataset(input: CreateDatasetInput | DatasetInputRecords): Dataset {
  if (input === null || typeof input !== "object") {
    throw new TypeError(`createDataset expects { actors, meetings, agreements, sources }, got ${shown(input)}`);
  }
  const { data, issues, unchecked } = validateDataset(input);
  let redirects: DatasetRecordsReadonly["redirects"];
  try {
    if (input.redirects !== undefined) {
      const checked = validateRedirects(input.redirects, data);
      redirects = checked.redirects;
      issues.push(...checked.issues);
    }
  } catch (error) {
    issues.push({ kind: "redirects", id: "redirects", path: "", message: readFailure(error) });
  }
  if (issues.length > 0) throw new ValidationError(issues, unchecked);
  // The records are zod's fresh copies, held by no one else: each kind is frozen when first read.
  return bindDataset(freezeOnFirstRead({ ...data, ...(redirects ? { redirects } : {}) }));
}

export { validateDataset, type DatasetInput, type ValidationResult } from "./validate/schema-check.js";
export { ValidationError, formatIssue, type ValidationIssue, type IssueKind } from "./validate/errors.js";
export { redirectIssues, validateRedirects } from "./validate/redirects.js";
export { crossCheck, type CrossCheckOptions } from "./validate/cross-check.js";
export { checkNamesAttested } from "./validate/rules/names-attested.js";
export { checkCodesCited } from "./validate/rules/codes-cited.js";
export { checkNoPlaceholders } from "./validate/rules/no-placeholders.js";
export { checkUrlsEncoded } from "./validate/rules/urls-encoded.js";
export type { Dataset } from "./query/dataset.js";
