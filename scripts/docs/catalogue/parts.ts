/**
 * The pieces every catalogue page is made of: links to records, dates, citation lists, the
 * "where sources differ" tables, the history and first-known lines. Made once per catalogue from
 * the dataset, and handed to each page module.
 */
import { selectClaim } from "../../../src/core/claims.js";
import { bindDataset, type Dataset } from "../../../src/query/dataset.js";
import { citedSourceIds, firstKnownSource, knownFromDay } from "../../../src/query/known.js";
import type { AgreementRecord, CitationRecord, DatasetRecordsReadonly, DateRecord, MeetingRecord, SourceRecord } from "../../../src/query/types.js";
import { RECORD_KINDS, type RecordKind, type SourcedKind } from "../../../src/schema/kinds.js";
import type { UnreleasedChanges } from "../../lib/snapshot.js";
import { esc, link, statusBadge } from "../html.js";

/** In which release each record was added and last changed, by id. */
export type History = Readonly<Record<string, { added: string; changed: string }>>;

/** A record with its own claim status and citations: one of a sourced kind (an actor, a meeting, an agreement). */
export type SourcedRecord = DatasetRecordsReadonly[SourcedKind][number];

/** A record's page: its title and the HTML of its body (the layout is added around it). */
export interface RecordPage {
  readonly title: string;
  readonly body: string;
}

/** One row of a relation table: an actor linked to the record, with the link's status and sources. */
export interface RelationRow {
  readonly actor: string;
  readonly role?: string | undefined;
  readonly status: string;
  readonly citations: readonly CitationRecord[];
}

type Alternatives = readonly { value: unknown; status: "reported" | "confirmed" | "denied"; citations: readonly CitationRecord[] }[];

/** The shared parts of the catalogue's pages (every href is from a page one folder deep). */
export interface CatalogueParts {
  /** The dataset the catalogue shows, with its query helpers. */
  readonly dataset: Dataset;
  /** The kind of each record id. */
  readonly kindOf: ReadonlyMap<string, RecordKind>;
  /** The href of a record's page. */
  readonly href: (id: string) => string;
  /** A record's name or title (its id when it has neither, or is unknown). */
  readonly nameOf: (id: string) => string;
  /** A link to a record's page, or the escaped id when no record has it. */
  readonly ref: (id: string) => string;
  /** How a source is named: its title, or its publisher and date. */
  readonly sourceLabel: (source: SourceRecord) => string;
  /** A partial date, with what was inferred about it. */
  readonly date: (value: DateRecord | undefined) => string;
  /** The list of a fact's citations: source, publisher, date, stance, quote or note. */
  readonly citations: (list: readonly CitationRecord[]) => string;
  /** The closing "Sources" section of a record's page: the citations of the record itself. */
  readonly sourcesSection: (citations: readonly CitationRecord[]) => string;
  /** The "where sources differ" section of a record's field-level claims. */
  readonly claimsTable: (claims: Readonly<Record<string, Alternatives | undefined>> | undefined) => string;
  /** The "first in the public record" line of a record. */
  readonly firstKnownLine: (record: SourcedRecord) => string;
  /** The "in the package" line: the releases that added and last changed a record. */
  readonly historyLine: (id: string) => string;
  /** The call-out over a denied or disputed record. */
  readonly statusSection: (status: string, citations: readonly CitationRecord[]) => string;
  /** A table of the actors linked to a record. */
  readonly relationTable: (heading: string, rows: readonly RelationRow[]) => string;
  /** A list of meetings and agreements, with their dates. */
  readonly recordList: (records: readonly (MeetingRecord | AgreementRecord)[]) => string;
}

/**
 * The parts of a catalogue of `data`. `history` says in which release each record was added and
 * last changed; `unreleased`, which records changed after the last release.
 */
export function catalogueParts(data: DatasetRecordsReadonly, history: History, unreleased?: UnreleasedChanges): CatalogueParts {
  const dataset = bindDataset(data);
  const kindOf = new Map<string, RecordKind>();
  const recordOf = new Map<string, DatasetRecordsReadonly[RecordKind][number]>();
  for (const kind of RECORD_KINDS) {
    for (const record of dataset[kind]) {
      kindOf.set(record.id, kind);
      if (!recordOf.has(record.id)) recordOf.set(record.id, record);
    }
  }
  const href = (id: string) => `../${kindOf.get(id)}/${id}.html`;
  const nameOf = (id: string): string => {
    const current = dataset.resolveId(id).id;
    const record = current === undefined ? undefined : recordOf.get(current);
    if (!record) return id;
    return "name" in record ? record.name : "title" in record && record.title ? record.title : id;
  };
  const ref = (id: string) => (kindOf.has(id) ? link(href(id), nameOf(id)) : esc(id));
  const sourceLabel = (source: SourceRecord) => source.title ?? `${nameOf(source.publisher)}, ${source.published?.value ?? "undated"}`;
  const date = (value: DateRecord | undefined) => {
    if (!value) return "<em>not dated by any source</em>";
    const inferred = value.inferred
      ? ` <span class="note">(${esc(value.inferred.parts.join(" and "))} inferred: ${esc(value.inferred.reason)})</span>`
      : "";
    return `<time datetime="${esc(value.value)}">${esc(value.value)}</time>${inferred}`;
  };
  const publishedOf = (id: string) => dataset.getSource(id)?.published?.value;

  const citations = (list: readonly CitationRecord[]) =>
    `<ul class="citations">${list
      .map((citation) => {
        const source = dataset.getSource(citation.source);
        const title = source ? sourceLabel(source) : citation.source;
        const stance = citation.stance === "denies" ? ` <span class="stance-denies">denies this</span>` : "";
        const quote = citation.quote ? `<blockquote>“${esc(citation.quote)}”</blockquote>` : "";
        const note = citation.note ? `<p class="note">In our words: ${esc(citation.note)}</p>` : "";
        const url = citation.url ?? source?.url;
        const external = url ? ` · ${link(url, "original", ' rel="nofollow noopener"')}` : "";
        const publisher = source ? ` — ${esc(nameOf(source.publisher))}` : "";
        return `<li>${link(href(citation.source), title)}${publisher}${source?.published ? `, ${esc(source.published.value)}` : ""}${stance}${external}${quote}${note}</li>`;
      })
      .join("")}</ul>`;

  const sourcesSection = (list: readonly CitationRecord[]) => `<h2 id="sources">Sources</h2>${citations(list)}`;

  const claimsTable = (claims: Readonly<Record<string, Alternatives | undefined>> | undefined) => {
    if (!claims) return "";
    const sections = Object.entries(claims)
      .filter(([, alternatives]) => alternatives && alternatives.length > 0)
      .map(([field, alternatives]) => {
        const selected = selectClaim(alternatives!, publishedOf);
        const rows = alternatives!
          .map((alternative) => {
            const value = alternative.value as { value?: string; inferred?: unknown } | string;
            const text = typeof value === "object" && value !== null && "value" in value ? date(value as DateRecord) : esc(String(value));
            const mark = alternative === selected ? ' class="selected"' : "";
            return `<tr${mark}><td>${text}${alternative === selected ? " (shown)" : ""}</td><td>${statusBadge(alternative.status)}</td><td>${citations(alternative.citations)}</td></tr>`;
          })
          .join("");
        return `<h3 id="claims-${esc(field)}">What the sources say about <code>${esc(field)}</code></h3>
<table><thead><tr><th>value</th><th>status</th><th>sources</th></tr></thead><tbody>${rows}</tbody></table>`;
      });
    return sections.length > 0
      ? `<section id="claims"><h2>Where sources differ</h2><p>Every value a source gives is kept; the record shows the one the <a href="../../documents/Provenance_and_claim_status.html">selection rule</a> picks (marked “shown”).</p>${sections.join("\n")}</section>`
      : "";
  };

  /**
   * The day a record first entered the public record: the earliest publication date among the
   * sources cited anywhere on it (the day `asOf` first knows one of them; a source with no
   * publication date, a living reference work, has always been known).
   */
  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  const firstKnownLine = (record: SourcedRecord) => {
    const cited = citedSourceIds(record);
    const first = firstKnownSource(cited, sourcesById);
    if (!first) return "";
    // Every source cited on it that came out that day (or, for the first, has no date), in id order.
    const sameDay = [...cited].sort().map((id) => sourcesById.get(id)).filter((source): source is SourceRecord => source !== undefined && knownFromDay(source) === first.day);
    const named = sameDay.map((source) => `${link(href(source.id), sourceLabel(source))}${source.title ? ` (${esc(nameOf(source.publisher))})` : ""}`).join(", ");
    const when = first.source.published
      ? `<time datetime="${esc(first.source.published.value)}">${esc(first.source.published.value)}</time>: ${named}`
      : `always known: it cites ${named}, a reference with no publication date`;
    return `<dt id="first-known">first in the public record</dt><dd>${when} (<a href="../../documents/Provenance_and_claim_status.html#what-was-known-when">what was known when</a>)</dd>`;
  };

  const historyLine = (id: string) => {
    const entry = history[id];
    if (!entry) return `<dt>in the package</dt><dd>not yet released</dd>`;
    const fields = unreleased?.fields.get(id);
    const since =
      unreleased && fields
        ? `; <strong>changed since ${esc(unreleased.since)}, not yet released</strong> (${fields.map((field) => `<code>${esc(field)}</code>`).join(", ")})`
        : "";
    return `<dt>in the package</dt><dd>added in ${esc(entry.added)}, last changed in ${esc(entry.changed)}${since}</dd>`;
  };

  const statusSection = (status: string, citationList: readonly CitationRecord[]) => {
    const denial = citationList.find((c) => c.stance === "denies");
    return status === "denied"
      ? `<p class="callout"><strong>Denied.</strong> A source reports this and another denies it; both are kept below.${denial ? ` Denied by ${ref(denial.source)}.` : ""}</p>`
      : status === "disputed"
        ? `<p class="callout"><strong>Disputed.</strong> The sources disagree; every side is kept below.</p>`
        : "";
  };

  const relationTable = (heading: string, rows: readonly RelationRow[]) =>
    rows.length === 0
      ? ""
      : `<h2>${esc(heading)}</h2><table><thead><tr><th>who</th><th>role</th><th>status</th><th>sources</th></tr></thead><tbody>${rows
          .map((row) => `<tr><td>${ref(row.actor)}</td><td>${esc(row.role ?? "")}</td><td>${statusBadge(row.status)}</td><td>${citations(row.citations)}</td></tr>`)
          .join("")}</tbody></table>`;

  const recordList = (records: readonly (MeetingRecord | AgreementRecord)[]) =>
    records.length === 0
      ? "<p>None recorded.</p>"
      : `<ul>${records.map((r) => `<li>${r.date ? `${esc(r.date.value)} · ` : ""}${link(href(r.id), r.title)} ${r.status !== "reported" ? statusBadge(r.status) : ""}</li>`).join("")}</ul>`;

  return { dataset, kindOf, href, nameOf, ref, sourceLabel, date, citations, sourcesSection, claimsTable, firstKnownLine, historyLine, statusSection, relationTable, recordList };
}
