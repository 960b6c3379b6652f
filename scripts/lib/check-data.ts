import { join, relative } from "node:path";
import { describeUnchecked, formatIssue, type ValidationIssue } from "../../src/validate/errors.js";
import { validateDataset } from "../../src/validate/schema-check.js";
import { validateRedirects } from "../../src/validate/redirects.js";
import { checkNamesAttested } from "../../src/validate/rules/names-attested.js";
import { checkCodesCited } from "../../src/validate/rules/codes-cited.js";
import { checkNoPlaceholders } from "../../src/validate/rules/no-placeholders.js";
import { checkUrlsEncoded } from "../../src/validate/rules/urls-encoded.js";
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
  /**
   * The files whose record could not be read or failed its schema: the checks against the rest of
   * the data (references, quotes, statuses) skip them until they parse.
   */
  readonly uncheckedFiles: string[];
}

/**
 * Reads and validates a whole `data/` folder: files, schemas and cross-record rules. Every issue
 * carries the file it is in, so it prints as `file: field.path: reason`.
 */
export function checkDataFolder(dataDir: string, cwd = process.cwd()): DataCheck {
  const folder = readDataFolder(dataDir, cwd);
  const result = validateDataset(folder.input, { sourceTexts: folder.sourceTexts, knownInvalid: folder.unreadable });
  const redirectsFile = relative(cwd, join(dataDir, "redirects.yaml"));
  const { redirects, issues: redirectProblems } = validateRedirects(folder.redirects, result.data);
  const issues = [
    ...folder.issues,
    ...redirectProblems.map((issue) => ({ ...issue, file: redirectsFile, path: issue.path === "" ? issue.id : `${issue.id}.${issue.path}` })),
    ...[...result.issues, ...checkNamesAttested(result.data.actors), ...checkCodesCited(result.data.actors, result.data.sources), ...checkNoPlaceholders(result.data), ...checkUrlsEncoded(result.data)].map((issue) => ({ ...issue, file: issue.file ?? folder.fileOf.get(`${issue.kind}/${issue.id}`) ?? `data/${issue.kind}/${issue.id}.yaml` })),
  ];
  const uncheckedFiles = [
    ...folder.issues.filter((issue) => folder.unreadable.has(issue.id)).map((issue) => issue.file!),
    ...result.unchecked.map(({ kind, id }) => folder.fileOf.get(`${kind}/${id}`) ?? `data/${kind}/${id}.yaml`),
  ];
  return { data: result.data, redirects, issues, uncheckedFiles: [...new Set(uncheckedFiles)] };
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
