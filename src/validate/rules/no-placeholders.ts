import type { ValidationIssue } from "../errors.js";
import type { DatasetRecords } from "../../schema/dataset.js";
import { RECORD_KINDS } from "../../schema/kinds.js";
import type { RecordsRule } from "../rule.js";

/** What `npm run add:report` writes where a person must fill something in. */
export const PLACEHOLDER = "TODO";

/** Every string in a value, with its dotted path. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i += 1) yield* strings(value[i], path === "" ? String(i) : `${path}.${i}`);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) yield* strings(child, path === "" ? key : `${path}.${key}`);
  }
}

/**
 * The no-placeholders rule: no string in a record starts with `TODO` (or, for an id, `todo-`),
 * which is what `npm run add:report` leaves where a person must read the page and fill the
 * field in. So a scaffolded record fails validation until every placeholder is filled.
 *
 * @example
 * ```ts
 * import { checkNoPlaceholders } from "mena-security-data/dataset";
 * import type { DatasetRecords } from "mena-security-data/schema";
 * declare const records: DatasetRecords;
 * checkNoPlaceholders(records).length; // 0 once every placeholder is filled
 * ```
 */
export function checkNoPlaceholders(data: DatasetRecords): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const kind of RECORD_KINDS) {
    for (const record of data[kind]) {
      for (const [path, text] of strings(record, "")) {
        if (path === "id") continue;
        if (text.startsWith(PLACEHOLDER) || text.startsWith("todo-")) {
          issues.push({ kind, id: record.id, path, message: `is a placeholder (${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}): read the page and fill it in` });
        }
      }
    }
  }
  return issues;
}

/** The no-placeholders rule, applied to the bundled data folder (see {@link checkNoPlaceholders}). */
export const noPlaceholders: RecordsRule = {
  name: "no-placeholders", scope: "data-folder", on: "records",
  description: "No string in a record is a placeholder `npm run add:report` left to be filled in (`TODO…`, or a `todo-` id).",
  check: ({ data }, report) => checkNoPlaceholders(data).forEach(report),
};
