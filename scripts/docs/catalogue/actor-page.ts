/** An actor's page: what it is, its tenures or overseers, who served in it, and its events. */
import type { ActorRecord } from "../../../src/query/types.js";
import { esc, link, statusBadge } from "../html.js";
import type { CatalogueParts, RecordPage } from "./parts.js";

/** The page of one actor. */
export function actorPage(parts: CatalogueParts, actor: ActorRecord): RecordPage {
  const { dataset, ref, date, citations, recordList } = parts;
  const facts: string[] = [`<dt>kind</dt><dd>${esc(actor.kind)}${actor.kind === "organization" ? ` (${esc(actor.classification)})` : ""}</dd>`];
  if (actor.aliases.length > 0) facts.push(`<dt>also written</dt><dd>${actor.aliases.map(esc).join(", ")}</dd>`);
  if (actor.description) facts.push(`<dt>description</dt><dd>${esc(actor.description)}</dd>`);
  if (actor.kind === "state") facts.push(`<dt>ISO 3166-1</dt><dd>${esc(actor.iso3166Alpha2)} / ${esc(actor.iso3166Alpha3)}</dd>`);
  if (actor.kind === "organization") {
    if (actor.lifecycle) facts.push(`<dt>lifecycle</dt><dd>${esc(actor.lifecycle)}</dd>`);
    if (actor.jurisdiction.length > 0) facts.push(`<dt>jurisdiction</dt><dd>${actor.jurisdiction.map(ref).join(", ")}</dd>`);
  }
  if (actor.wikidata) facts.push(`<dt>Wikidata</dt><dd>${link(`https://www.wikidata.org/wiki/${actor.wikidata}`, actor.wikidata)}</dd>`);
  facts.push(`<dt>claim status</dt><dd>${statusBadge(actor.status)}</dd>`, parts.firstKnownLine(actor), parts.historyLine(actor.id));
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
  const overseen = actor.kind === "organization" ? parts.relationTable("Overseen by", actor.overseenBy) : "";
  const established = dataset.agreements.filter((a) => a.establishes.includes(actor.id));
  const body = [
    parts.statusSection(actor.status, actor.citations),
    `<dl>${facts.join("")}</dl>`,
    tenureRows("positions"),
    tenureRows("memberships"),
    overseen,
    memberRows,
    established.length > 0 ? `<h2>Established by</h2>${recordList(established)}` : "",
    `<h2>Meetings</h2>${recordList(dataset.meetingsOf(actor.id))}`,
    actor.kind !== "person" ? `<h2>Meetings of its people</h2><p>Meetings of people who held a position in it, or were members of it, at the time.</p>${recordList(dataset.meetingsOf(actor.id, { affiliated: true }).filter((m) => !m.participants.some((p) => p.actor === actor.id)))}` : "",
    `<h2>Agreements</h2>${recordList(dataset.agreementsOf(actor.id))}`,
    parts.sourcesSection(actor.citations),
  ].join("\n");
  return { title: actor.name, body };
}
