import type { DatasetRecords } from "../schema/dataset.js";
import { RECORD_KINDS, type RecordKind } from "../schema/kinds.js";
import { checkRecords, findings, type Reporting } from "./cross-check.js";
import type { CrossCheckOptions } from "./context.js";
import type { ValidationIssue } from "./errors.js";
import { SCHEMA_RULE } from "./registry.js";
import type { RuleScope } from "./rule.js";

/**
 * The raw (unparsed) records of a dataset, by kind, as read from JSON or YAML.
 *
 * @example
 * ```ts
 * import { validateDataset } from "mena-security-data/dataset";
 * validateDataset({ actors: [], meetings: [] }).issues; // []
 * ```
 */
export type DatasetInput = { readonly [K in RecordKind]?: readonly unknown[] };

/**
 * The outcome of {@link validateDataset}: the parsed records and every issue found.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { validateDataset } from "mena-security-data/dataset";
 * const { data, issues } = validateDataset(JSON.parse(readFileSync("my-dataset.json", "utf8")));
 * if (issues.length === 0) console.log(data.meetings.length);
 * ```
 */
export interface ValidationResult {
  /** The records that parsed, with defaults filled in. Only complete when `issues` is empty. */
  readonly data: DatasetRecords;
  /** Every problem found, schema and cross-record alike. */
  readonly issues: ValidationIssue[];
  /**
   * The records that failed their schema, by kind and id. The cross-record checks (references,
   * quotes, statuses) cannot read them, so they skip them: once these records parse, a new run may
   * find more problems in them.
   */
  readonly unchecked: readonly { readonly kind: RecordKind; readonly id: string }[];
}

function describeId(record: unknown, index: number): string {
  try {
    if (record !== null && typeof record === "object" && typeof (record as { id?: unknown }).id === "string") {
      return (record as { id: string }).id;
    }
  } catch {
    // A getter that throws, or a proxy: named by its position instead.
  }
  return `#${index}`;
}

/** Why reading a value threw (a getter that throws, a revoked proxy), in one line. */
export function readFailure(error: unknown): string {
  let reason = "an unknown error";
  try {
    reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    // An error whose message cannot be read either.
  }
  return `could not be read (reading it threw ${reason.length > 200 ? `${reason.slice(0, 200)}…` : reason})`;
}

/**
 * Validates a whole dataset: every record against its schema, then the cross-record checks
 * (references, citations, statuses, claims, dates). Returns every issue found at once.
 *
 * @example
 * ```ts
 * import { actors, meetings, agreements, sources } from "mena-security-data";
 * import { validateDataset } from "mena-security-data/dataset";
 * declare const myMeetings: unknown[]; // your own records, e.g. parsed from JSON
 * const { issues } = validateDataset({ actors, meetings: [...meetings, ...myMeetings], agreements, sources });
 * for (const issue of issues) console.error(issue.kind, issue.id, issue.path, issue.message);
 * ```
 */
export function validateDataset(input: DatasetInput, options: CrossCheckOptions = {}): ValidationResult {
  return checkDataset(input, options, ["every-dataset"]).result;
}

/**
 * {@link validateDataset} with the rules of the given scopes, and the name of the rule behind each
 * issue (`npm run validate` adds the rules on the bundled data folder).
 */
export function checkDataset(input: DatasetInput, options: CrossCheckOptions, scopes: readonly RuleScope[]): { result: ValidationResult; found: Reporting } {
  const found = findings();
  const report = found.reporter(SCHEMA_RULE.name);
  const unchecked: { kind: RecordKind; id: string }[] = [];
  const knownInvalid = new Set(options.knownInvalid);
  const data = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [] as unknown[]])) as { [K in RecordKind]: unknown[] };
  for (const kind of RECORD_KINDS) {
    // Input from outside may hold getters that throw or proxies: each read that can run user code
    // is guarded, so the outcome is always a result or a list of issues, never a stray exception.
    let records: unknown;
    try {
      records = input[kind];
      if (records === undefined) continue;
      if (!Array.isArray(records)) {
        report({ kind: "dataset", id: kind, path: "", message: `${kind} must be an array` });
        continue;
      }
    } catch (error) {
      report({ kind: "dataset", id: kind, path: "", message: readFailure(error) });
      continue;
    }
    const failed = (id: string) => {
      knownInvalid.add(id);
      unchecked.push({ kind, id });
    };
    try {
      for (const [index, record] of (records as readonly unknown[]).entries()) {
        let checked: ReturnType<typeof SCHEMA_RULE.check>;
        try {
          checked = SCHEMA_RULE.check(kind, record);
        } catch (error) {
          const id = describeId(record, index);
          failed(id);
          report({ kind, id, path: "", message: readFailure(error) });
          continue;
        }
        if ("value" in checked) {
          data[kind].push(checked.value);
          continue;
        }
        const id = describeId(record, index);
        failed(id);
        for (const { path = "", message } of checked.problems) report({ kind, id, path, message });
      }
    } catch (error) {
      data[kind] = [];
      report({ kind: "dataset", id: kind, path: "", message: readFailure(error) });
    }
  }
  const parsed = data as unknown as DatasetRecords;
  checkRecords(parsed, { ...options, knownInvalid }, scopes, found);
  return { result: { data: parsed, issues: found.issues, unchecked }, found };
}
