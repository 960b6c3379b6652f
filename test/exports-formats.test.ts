import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { parquetReadObjects } from "hyparquet";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { readBuiltData } from "../scripts/lib/built-data.js";
import { TABLES, type Table } from "../scripts/exports/tables.js";
import { tableCsv, tableParquet } from "../scripts/exports/write.js";

const ROOT = join(import.meta.dirname, "..");
const EXPORTS = join(ROOT, "dist", "exports");
const { data } = readBuiltData(join(ROOT, "dist"));
// ajv-formats is CommonJS with a default export only; under ESM its function may sit on .default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;
/** An ajv that checks formats (uri, date) too, so a malformed URL in the data fails. */
const formatChecking = () => addFormats(new Ajv2020({ strict: false, allErrors: true }));
const KINDS = { actor: "actors", meeting: "meetings", agreement: "agreements", source: "sources" } as const;

/** A table's rows as CSV gives them back: every value a string, null as empty. */
const asCsvStrings = (rows: readonly Record<string, unknown>[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? "" : String(value)])));

describe("JSON Schema (2020-12), generated from the zod schemas", () => {
  it.each(Object.entries(KINDS))("every shipped %s validates with ajv", (kind, plural) => {
    const schema = JSON.parse(readFileSync(join(EXPORTS, "schema", `${kind}.schema.json`), "utf8")) as Record<string, unknown>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const validate = formatChecking().compile(schema);
    const records = data[plural] as readonly unknown[];
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const ok = validate(record);
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
    // The formats are checked, not ignored: a source with a URL that is not one fails.
    if (kind === "source") {
      expect(validate({ ...(records[0] as object), url: "not a url" })).toBe(false);
      expect(JSON.stringify(validate.errors)).toContain('"format":"uri"');
    }
    // The schema is not a rubber stamp: a record with a wrong field fails.
    expect(validate({ ...(records[0] as object), id: "Not An Id" })).toBe(false);
  });

  it("carries the field descriptions", () => {
    const text = readFileSync(join(EXPORTS, "schema", "meeting.schema.json"), "utf8");
    expect(text).toContain("Who took part, each with a role and citations.");
  });
});

describe("NDJSON round-trips to the canonical records", () => {
  it.each(Object.values(KINDS))("%s", (plural) => {
    const lines = readFileSync(join(EXPORTS, "ndjson", `${plural}.ndjson`), "utf8").trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(JSON.parse(JSON.stringify(data[plural])));
  });
});

describe("CSV and Parquet tables round-trip to the same facts", () => {
  it.each(TABLES.map((table) => [table.name, table] as const))("%s", async (_name, table: Table) => {
    const rows = table.rows(data);
    const csv = parse(readFileSync(join(EXPORTS, "csv", `${table.name}.csv`), "utf8"), { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(csv).toEqual(asCsvStrings(rows));
    const buffer = readFileSync(join(EXPORTS, "parquet", `${table.name}.parquet`));
    const parquet = await parquetReadObjects({ file: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer });
    expect(parquet).toEqual(rows);
  });

  it("the link tables hold every participant, party, position and citation", () => {
    const count = (name: string) => TABLES.find((t) => t.name === name)!.rows(data).length;
    expect(count("meeting_participants")).toBe(data.meetings.reduce((n, m) => n + m.participants.length, 0));
    expect(count("agreement_parties")).toBe(data.agreements.reduce((n, a) => n + a.parties.length, 0));
    expect(count("tenures")).toBe(data.actors.reduce((n, a) => n + (a.kind === "person" ? a.positions.length + a.memberships.length : 0), 0));
    const citations = JSON.stringify(data).match(/"citations":\[/g)!.length;
    const citedFacts = new Set(TABLES.find((t) => t.name === "citations")!.rows(data).map((r) => `${r.record_id}|${r.relation}|${r.relation_index}`));
    expect(citedFacts.size).toBe(citations);
  });
});

describe("a bad value can never break a CSV row", () => {
  const table: Table = {
    name: "tricky", description: "test", primaryKey: ["id"], foreignKeys: [],
    columns: [{ name: "id", type: "string", description: "" }, { name: "text", type: "string", description: "", optional: true }, { name: "n", type: "integer", description: "" }],
    rows: () => [],
  };
  const values = [
    'He said "agreed to form", not "signed"',
    "Amman, Jordan, 2025",
    "line one\nline two\r\nline three",
    "عمان، الأردن — اللجنة الأمنية المشتركة",
    "  leading and trailing spaces  ",
    '"',
    ",",
    "",
    "=HYPERLINK(\"x\")",
  ];
  it("quotes, commas, newlines and Arabic text come back exactly", () => {
    const rows = values.map((text, n) => ({ id: `row-${n}`, text, n }));
    const csv = tableCsv(table, rows);
    const parsed = parse(csv, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(parsed).toEqual(rows.map((row) => ({ id: row.id, text: row.text, n: String(row.n) })));
    expect(parse(csv, { record_delimiter: "\r\n" }).every((record: string[]) => record.length === 3)).toBe(true);
  });
  it("the same values survive Parquet", async () => {
    const rows = values.map((text, n) => ({ id: `row-${n}`, text: text === "" ? null : text, n }));
    const buffer = tableParquet(table, rows);
    expect(await parquetReadObjects({ file: buffer.buffer as ArrayBuffer })).toEqual(rows);
  });
});

describe("datapackage.json", () => {
  const pkg = JSON.parse(readFileSync(join(EXPORTS, "datapackage.json"), "utf8")) as {
    version: string;
    licenses: unknown[];
    resources: { name: string; path: string; schema: { fields: { name: string }[]; primaryKey: string[]; foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }[];
  };
  const tables = new Map(pkg.resources.map((r) => [r.name, parse(readFileSync(join(EXPORTS, r.path), "utf8"), { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[]]));

  it("describes every CSV file, with the package version and a licence", () => {
    expect(pkg.version).toBe((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
    expect(pkg.licenses.length).toBe(1);
    expect(pkg.resources.map((r) => `${r.name}.csv`).sort()).toEqual(readdirSync(join(EXPORTS, "csv")).sort());
    for (const resource of pkg.resources) {
      const header = readFileSync(join(EXPORTS, resource.path), "utf8").split("\r\n")[0];
      expect(header).toBe(resource.schema.fields.map((f) => f.name).join(","));
    }
  });

  it("primary keys are unique and foreign keys resolve", () => {
    for (const resource of pkg.resources) {
      const rows = tables.get(resource.name)!;
      const keys = rows.map((row) => resource.schema.primaryKey.map((field) => row[field]).join("\u0000"));
      expect(new Set(keys).size, resource.name).toBe(rows.length);
      for (const foreignKey of resource.schema.foreignKeys) {
        const targets = new Set(tables.get(foreignKey.reference.resource)!.map((row) => row[foreignKey.reference.fields[0]!]));
        for (const row of rows) {
          const value = row[foreignKey.fields[0]!];
          if (value !== "") expect(targets.has(value), `${resource.name}.${foreignKey.fields[0]} = ${value}`).toBe(true);
        }
      }
    }
  });
});
