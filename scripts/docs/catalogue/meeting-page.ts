/** A meeting's page: when and where, who took part, what it reached, and where sources differ. */
import type { MeetingRecord } from "../../../src/query/types.js";
import { esc, statusBadge } from "../html.js";
import type { CatalogueParts, RecordPage } from "./parts.js";

/** The page of one meeting. */
export function meetingPage(parts: CatalogueParts, meeting: MeetingRecord): RecordPage {
  const { ref } = parts;
  const outcomes = meeting.outcomes.map((id) => `<li>${ref(id)}</li>`).join("");
  const body = [
    parts.statusSection(meeting.status, meeting.citations),
    `<dl><dt>kind</dt><dd>${esc(meeting.kind)}</dd><dt>date</dt><dd>${parts.date(meeting.date)}</dd>`,
    meeting.place ? `<dt>place</dt><dd>${esc(meeting.place.city ?? "")}${meeting.place.city ? ", " : ""}${ref(meeting.place.country)}</dd>` : "",
    `<dt>topics</dt><dd>${meeting.topics.map(esc).join(", ") || "none recorded"}</dd><dt>claim status</dt><dd>${statusBadge(meeting.status)}</dd>${parts.firstKnownLine(meeting)}${parts.historyLine(meeting.id)}`,
    meeting.note ? `<dt>note</dt><dd>${esc(meeting.note)}</dd>` : "",
    "</dl>",
    parts.relationTable("Participants", meeting.participants),
    outcomes ? `<h2>Agreements reached</h2><ul>${outcomes}</ul>` : "",
    parts.claimsTable(meeting.claims),
    parts.sourcesSection(meeting.citations),
  ].join("\n");
  return { title: meeting.title, body };
}
