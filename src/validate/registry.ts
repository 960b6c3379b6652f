// The registry of validation rules: the one list of them. A rule is one module in ./rules/ and one
// entry here; its broken fixtures are test/fixtures/invalid/<name>/<case>/, and a test checks that
// every rule has one and every fixture names a rule. The order is the order rules run in: the
// file rules in the order a file is read (the first a file breaks stops it), then the schema,
// the rules on the parsed records, the rules on each sourced fact, and the redirects.
import type { FactRule, FileRule, RecordRule, RecordsRule, RedirectsRule, Rule, RuleScope } from "./rule.js";
import { agreementsNotBeforeMeetings } from "./rules/agreements-not-before-meetings.js";
import { citationsQuotedOrNoted } from "./rules/citations-quoted-or-noted.js";
import { citationsResolve } from "./rules/citations-resolve.js";
import { claimsMatchFields } from "./rules/claims-match-fields.js";
import { codesCited } from "./rules/codes-cited.js";
import { confirmedByTwoSources } from "./rules/confirmed-by-two-sources.js";
import { datesNotAfterSources } from "./rules/dates-not-after-sources.js";
import { fileNamesDistinctByCase } from "./rules/file-names-distinct-by-case.js";
import { fileNamesKebab } from "./rules/file-names-kebab.js";
import { filesKnown } from "./rules/files-known.js";
import { filesNotEmpty } from "./rules/files-not-empty.js";
import { filesOneRecord } from "./rules/files-one-record.js";
import { filesRegular } from "./rules/files-regular.js";
import { filesSmall } from "./rules/files-small.js";
import { filesUtf8 } from "./rules/files-utf8.js";
import { idsMatchFileNames } from "./rules/ids-match-file-names.js";
import { idsUnique } from "./rules/ids-unique.js";
import { linksUnique } from "./rules/links-unique.js";
import { namesAttested } from "./rules/names-attested.js";
import { namesUnique } from "./rules/names-unique.js";
import { noPlaceholders } from "./rules/no-placeholders.js";
import { outcomesMatchReachedAt } from "./rules/outcomes-match-reached-at.js";
import { quotesVerbatim } from "./rules/quotes-verbatim.js";
import { redirectsResolve } from "./rules/redirects-resolve.js";
import { referencesResolve } from "./rules/references-resolve.js";
import { schema } from "./rules/schema.js";
import { statusesMatchCitations } from "./rules/statuses-match-citations.js";
import { tenuresEndAfterStart } from "./rules/tenures-end-after-start.js";
import { textsHeld } from "./rules/texts-held.js";
import { urlsEncoded } from "./rules/urls-encoded.js";
import { yamlPlain } from "./rules/yaml-plain.js";
import { yamlSyntax } from "./rules/yaml-syntax.js";

/** Every validation rule, in the order they run. */
export const RULES: readonly Rule[] = [
  // One entry of data/ (npm run validate and the build), in the order a file is read
  fileNamesDistinctByCase, filesKnown, fileNamesKebab, filesRegular, filesSmall, filesUtf8, filesNotEmpty,
  yamlPlain, yamlSyntax, filesOneRecord, idsMatchFileNames,
  // One record against its schema
  schema,
  // The parsed records as a whole
  idsUnique, namesUnique, referencesResolve, linksUnique, textsHeld, claimsMatchFields, outcomesMatchReachedAt, agreementsNotBeforeMeetings,
  // Each sourced fact, in the one walk over them
  citationsResolve, citationsQuotedOrNoted, quotesVerbatim, datesNotAfterSources, statusesMatchCitations, confirmedByTwoSources, tenuresEndAfterStart,
  // The redirects
  redirectsResolve,
  // How the bundled data is sourced (the data folder only)
  namesAttested, codesCited, noPlaceholders, urlsEncoded,
];

/** The rules on one file of a data folder, in the order a file is read. */
export const FILE_RULES = RULES.filter((rule): rule is FileRule => rule.on === "file");
/** The schema rule. */
export const SCHEMA_RULE = RULES.find((rule): rule is RecordRule => rule.on === "record")!;
/** The rules on the redirects. */
export const REDIRECT_RULES = RULES.filter((rule): rule is RedirectsRule => rule.on === "redirects");

/** The rules on parsed records and on sourced facts that apply within these scopes. */
export function recordRules(scopes: readonly RuleScope[]): (RecordsRule | FactRule)[] {
  return RULES.filter((rule): rule is RecordsRule | FactRule => (rule.on === "records" || rule.on === "fact") && scopes.includes(rule.scope));
}
