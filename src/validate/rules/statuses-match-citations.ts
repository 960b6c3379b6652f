import { hasConflictingClaims, type ClaimAlternativeLike } from "../../core/claims.js";
import type { SourcedFact } from "../../core/sourced-facts.js";
import { reportOn, type FactRule } from "../rule.js";

/** Whether a record has a field whose live claimed values disagree. */
function hasDisputedClaims(fact: SourcedFact): boolean {
  if (fact.relation !== "record") return false;
  const claims = (fact.value as { readonly claims?: Readonly<Record<string, readonly ClaimAlternativeLike[] | undefined>> }).claims;
  return claims !== undefined && Object.values(claims).some((alternatives) => alternatives !== undefined && hasConflictingClaims(alternatives));
}

/** A fact's status agrees with the stances of its citations. */
export const statusesMatchCitations: FactRule = {
  name: "statuses-match-citations", scope: "every-dataset", on: "fact",
  description:
    'A fact a citation denies is "denied" or "disputed"; a "denied" fact has a citation that denies it; a "disputed" one has a denial or a field with conflicting claims.',
  check(fact, _context, report) {
    const { status } = fact;
    const denied = fact.citations.some((citation) => citation.stance === "denies");
    if (denied && (status === "reported" || status === "confirmed")) reportOn(report, fact, "status", `is "${status}" but a citation denies it: use "denied" or "disputed"`);
    if (!denied && status === "denied") reportOn(report, fact, "status", `is "denied" but no citation has stance "denies"`);
    if (!denied && status === "disputed" && !hasDisputedClaims(fact)) {
      reportOn(report, fact, "status", `is "disputed" but no citation denies it and no field has conflicting claims`);
    }
  },
};
