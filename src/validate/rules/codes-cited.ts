import type { Actor } from "../../schema/actor.js";
import type { Source } from "../../schema/source.js";
import type { ValidationIssue } from "../errors.js";
import { KINDS, type RecordsRule } from "../rule.js";

/**
 * The codes-cited rule: an identifier taken from a reference cites it. A state's ISO 3166-1 codes
 * are written (both of them) in the note or quote of a citation of a source published by a
 * reference work, and a Wikidata QID is written in the note or quote of one of the actor's
 * citations. Applied to the bundled data by `npm run validate`; datasets built with
 * `createDataset` are not held to it.
 *
 * @example
 * ```ts
 * import { checkCodesCited } from "mena-security-data/dataset";
 * import type { DatasetRecords } from "mena-security-data/schema";
 * declare const records: DatasetRecords;
 * for (const issue of checkCodesCited(records.actors, records.sources)) console.log(issue.path, issue.message);
 * ```
 */
export function checkCodesCited(actors: readonly Actor[], sources: readonly Source[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const publisherOf = new Map(sources.map((source) => [source.id, source.publisher]));
  const referenceWorks = new Set(actors.filter((actor) => actor.kind === "organization" && actor.classification === "reference-work").map((actor) => actor.id));
  const writes = (text: string | undefined, code: string) => text !== undefined && new RegExp(`\\b${code}\\b`).test(text);
  for (const actor of actors) {
    const cites = (code: string, fromReference: boolean) =>
      actor.citations.some(
        (citation) =>
          (!fromReference || referenceWorks.has(publisherOf.get(citation.source) ?? "")) && (writes(citation.note, code) || writes(citation.quote, code)),
      );
    if (actor.kind === "state") {
      for (const field of ["iso3166Alpha2", "iso3166Alpha3"] as const) {
        if (!cites(actor[field], true)) {
          issues.push({ kind: KINDS.actors, id: actor.id, path: field, message: `${actor[field]} is not written in a citation of a reference work (cite ISO 3166-1 with a note giving the code)` });
        }
      }
    }
    if (actor.wikidata !== undefined && !cites(actor.wikidata, false)) {
      issues.push({ kind: KINDS.actors, id: actor.id, path: "wikidata", message: `${actor.wikidata} is not written in any citation on this actor: cite the page that gives it, or drop it` });
    }
  }
  return issues;
}

/** The codes-cited rule, applied to the bundled data folder (see {@link checkCodesCited}). */
export const codesCited: RecordsRule = {
  name: "codes-cited", scope: "data-folder", on: "records",
  description:
    "A state's ISO 3166-1 codes are written in a citation of a reference work, and a Wikidata QID in one of the actor's citations (the bundled data only).",
  check: ({ data }, report) => checkCodesCited(data.actors, data.sources).forEach(report),
};
