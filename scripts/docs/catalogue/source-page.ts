/**
 * A source's page: what it is, and what it is cited for (its quotes or our notes of it, never its
 * full text), found by the one walk over every sourced fact.
 */
import { sourcedFacts, type SourcedFact } from "../../../src/core/sourced-facts.js";
import type { CitationRecord, SourceRecord } from "../../../src/query/types.js";
import type { RelationField } from "../../../src/schema/kinds.js";
import { esc, link } from "../html.js";
import type { CatalogueParts, RecordPage } from "./parts.js";

/** One citation of a source: the record citing it, what for, and the citation itself. */
export interface CitationUse {
  readonly id: string;
  readonly where: string;
  readonly citation: CitationRecord;
}

type FactValue = SourcedFact["value"];

/** What a relation's element is, in words (a new relation field in the registry must say how it reads). */
const RELATION_WORDS: { readonly [R in RelationField]: (value: FactValue, nameOf: (id: string) => string) => string } = {
  positions: (tenure, nameOf) => `${String(tenure.role)} of ${nameOf(String(tenure.of))}`,
  memberships: (tenure, nameOf) => `${String(tenure.role)} of ${nameOf(String(tenure.of))}`,
  overseenBy: (link, nameOf) => `overseen by ${nameOf(String(link.actor))}`,
  participants: (link, nameOf) => `${nameOf(String(link.actor))} taking part`,
  parties: (link, nameOf) => `${nameOf(String(link.actor))} taking part`,
};

const CLAIM = "claims.";

/** What a fact is, as the source page says it is cited "for". */
function whereOf(fact: SourcedFact, nameOf: (id: string) => string): string {
  if (fact.index === -1) return "the record";
  if (fact.relation.startsWith(CLAIM)) return `its ${fact.relation.slice(CLAIM.length)}`;
  return RELATION_WORDS[fact.relation as RelationField](fact.value, nameOf);
}

/** Every citation of every source, by source id, in the order of the walk over sourced facts. */
export function citationUses(parts: CatalogueParts): ReadonlyMap<string, readonly CitationUse[]> {
  const uses = new Map<string, CitationUse[]>();
  for (const fact of sourcedFacts(parts.dataset)) {
    const where = whereOf(fact, parts.nameOf);
    for (const citation of fact.citations) {
      const entries = uses.get(citation.source) ?? [];
      entries.push({ id: fact.id, where, citation });
      uses.set(citation.source, entries);
    }
  }
  return uses;
}

/** The page of one source; `uses` are its citations (from {@link citationUses}). */
export function sourcePage(parts: CatalogueParts, source: SourceRecord, uses: readonly CitationUse[]): RecordPage {
  const { ref } = parts;
  const body = [
    `<dl>`,
    source.title ? `<dt>title</dt><dd>${esc(source.title)}</dd>` : "",
    `<dt>publisher</dt><dd>${ref(source.publisher)}</dd>`,
    `<dt>published</dt><dd>${source.published ? parts.date(source.published) : "no single date"}</dd>`,
    `<dt>address</dt><dd>${source.url ? link(source.url, source.url, ' rel="nofollow noopener"') : "not recorded"}</dd>`,
    `<dt>language</dt><dd>${esc(source.language)}</dd>`,
    `<dt>text held</dt><dd>${source.textHeld ? "yes: every quote from it is checked against its text at build time" : "no: citations of it are notes in our own words"}</dd>`,
    source.note ? `<dt>note</dt><dd>${esc(source.note)}</dd>` : "",
    parts.historyLine(source.id),
    `</dl>`,
    `<h2 id="cited-for">What it is cited for</h2>`,
    uses.length === 0
      ? "<p>Not cited yet.</p>"
      : `<table><thead><tr><th>record</th><th>for</th><th>quote or note</th></tr></thead><tbody>${uses
          .map((use) => `<tr><td>${ref(use.id)}</td><td>${esc(use.where)}${use.citation.stance === "denies" ? ' <span class="stance-denies">(denies)</span>' : ""}</td><td>${use.citation.quote ? `<blockquote>“${esc(use.citation.quote)}”</blockquote>` : ""}${use.citation.note ? `<p class="note">${esc(use.citation.note)}</p>` : ""}</td></tr>`)
          .join("")}</tbody></table>`,
  ].join("\n");
  return { title: parts.sourceLabel(source), body };
}
