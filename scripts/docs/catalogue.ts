/**
 * The data catalogue: a static page for every actor, meeting, agreement and source, index pages
 * per kind (by name and by date), a timeline and a network picture. Written from the canonical
 * JSON in dist/data, so it shows exactly what the package ships.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { selectClaim } from "../../src/core/claims.js";
import { comparePartialDates } from "../../src/core/dates.js";
import { bindDataset, type Dataset } from "../../src/query/dataset.js";
import { citedSourceIds, firstKnownSource, knownFromDay } from "../../src/query/known.js";
import type {
  ActorRecord,
  AgreementRecord,
  DatasetRecordsReadonly,
  DateRecord,
  MeetingRecord,
  SourceRecord,
} from "../../src/query/types.js";
import { esc, link, page, statusBadge, STYLE } from "./html.js";
import type { UnreleasedChanges } from "../lib/snapshot.js";
import { networkSvg, timelineSvg, type TimelineMark } from "./svg.js";

type CitationRecord = ActorRecord["citations"][number];
type Kind = "actors" | "meetings" | "agreements" | "sources";

/**
 * Writes the whole catalogue into `outDir` (the `catalogue/` folder of the site). `history` says
 * in which release each record was added and last changed; `unreleased`, which records changed
 * after the last release (a site built between releases shows the data as it will next ship).
 */
export function writeCatalogue(
  outDir: string,
  data: DatasetRecordsReadonly,
  history: Record<string, { added: string; changed: string }>,
  unreleased?: UnreleasedChanges,
): number {
  const dataset = bindDataset(data);
  const files = new Map<string, string>();
  const kindOf = new Map<string, Kind>();
  for (const kind of ["actors", "meetings", "agreements", "sources"] as const) for (const record of dataset[kind]) kindOf.set(record.id, kind);
  /** The href of a record's page, from a page one folder deep. */
  const href = (id: string) => `../${kindOf.get(id)}/${id}.html`;
  const nameOf = (id: string): string => {
    const record = dataset.getActor(id) ?? dataset.getMeeting(id) ?? dataset.getAgreement(id) ?? dataset.getSource(id);
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

  type Alternatives = readonly { value: unknown; status: "reported" | "confirmed" | "denied"; citations: readonly CitationRecord[] }[];
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
  const firstKnownLine = (record: ActorRecord | MeetingRecord | AgreementRecord) => {
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
    const plain =
      status === "denied"
        ? `<p class="callout"><strong>Denied.</strong> A source reports this and another denies it; both are kept below.${denial ? ` Denied by ${ref(denial.source)}.` : ""}</p>`
        : status === "disputed"
          ? `<p class="callout"><strong>Disputed.</strong> The sources disagree; every side is kept below.</p>`
          : "";
    return `${plain}`;
  };

  const relationTable = (
    heading: string,
    rows: readonly { actor: string; role?: string | undefined; status: string; citations: readonly CitationRecord[] }[],
  ) =>
    rows.length === 0
      ? ""
      : `<h2>${esc(heading)}</h2><table><thead><tr><th>who</th><th>role</th><th>status</th><th>sources</th></tr></thead><tbody>${rows
          .map((row) => `<tr><td>${ref(row.actor)}</td><td>${esc(row.role ?? "")}</td><td>${statusBadge(row.status)}</td><td>${citations(row.citations)}</td></tr>`)
          .join("")}</tbody></table>`;

  const recordList = (records: readonly (MeetingRecord | AgreementRecord)[]) =>
    records.length === 0
      ? "<p>None recorded.</p>"
      : `<ul>${records.map((r) => `<li>${r.date ? `${esc(r.date.value)} · ` : ""}${link(href(r.id), r.title)} ${r.status !== "reported" ? statusBadge(r.status) : ""}</li>`).join("")}</ul>`;

  // Actors.
  for (const actor of dataset.actors) {
    const facts: string[] = [`<dt>kind</dt><dd>${esc(actor.kind)}${actor.kind === "organization" ? ` (${esc(actor.classification)})` : ""}</dd>`];
    if (actor.aliases.length > 0) facts.push(`<dt>also written</dt><dd>${actor.aliases.map(esc).join(", ")}</dd>`);
    if (actor.description) facts.push(`<dt>description</dt><dd>${esc(actor.description)}</dd>`);
    if (actor.kind === "state") facts.push(`<dt>ISO 3166-1</dt><dd>${esc(actor.iso3166Alpha2)} / ${esc(actor.iso3166Alpha3)}</dd>`);
    if (actor.kind === "organization") {
      if (actor.lifecycle) facts.push(`<dt>lifecycle</dt><dd>${esc(actor.lifecycle)}</dd>`);
      if (actor.jurisdiction.length > 0) facts.push(`<dt>jurisdiction</dt><dd>${actor.jurisdiction.map(ref).join(", ")}</dd>`);
    }
    if (actor.wikidata) facts.push(`<dt>Wikidata</dt><dd>${link(`https://www.wikidata.org/wiki/${actor.wikidata}`, actor.wikidata)}</dd>`);
    facts.push(`<dt>claim status</dt><dd>${statusBadge(actor.status)}</dd>`, firstKnownLine(actor), historyLine(actor.id));
    if (actor.note) facts.push(`<dt>note</dt><dd>${esc(actor.note)}</dd>`);
    const tenureRows = (field: "positions" | "memberships") =>
      actor.kind !== "person" || actor[field].length === 0
        ? ""
        : `<h2>${field === "positions" ? "Positions" : "Memberships"}</h2><table><thead><tr><th>role</th><th>of</th><th>from</th><th>to</th><th>status</th><th>sources</th></tr></thead><tbody>${actor[field]
            .map((t) => `<tr><td>${esc(t.role)}${t.note ? `<p class="note">${esc(t.note)}</p>` : ""}</td><td>${ref(t.of)}</td><td>${t.from ? date(t.from) : ""}</td><td>${t.to ? date(t.to) : ""}</td><td>${statusBadge(t.status)}</td><td>${citations(t.citations)}</td></tr>`)
            .join("")}</tbody></table>`;
    const members = actor.kind === "person" ? [] : dataset.membersOf(actor.id);
    const memberRows =
      members.length === 0
        ? ""
        : `<h2>People who held a position or were members</h2><table><thead><tr><th>person</th><th>role</th><th>from</th><th>to</th><th>status</th></tr></thead><tbody>${members
            .map((m) => `<tr><td>${ref(m.person.id)}</td><td>${esc(m.tenure.role)} (${m.via})</td><td>${m.tenure.from ? esc(m.tenure.from.value) : ""}</td><td>${m.tenure.to ? esc(m.tenure.to.value) : ""}</td><td>${statusBadge(m.tenure.status)}</td></tr>`)
            .join("")}</tbody></table>`;
    const overseen = actor.kind === "organization" ? relationTable("Overseen by", actor.overseenBy) : "";
    const established = dataset.agreements.filter((a) => a.establishes.includes(actor.id));
    const body = [
      statusSection(actor.status, actor.citations),
      `<dl>${facts.join("")}</dl>`,
      tenureRows("positions"),
      tenureRows("memberships"),
      overseen,
      memberRows,
      established.length > 0 ? `<h2>Established by</h2>${recordList(established)}` : "",
      `<h2>Meetings</h2>${recordList(dataset.meetingsOf(actor.id))}`,
      actor.kind !== "person" ? `<h2>Meetings of its people</h2><p>Meetings of people who held a position in it, or were members of it, at the time.</p>${recordList(dataset.meetingsOf(actor.id, { affiliated: true }).filter((m) => !m.participants.some((p) => p.actor === actor.id)))}` : "",
      `<h2>Agreements</h2>${recordList(dataset.agreementsOf(actor.id))}`,
      `<h2 id="sources">Sources</h2>${citations(actor.citations)}`,
    ].join("\n");
    files.set(`actors/${actor.id}.html`, page({ title: actor.name, depth: 1, body }));
  }

  // Meetings.
  for (const meeting of dataset.meetings) {
    const outcomes = meeting.outcomes.map((id) => `<li>${ref(id)}</li>`).join("");
    const body = [
      statusSection(meeting.status, meeting.citations),
      `<dl><dt>kind</dt><dd>${esc(meeting.kind)}</dd><dt>date</dt><dd>${date(meeting.date)}</dd>`,
      meeting.place ? `<dt>place</dt><dd>${esc(meeting.place.city ?? "")}${meeting.place.city ? ", " : ""}${ref(meeting.place.country)}</dd>` : "",
      `<dt>topics</dt><dd>${meeting.topics.map(esc).join(", ") || "none recorded"}</dd><dt>claim status</dt><dd>${statusBadge(meeting.status)}</dd>${firstKnownLine(meeting)}${historyLine(meeting.id)}`,
      meeting.note ? `<dt>note</dt><dd>${esc(meeting.note)}</dd>` : "",
      "</dl>",
      relationTable("Participants", meeting.participants),
      outcomes ? `<h2>Agreements reached</h2><ul>${outcomes}</ul>` : "",
      claimsTable(meeting.claims),
      `<h2 id="sources">Sources</h2>${citations(meeting.citations)}`,
    ].join("\n");
    files.set(`meetings/${meeting.id}.html`, page({ title: meeting.title, depth: 1, body }));
  }

  // Agreements.
  for (const agreement of dataset.agreements) {
    const body = [
      statusSection(agreement.status, agreement.citations),
      `<dl><dt>kind</dt><dd>${esc(agreement.kind)}</dd><dt>stage</dt><dd>${esc(agreement.stage)}${agreement.claims?.stage ? ` <a href="#claims-stage">(sources differ)</a>` : ""}</dd><dt>date</dt><dd>${date(agreement.date)}</dd>`,
      agreement.reachedAt ? `<dt>reached at</dt><dd>${ref(agreement.reachedAt)}</dd>` : "",
      agreement.establishes.length > 0 ? `<dt>establishes</dt><dd>${agreement.establishes.map(ref).join(", ")}</dd>` : "",
      `<dt>topics</dt><dd>${agreement.topics.map(esc).join(", ") || "none recorded"}</dd><dt>claim status</dt><dd>${statusBadge(agreement.status)}</dd>${firstKnownLine(agreement)}${historyLine(agreement.id)}`,
      agreement.note ? `<dt>note</dt><dd>${esc(agreement.note)}</dd>` : "",
      "</dl>",
      agreement.purposes.length > 0 ? `<h2>Purposes</h2><ul>${agreement.purposes.map((p) => `<li>${esc(p)}</li>`).join("")}</ul>` : "",
      relationTable("Parties", agreement.parties),
      claimsTable(agreement.claims),
      `<h2 id="sources">Sources</h2>${citations(agreement.citations)}`,
    ].join("\n");
    files.set(`agreements/${agreement.id}.html`, page({ title: agreement.title, depth: 1, body }));
  }

  // Sources: what they say, as cited (never their full text).
  const citing = new Map<string, { id: string; where: string; citation: CitationRecord }[]>();
  const note = (id: string, where: string, list: readonly CitationRecord[]) => {
    for (const citation of list) {
      const entries = citing.get(citation.source) ?? [];
      entries.push({ id, where, citation });
      citing.set(citation.source, entries);
    }
  };
  for (const actor of dataset.actors) {
    note(actor.id, "the record", actor.citations);
    if (actor.kind === "person") for (const t of [...actor.positions, ...actor.memberships]) note(actor.id, `${t.role} of ${nameOf(t.of)}`, t.citations);
    if (actor.kind === "organization") for (const o of actor.overseenBy) note(actor.id, `overseen by ${nameOf(o.actor)}`, o.citations);
  }
  for (const record of [...dataset.meetings, ...dataset.agreements]) {
    note(record.id, "the record", record.citations);
    const links = "participants" in record ? record.participants : record.parties;
    for (const l of links) note(record.id, `${nameOf(l.actor)} taking part`, l.citations);
    for (const [field, alternatives] of Object.entries((record.claims ?? {}) as Record<string, readonly { value: unknown; citations: readonly CitationRecord[] }[] | undefined>)) {
      for (const alternative of alternatives ?? []) note(record.id, `its ${field}`, alternative.citations);
    }
  }
  for (const source of dataset.sources) {
    const uses = citing.get(source.id) ?? [];
    const body = [
      `<dl>`,
      source.title ? `<dt>title</dt><dd>${esc(source.title)}</dd>` : "",
      `<dt>publisher</dt><dd>${ref(source.publisher)}</dd>`,
      `<dt>published</dt><dd>${source.published ? date(source.published) : "no single date"}</dd>`,
      `<dt>address</dt><dd>${source.url ? link(source.url, source.url, ' rel="nofollow noopener"') : "not recorded"}</dd>`,
      `<dt>language</dt><dd>${esc(source.language)}</dd>`,
      `<dt>text held</dt><dd>${source.textHeld ? "yes: every quote from it is checked against its text at build time" : "no: citations of it are notes in our own words"}</dd>`,
      source.note ? `<dt>note</dt><dd>${esc(source.note)}</dd>` : "",
      historyLine(source.id),
      `</dl>`,
      `<h2 id="cited-for">What it is cited for</h2>`,
      uses.length === 0
        ? "<p>Not cited yet.</p>"
        : `<table><thead><tr><th>record</th><th>for</th><th>quote or note</th></tr></thead><tbody>${uses
            .map((use) => `<tr><td>${ref(use.id)}</td><td>${esc(use.where)}${use.citation.stance === "denies" ? ' <span class="stance-denies">(denies)</span>' : ""}</td><td>${use.citation.quote ? `<blockquote>“${esc(use.citation.quote)}”</blockquote>` : ""}${use.citation.note ? `<p class="note">${esc(use.citation.note)}</p>` : ""}</td></tr>`)
            .join("")}</tbody></table>`,
    ].join("\n");
    files.set(`sources/${source.id}.html`, page({ title: sourceLabel(source), depth: 1, body }));
  }

  // Index pages: by name, and by date where records have dates.
  const nameIndex = (kind: Kind, title: string, rows: readonly { id: string; name: string; extra: string; date?: string }[], byDate: boolean) => {
    const table = (sorted: typeof rows) =>
      `<table><thead><tr><th>name</th><th>details</th>${byDate ? "<th>date</th>" : ""}</tr></thead><tbody>${sorted
        .map((row) => `<tr><td>${link(`${row.id}.html`, row.name)}</td><td>${row.extra}</td>${byDate ? `<td>${esc(row.date ?? "")}</td>` : ""}</tr>`)
        .join("")}</tbody></table>`;
    const byName = [...rows].sort((a, b) => a.name.localeCompare(b.name, "en"));
    files.set(
      `${kind}/index.html`,
      page({ title, depth: 1, body: `${byDate ? `<p class="sort">Sorted by name · ${link("by-date.html", "sort by date")}</p>` : `<p class="sort">Sorted by name</p>`}${table(byName)}` }),
    );
    if (byDate) {
      const dated = [...rows].sort((a, b) => (a.date && b.date ? comparePartialDates(a.date, b.date) : a.date ? -1 : b.date ? 1 : 0) || a.name.localeCompare(b.name, "en"));
      files.set(`${kind}/by-date.html`, page({ title: `${title} by date`, depth: 1, body: `<p class="sort">Sorted by date · ${link("index.html", "sort by name")}</p>${table(dated)}` }));
    }
  };
  nameIndex("actors", "Actors", dataset.actors.map((a) => ({ id: a.id, name: a.name, extra: `${esc(a.kind)} ${a.status !== "reported" ? statusBadge(a.status) : ""}` })), false);
  nameIndex("meetings", "Meetings", dataset.meetings.map((m) => ({ id: m.id, name: m.title, extra: `${esc(m.kind)} ${statusBadge(m.status)}`, ...(m.date ? { date: m.date.value } : {}) })), true);
  nameIndex("agreements", "Agreements", dataset.agreements.map((a) => ({ id: a.id, name: a.title, extra: `${esc(a.stage)} ${statusBadge(a.status)}`, ...(a.date ? { date: a.date.value } : {}) })), true);
  nameIndex("sources", "Sources", dataset.sources.map((s) => ({ id: s.id, name: sourceLabel(s), extra: esc(nameOf(s.publisher)), ...(s.published ? { date: s.published.value } : {}) })), true);

  // The front page: counts, the timeline and the network.
  const marks: TimelineMark[] = dataset
    .timeline({ kinds: ["meeting", "agreement"] })
    .map((event) => ({ date: event.date, label: "title" in event.record ? event.record.title : event.record.id, href: `${event.type}s/${event.record.id}.html`, type: event.type as "meeting" | "agreement", status: event.record.status }));
  const front = [
    `<p>${dataset.actors.length} actors, ${dataset.meetings.length} meetings, ${dataset.agreements.length} agreements, from ${dataset.sources.length} sources. Every page quotes or summarises its sources; denied and disputed claims are kept and marked.</p>`,
    `<ul><li>${link("actors/index.html", "Actors")}</li><li>${link("meetings/by-date.html", "Meetings by date")}</li><li>${link("agreements/by-date.html", "Agreements by date")}</li><li>${link("sources/index.html", "Sources")}</li></ul>`,
    `<h2 id="timeline">Timeline</h2>`,
    timelineSvg(marks),
    `<h2 id="network-states">Which states met or agreed</h2>`,
    `<p>Each state stands for itself and the people who held office in it on the day of each event (see affiliation in the data model guide).</p>`,
    networkSvg(dataset.graph({ foldTo: "state" }), (id) => `actors/${id}.html`, "Network of states whose officials met or agreed"),
    `<h2 id="network">Who met or agreed with whom</h2>`,
    `<p>People and organizations; the states they stand for are in the picture above.</p>`,
    networkSvg(withoutStates(dataset.graph()), (id) => `actors/${id}.html`),
  ].join("\n");
  files.set("index.html", page({ title: "Data catalogue", depth: 0, body: front }));
  files.set("style.css", STYLE);

  // Ids are forever, page addresses too: a retired id's page sends readers on to its successor.
  for (const [from, redirect] of Object.entries(data.redirects ?? {})) {
    const target = redirect.to === undefined ? undefined : dataset.resolveId(redirect.to).id;
    const kind = target === undefined ? undefined : kindOf.get(target);
    if (kind && target) {
      files.set(
        `${kind}/${from}.html`,
        page({ title: `${from} is now ${nameOf(target)}`, depth: 1, body: `<p>The id <code>${esc(from)}</code> was ${esc(redirect.reason)}; it now leads to ${link(`${target}.html`, nameOf(target))}.</p><meta http-equiv="refresh" content="0; url=${esc(target)}.html">` }),
      );
    }
  }

  for (const [name, text] of files) {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return files.size;
}

/** The graph without its state nodes (and their edges): the people and bodies who met. */
function withoutStates(graph: ReturnType<Dataset["graph"]>): ReturnType<Dataset["graph"]> {
  const kept = new Set(graph.nodes.filter((node) => node.kind !== "state").map((node) => node.id));
  const edges = graph.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return { nodes: graph.nodes.filter((node) => linked.has(node.id)), edges };
}

export type { Dataset };
