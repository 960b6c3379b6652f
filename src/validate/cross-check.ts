import { sourcedFacts } from "../core/sourced-facts.js";
import type { DatasetRecords } from "../schema/dataset.js";
import { recordsContext, type CrossCheckOptions } from "./context.js";
import type { ValidationIssue } from "./errors.js";
import { recordRules } from "./registry.js";
import type { FactRule, RecordsRule, Report, RuleScope } from "./rule.js";

export type { CrossCheckOptions } from "./context.js";

/** Issues, each with the name of the rule that found it (`rules[i]` found `issues[i]`). */
export interface Findings {
  readonly issues: ValidationIssue[];
  readonly rules: string[];
}

/** Findings that rules add to, each through its own report function. */
export interface Reporting extends Findings {
  reporter(rule: string): Report;
}

/** An empty list of findings, and the report function of each rule that adds to it. */
export function findings(): Reporting {
  const issues: ValidationIssue[] = [];
  const rules: string[] = [];
  return {
    issues,
    rules,
    reporter: (rule) => (issue) => {
      issues.push(issue);
      rules.push(rule);
    },
  };
}

/**
 * Runs the rules on parsed records of the given scopes: each rule on the records as a whole, then
 * each fact rule on every fact of the one walk over sourced facts.
 */
export function checkRecords(data: DatasetRecords, options: CrossCheckOptions, scopes: readonly RuleScope[], found = findings()): Reporting {
  const context = recordsContext(data, options);
  const rules = recordRules(scopes);
  const factRules = rules.filter((rule): rule is FactRule => rule.on === "fact");
  for (const rule of rules) if (rule.on === "records") (rule as RecordsRule).check(context, found.reporter(rule.name));
  const reports = factRules.map((rule) => found.reporter(rule.name));
  // The one walk over sourced facts, each fact handed to every fact rule as it comes (not held in
  // an array: keeping ~5·10⁵ facts alive at 10⁵ meetings cost old-generation collections).
  for (const fact of sourcedFacts(data)) factRules.forEach((rule, i) => rule.check(fact, context, reports[i]!));
  return found;
}

/**
 * Checks a parsed dataset across records with every rule that applies to any dataset: unique ids
 * and names, references that resolve to the right kind, citations (quotes where the text is held,
 * notes where it is not), claim statuses that match their citations, flat fields that match their
 * claims, and consistent dates. Returns every issue found; an empty array means the dataset is
 * consistent.
 *
 * @example
 * ```ts
 * import { crossCheck, ValidationError, type CrossCheckOptions } from "mena-security-data/dataset";
 * import type { DatasetRecords } from "mena-security-data/schema";
 * declare const records: DatasetRecords; // records that passed their schemas
 * declare const sourceTexts: CrossCheckOptions["sourceTexts"]; // source id → full text
 * const issues = crossCheck(records, { sourceTexts });
 * if (issues.length > 0) throw new ValidationError(issues);
 * ```
 */
export function crossCheck(data: DatasetRecords, options: CrossCheckOptions = {}): ValidationIssue[] {
  return checkRecords(data, options, ["every-dataset"]).issues;
}
