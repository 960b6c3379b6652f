/**
 * The docs catalogue's "What it is cited for" tables and the exports' citations table both come
 * from the one walk over sourced facts: every citation in the records (found here by a deep scan,
 * not by the walker) is on its source's page and in the table once, including a citation on an
 * organization's field-level claim (which the catalogue's own walk used to miss). No build needed.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueFiles } from "../scripts/docs/catalogue.js";
import { TABLES } from "../scripts/exports/tables.js";
import { readDataFolder } from "../scripts/lib/read-data.js";
import type { DatasetRecordsReadonly } from "../src/query/types.js";
import { RECORD_KIND_INFO, SOURCED_KINDS } from "../src/schema/kinds.js";
import { validateDataset } from "../src/validate/schema-check.js";

const ROOT = join(import.meta.dirname, "..");
const parsed = validateDataset(readDataFolder(join(ROOT, "data"), ROOT).input).data as unknown as DatasetRecordsReadonly;

// One organization gains a sourced claim on its lifecycle, citing the first source.
const organization = parsed.actors.find((actor) => actor.kind === "organization")!;
const cited = parsed.sources[0]!.id;
const NOTE = "a note only this test writes";
const data: DatasetRecordsReadonly = {
  ...parsed,
  actors: parsed.actors.map((actor) =>
    actor === organization ? ({ ...actor, claims: { lifecycle: [{ value: "active", status: "reported", citations: [{ source: cited, note: NOTE }] }] } } as typeof actor) : actor,
  ),
};

/** The sources of every citation under `value`, one entry per citation, by a deep scan. */
function citedSources(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) citedSources(item, into);
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === "citations" && Array.isArray(child)) into.push(...child.map((citation: { source: string }) => citation.source));
      else citedSources(child, into);
    }
  }
  return into;
}
const scanned = SOURCED_KINDS.flatMap((kind) => citedSources(data[kind]));

describe("what each source is cited for", () => {
  const files = catalogueFiles(data, {});
  const rowsOf = (html: string) => html.slice(html.indexOf('id="cited-for"')).split("<tr><td>").length - 1;

  it("lists every citation of the source on its page, once", () => {
    expect(scanned.length).toBeGreaterThan(1000);
    const expected = new Map<string, number>();
    for (const source of scanned) expected.set(source, (expected.get(source) ?? 0) + 1);
    const listed = new Map(data.sources.map((source) => [source.id, rowsOf(files.get(`${RECORD_KIND_INFO.sources.plural}/${source.id}.html`)!)]));
    for (const source of data.sources) expect(listed.get(source.id), source.id).toBe(expected.get(source.id) ?? 0);
  });

  it("says a claim's citation is for that field of the record", () => {
    const page = files.get(`${RECORD_KIND_INFO.sources.plural}/${cited}.html`)!;
    const row = page.split("<tr>").find((tr) => tr.includes(NOTE));
    expect(row).toContain(`${organization.id}.html`);
    expect(row).toContain("its lifecycle");
  });
});

describe("the exports' citations table", () => {
  const rows = TABLES.find((table) => table.name === "citations")!.rows(data);

  it("has a row for every citation in the records, with the record's singular kind", () => {
    expect(rows.map((row) => row.source_id).sort()).toEqual([...scanned].sort());
    expect(new Set(rows.map((row) => row.record_kind))).toEqual(new Set(SOURCED_KINDS.map((kind) => RECORD_KIND_INFO[kind].singular)));
  });

  it("numbers the record's own citations under relation index 0 and a claim's by its alternative", () => {
    const own = rows.filter((row) => row.record_id === organization.id && row.relation === "record");
    expect(own.length).toBe(organization.citations.length);
    expect(own.every((row) => row.relation_index === 0)).toBe(true);
    expect(rows.filter((row) => row.note === NOTE)).toEqual([
      expect.objectContaining({ record_id: organization.id, record_kind: RECORD_KIND_INFO.actors.singular, relation: "claims.lifecycle", relation_index: 0, citation_index: 0, source_id: cited }),
    ]);
  });
});
