import { join, relative } from "node:path";
import { describeUnchecked, formatIssue, type ValidationIssue } from "../../src/validate/errors.js";
import { checkDataset } from "../../src/validate/schema-check.js";
import { checkRedirects } from "../../src/validate/redirects.js";
import type { Redirects as RedirectMap } from "../../src/schema/redirect.js";
import type { DatasetRecords } from "../../src/schema/dataset.js";
import { readDataFolder } from "./read-data.js";

/** The outcome of checking a `data/` folder. */
export interface DataCheck {
  readonly data: DatasetRecords;
  /** The redirects of retired ids. */
  readonly redirects: RedirectMap;
  /** Every problem, each with the file it is in. */
  readonly issues: ValidationIssue[];
  /** The rule each issue broke (`rules[i]` for `issues[i]`), as named in src/validate/registry.ts. */
  readonly rules: string[];
  /**
   * The files whose record could not be read or failed its schema: the checks against the rest of
   * the data (references, quotes, statuses) skip them until they parse.
   */
  readonly uncheckedFiles: string[];
}

/**
 * Reads and validates a whole `data/` folder with every rule, those of every dataset and those of
 * the data folder alone: files, schemas, cross-record rules and how the data is sourced. Every
 * issue carries the file it is in, so it prints as `file: field.path: reason`.
 */
export function checkDataFolder(dataDir: string, cwd = process.cwd()): DataCheck {
  const folder = readDataFolder(dataDir, cwd);
  const { result, found } = checkDataset(folder.input, { sourceTexts: folder.sourceTexts, knownInvalid: folder.unreadable }, ["every-dataset", "data-folder"]);
  const checked = checkRedirects(folder.redirects, result.data);
  const redirectsFile = relative(cwd, join(dataDir, "redirects.yaml"));
  const fileOf = (issue: ValidationIssue) => issue.file ?? folder.fileOf.get(`${issue.kind}/${issue.id}`) ?? `data/${issue.kind}/${issue.id}.yaml`;
  const issues = [
    ...folder.issues,
    ...checked.found.issues.map((issue) => ({ ...issue, file: redirectsFile, path: issue.path === "" ? issue.id : `${issue.id}.${issue.path}` })),
    ...found.issues.map((issue) => ({ ...issue, file: fileOf(issue) })),
  ];
  const uncheckedFiles = [...folder.unreadableFiles, ...result.unchecked.map((record) => fileOf({ ...record, path: "", message: "" }))];
  return { data: result.data, redirects: checked.redirects, issues, rules: [...folder.rules, ...checked.found.rules, ...found.rules], uncheckedFiles: [...new Set(uncheckedFiles)] };
}

/**
 * Prints every issue as `file: field.path: reason` to stderr, then how many there were, and which
 * files could not be checked against the rest of the data yet (so a rerun may find more).
 */
export function reportIssues(issues: readonly ValidationIssue[], uncheckedFiles: readonly string[]): void {
  const lines = issues.map(formatIssue);
  console.error(lines.join("\n"));
  console.error(`\n${issues.length} problem${issues.length === 1 ? "" : "s"} found; nothing was written.`);
  if (uncheckedFiles.length > 0) console.error(describeUnchecked(uncheckedFiles, "could not be read or do not match the schema"));
}
