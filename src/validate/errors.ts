import type { RecordKind } from "../schema/kinds.js";

/**
 * What a validation issue can be about: a record kind (its folder under `data/`), the redirects,
 * or the dataset as a whole (its shape, or a stray file in `data/`).
 *
 * @example
 * ```ts
 * import type { IssueKind } from "mena-security-data";
 * const kind: IssueKind = "meetings";
 * ```
 */
export type IssueKind = RecordKind | "redirects" | "dataset";

/**
 * One problem found in a dataset: which record, which field, and why.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from "mena-security-data";
 * const issue: ValidationIssue = {
 *   kind: "meetings", id: "baghdad-talks", path: "participants.0.actor",
 *   message: 'unknown actor "fuad-husein"',
 * };
 * ```
 */
export interface ValidationIssue {
  /** The kind of record (the folder under `data/`). */
  readonly kind: IssueKind;
  /** The record's id (or, for a file that could not be read, its file name). */
  readonly id: string;
  /** The field path inside the record, dot-separated (`participants.0.citations.1.quote`); empty for the whole record. */
  readonly path: string;
  /** Why it is a problem, in plain words. */
  readonly message: string;
  /** The file the record came from, when it came from a file. */
  readonly file?: string;
}

/**
 * Formats an issue as `file: field.path: reason` (or `kind/id: ...` when there is no file).
 *
 * @example
 * ```ts
 * import { formatIssue } from "mena-security-data";
 * formatIssue({ kind: "actors", id: "iraq", path: "name", message: "is required", file: "data/actors/iraq.yaml" });
 * // "data/actors/iraq.yaml: name: is required"
 * ```
 */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.file ?? `${issue.kind}/${issue.id}`;
  return issue.path === "" ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}

/** The brand every ValidationError carries, the same symbol in every copy of the package. */
const VALIDATION_ERROR_BRAND: unique symbol = Symbol.for("mena-security-data.ValidationError");

/**
 * Thrown when a dataset is not valid. `issues` lists every problem found, not only the first;
 * the message lists them one per line. `unchecked` names the records that failed their schema:
 * the checks against the rest of the data (references, quotes, statuses) skip them, so once they
 * parse a new run may find more problems in them. The message says so too.
 *
 * @example
 * ```ts
 * import { createDataset, ValidationError } from "mena-security-data/dataset";
 * try {
 *   createDataset({ actors: [{ id: "Not An Id" }] });
 * } catch (error) {
 *   if (error instanceof ValidationError) for (const issue of error.issues) console.error(issue.message);
 * }
 * ```
 */
export class ValidationError extends Error {
  /** Every problem found. */
  readonly issues: readonly ValidationIssue[];
  /** The records not yet checked against the rest of the data, as they failed their schema. */
  readonly unchecked: readonly { readonly kind: IssueKind; readonly id: string }[];

  /**
   * Whether a value is a ValidationError from any copy of this package: the main entry and
   * `mena-security-data/dataset` are separate files, and a program may load both the ES module
   * and the CommonJS build. A plain `instanceof` would fail across those copies; this checks a
   * brand shared through the global symbol registry instead.
   *
   * @param value - the value to test
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[VALIDATION_ERROR_BRAND] === true;
  }

  /**
   * Makes the error from every issue found; the message lists them one per line, then the records
   * not yet checked against the rest of the data.
   *
   * @param issues - every problem found, at least one
   * @param unchecked - the records that failed their schema, so were not cross-checked
   */
  constructor(issues: readonly ValidationIssue[], unchecked: ValidationError["unchecked"] = []) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const lines = [`Invalid dataset (${count}):`, ...issues.map((issue) => `  ${formatIssue(issue)}`)];
    if (unchecked.length > 0) lines.push(describeUnchecked(unchecked.map(({ kind, id }) => `${kind}/${id}`), "do not match the schema"));
    super(lines.join("\n"));
    this.name = "ValidationError";
    this.issues = issues;
    this.unchecked = unchecked;
    Object.defineProperty(this, VALIDATION_ERROR_BRAND, { value: true });
  }
}

/**
 * Says which records the checks against the rest of the data skipped, and that a rerun may find
 * more: used after a list of problems, by `ValidationError` and by `npm run validate`.
 *
 * @param names - the records (`kind/id`) or files skipped
 * @param why - why they were skipped, e.g. "do not match the schema"
 */
export function describeUnchecked(names: readonly string[], why: string): string {
  return `Not yet checked against the rest of the data (references, quotes, statuses), as they ${why}: ${names.join(", ")}. Fix the problems above and run again: more may show.`;
}

/**
 * Joins a field path from its segments: `["participants", 0, "actor"]` → `participants.0.actor`.
 *
 * @example
 * ```ts
 * joinPath(["participants", 0, "actor"]); // "participants.0.actor"
 * ```
 */
export function joinPath(segments: readonly PropertyKey[]): string {
  return segments.map(String).join(".");
}
