import type { Actor } from "../../schema/actor.js";
import type { Citation } from "../../schema/common.js";
import { foldWords } from "../../core/normalize.js";
import type { ValidationIssue } from "../errors.js";
import { KINDS, type RecordsRule } from "../rule.js";

/** Every citation anywhere in an actor record: the record's own, its tenures', its overseers'. */
function citationsOf(actor: Actor): Citation[] {
  const all: Citation[] = [...actor.citations];
  if (actor.kind === "person") for (const tenure of [...actor.positions, ...actor.memberships]) all.push(...tenure.citations);
  if (actor.kind === "organization") {
    for (const link of actor.overseenBy) all.push(...link.citations);
    for (const alternatives of Object.values(actor.claims ?? {})) for (const claim of alternatives ?? []) all.push(...claim.citations);
  }
  return all;
}

/** Whether `words` occur in `text` as consecutive words. */
function containsWords(text: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  outer: for (let i = 0; i + words.length <= text.length; i += 1) {
    for (let j = 0; j < words.length; j += 1) if (text[i + j] !== words[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The names-attested rule: every name and alias of an actor is written, after search's folding
 * (case, diacritics, apostrophes, hyphens and a leading "al" or "el" ignored), in a quote or note
 * of a citation on that actor's record. A spelling no cited source writes is either cited (add
 * the page that uses it) or dropped; spellings users type but no source writes belong to search's
 * folding, not to the data. Applied to the bundled data by `npm run validate`; datasets built with
 * `createDataset` are not held to it.
 *
 * @example
 * ```ts
 * import { checkNamesAttested } from "mena-security-data/dataset";
 * import type { DatasetRecords } from "mena-security-data/schema";
 * declare const records: DatasetRecords;
 * for (const issue of checkNamesAttested(records.actors)) console.log(issue.path, issue.message);
 * ```
 */
export function checkNamesAttested(actors: readonly Actor[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const actor of actors) {
    const texts = citationsOf(actor).flatMap((citation) => [citation.quote, citation.note].filter((text): text is string => text !== undefined).map(foldWords));
    const check = (name: string, path: string, what: string) => {
      const words = foldWords(name);
      if (!texts.some((text) => containsWords(text, words))) {
        issues.push({ kind: KINDS.actors, id: actor.id, path, message: `${what} "${name}" is not written in any quote or note cited on this actor: cite a source that uses this spelling, or drop it` });
      }
    };
    check(actor.name, "name", "name");
    actor.aliases.forEach((alias, i) => check(alias, `aliases.${i}`, "alias"));
  }
  return issues;
}

/** The names-attested rule, applied to the bundled data folder (see {@link checkNamesAttested}). */
export const namesAttested: RecordsRule = {
  name: "names-attested", scope: "data-folder", on: "records",
  description: "Every name and alias of an actor is written, after search's folding, in a quote or note cited on that actor (the bundled data only).",
  check: ({ data }, report) => checkNamesAttested(data.actors).forEach(report),
};
