/** An agreement's page: its stage and date, what it establishes and is for, its parties. */
import type { AgreementRecord } from "../../../src/query/types.js";
import { esc, statusBadge } from "../html.js";
import type { CatalogueParts, RecordPage } from "./parts.js";

/** The page of one agreement. */
export function agreementPage(parts: CatalogueParts, agreement: AgreementRecord): RecordPage {
  const { ref } = parts;
  const body = [
    parts.statusSection(agreement.status, agreement.citations),
    `<dl><dt>kind</dt><dd>${esc(agreement.kind)}</dd><dt>stage</dt><dd>${esc(agreement.stage)}${agreement.claims?.stage ? ` <a href="#claims-stage">(sources differ)</a>` : ""}</dd><dt>date</dt><dd>${parts.date(agreement.date)}</dd>`,
    agreement.reachedAt ? `<dt>reached at</dt><dd>${ref(agreement.reachedAt)}</dd>` : "",
    agreement.establishes.length > 0 ? `<dt>establishes</dt><dd>${agreement.establishes.map(ref).join(", ")}</dd>` : "",
    `<dt>topics</dt><dd>${agreement.topics.map(esc).join(", ") || "none recorded"}</dd><dt>claim status</dt><dd>${statusBadge(agreement.status)}</dd>${parts.firstKnownLine(agreement)}${parts.historyLine(agreement.id)}`,
    agreement.note ? `<dt>note</dt><dd>${esc(agreement.note)}</dd>` : "",
    "</dl>",
    agreement.purposes.length > 0 ? `<h2>Purposes</h2><ul>${agreement.purposes.map((p) => `<li>${esc(p)}</li>`).join("")}</ul>` : "",
    parts.relationTable("Parties", agreement.parties),
    parts.claimsTable(agreement.claims),
    parts.sourcesSection(agreement.citations),
  ].join("\n");
  return { title: agreement.title, body };
}
