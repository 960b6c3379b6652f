import { z } from "zod";
import { Actor } from "../schema/actor.js";
import { Agreement } from "../schema/agreement.js";
import type { DatasetRecords, RecordKind } from "../schema/dataset.js";
import { Meeting } from "../schema/meeting.js";
import { Source } from "../schema/source.js";
import { crossCheck, type CrossCheckOptions } from "./cross-check.js";
import { joinPath, type ValidationIssue } from "./errors.js";

/** The schema of each record kind, compiled once for fast parsing. */
const COMPILED = {
  actors: z.compile(Actor),
  meetings: z.compile(Meeting),
  agreements: z.compile(Agreement),
  sources: z.compile(Source),
} as const;

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
  const issues: ValidationIssue[] = [];
  const unchecked: { kind: RecordKind; id: string }[] = [];
  const knownInvalid = new Set(options.knownInvalid);
  const data: { -readonly [K in RecordKind]: unknown[] } = { actors: [], meetings: [], agreements: [], sources: [] };
  for (const kind of ["actors", "meetings", "agreements", "sources"] as const) {
    // Input from outside may hold getters that throw or proxies: each read that can run user code
    // is guarded, so the outcome is always a result or a list of issues, never a stray exception.
    let records: unknown;
    try {
      records = input[kind];
      if (records === undefined) continue;
      if (!Array.isArray(records)) {
        issues.push({ kind: "dataset", id: kind, path: "", message: `${kind} must be an array` });
        continue;
      }
    } catch (error) {
      issues.push({ kind: "dataset", id: kind, path: "", message: readFailure(error) });
      continue;
    }
    const list = records as readonly unknown[];
    const schema = COMPILED[kind];
    // `map` sizes the output once; pushing grew and copied it over and over on large inputs.
    let passed = 0;
    let length = 0;
    let parsed: unknown[];
    try {
      length = list.length;
      parsed = Array.prototype.map.call(list, (record: unknown, index: number) => {
        let result: ReturnType<typeof schema.safeParse>;
        try {
          result = schema.safeParse(record);
        } catch (error) {
          const id = describeId(record, index);
          knownInvalid.add(id);
          unchecked.push({ kind, id });
          issues.push({ kind, id, path: "", message: readFailure(error) });
          return undefined;
        }
        if (result.success) {
          passed += 1;
          return result.data;
        }
        const id = describeId(record, index);
        knownInvalid.add(id);
        unchecked.push({ kind, id });
        for (const issue of result.error.issues) {
          issues.push({ kind, id, path: joinPath(issue.path), message: issue.message });
        }
        return undefined;
      }) as unknown[];
    } catch (error) {
      issues.push({ kind: "dataset", id: kind, path: "", message: readFailure(error) });
      continue;
    }
    data[kind] = passed === length ? parsed : parsed.filter((record) => record !== undefined);
  }
  const parsed = data as unknown as DatasetRecords;
  issues.push(...crossCheck(parsed, { ...options, knownInvalid }));
  return { data: parsed, issues, unchecked };
}
