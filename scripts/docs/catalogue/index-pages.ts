/** The index pages of each kind: by name, and by date where the kind's records have dates. */
import { comparePartialDates } from "../../../src/core/dates.js";
import type { DatasetRecordsReadonly } from "../../../src/query/types.js";
import { RECORD_KIND_INFO, RECORD_KINDS, type RecordKind } from "../../../src/schema/kinds.js";
import { esc, link, page, statusBadge } from "../html.js";
import type { CatalogueParts } from "./parts.js";

/** One row of an index page. */
interface IndexRow {
  readonly id: string;
  readonly name: string;
  /** HTML of the details column. */
  readonly extra: string;
  readonly date?: string;
}

/** How each kind is listed: its rows, and whether it also has a page sorted by date. */
interface KindIndex<R> {
  readonly byDate: boolean;
  readonly row: (parts: CatalogueParts, record: R) => IndexRow;
}

const INDEXES: { readonly [K in RecordKind]: KindIndex<DatasetRecordsReadonly[K][number]> } = {
  actors: { byDate: false, row: (_, a) => ({ id: a.id, name: a.name, extra: `${esc(a.kind)} ${a.status !== "reported" ? statusBadge(a.status) : ""}` }) },
  meetings: { byDate: true, row: (_, m) => ({ id: m.id, name: m.title, extra: `${esc(m.kind)} ${statusBadge(m.status)}`, ...(m.date ? { date: m.date.value } : {}) }) },
  agreements: { byDate: true, row: (_, a) => ({ id: a.id, name: a.title, extra: `${esc(a.stage)} ${statusBadge(a.status)}`, ...(a.date ? { date: a.date.value } : {}) }) },
  sources: { byDate: true, row: (parts, s) => ({ id: s.id, name: parts.sourceLabel(s), extra: esc(parts.nameOf(s.publisher)), ...(s.published ? { date: s.published.value } : {}) }) },
};

function indexRows<K extends RecordKind>(parts: CatalogueParts, kind: K): IndexRow[] {
  const { row } = INDEXES[kind] as KindIndex<DatasetRecordsReadonly[RecordKind][number]>;
  return parts.dataset[kind].map((record) => row(parts, record));
}

/** The index pages of every kind, by path: `<kind>/index.html` and, where dated, `<kind>/by-date.html`. */
export function indexPages(parts: CatalogueParts): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of RECORD_KINDS) {
    const { title } = RECORD_KIND_INFO[kind];
    const { byDate } = INDEXES[kind];
    const rows = indexRows(parts, kind);
    const table = (sorted: readonly IndexRow[]) =>
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
  }
  return files;
}
