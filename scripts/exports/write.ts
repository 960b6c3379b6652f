/**
 * Writes the exports of the canonical data: JSON Schema per record kind (from the zod schemas),
 * NDJSON per kind, CSV and Parquet tables (see tables.ts) and a Frictionless datapackage.json.
 */
import { stringify } from "csv-stringify/sync";
import { parquetWriteBuffer } from "hyparquet-writer";
import * as schemas from "../../src/schema/index.js";
import type { DatasetRecordsReadonly } from "../../src/query/types.js";
import { RECORD_KINDS } from "../../src/schema/kinds.js";
import { sortKeysDeep } from "../lib/canonical.js";
import { recordJsonSchemas, type SchemaModule } from "../lib/json-schemas.js";
import { TABLES, type Table } from "./tables.js";

/** The files of the exports, by path relative to `dist/exports/`. */
export type ExportFiles = Map<string, string | Uint8Array>;

/** RFC 4180 CSV (UTF-8, CRLF, header row, quotes where needed) of one table's rows. */
export function tableCsv(table: Table, rows: readonly Record<string, unknown>[]): string {
  return stringify(rows as Record<string, unknown>[], {
    header: true,
    columns: table.columns.map((column) => column.name),
    record_delimiter: "\r\n",
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
}

/** One table as a Parquet file: strings as UTF-8, integers as INT32, booleans as BOOLEAN. */
export function tableParquet(table: Table, rows: readonly Record<string, unknown>[]): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((column) => ({
      name: column.name,
      data: rows.map((row) => (row[column.name] ?? null) as never),
      type: column.type === "integer" ? "INT32" : column.type === "boolean" ? "BOOLEAN" : "STRING",
      nullable: column.optional === true,
    })),
  });
  return new Uint8Array(buffer);
}

/** The Frictionless Data Package describing every CSV table. */
export function dataPackage(version: string): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "mena-security-data",
    title: "Security diplomacy in the Middle East: actors, meetings and agreements",
    description:
      "Every record and relation cites a source. The same tables are in parquet/<name>.parquet; the records themselves, nested, in ndjson/ and JSON Schema in schema/.",
    version,
    licenses: [{ name: "MIT", title: "MIT License", path: "https://opensource.org/licenses/MIT" }],
    resources: TABLES.map((table) => ({
      name: table.name,
      path: `csv/${table.name}.csv`,
      profile: "tabular-data-resource",
      description: table.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.columns.map((column) => ({
          name: column.name,
          type: column.type,
          description: column.description,
          ...(column.optional ? {} : { constraints: { required: true } }),
        })),
        primaryKey: table.primaryKey,
        foreignKeys: table.foreignKeys,
        missingValues: [""],
      },
    })),
  };
}

/** Every export file for a dataset. */
export function exportFiles(data: DatasetRecordsReadonly, version: string): ExportFiles {
  const files: ExportFiles = new Map();
  for (const [kind, schema] of Object.entries(recordJsonSchemas(schemas as unknown as SchemaModule))) {
    files.set(`schema/${kind}.schema.json`, `${JSON.stringify({ $id: `urn:mena-security-data:${version}:${kind}`, ...schema }, null, 2)}\n`);
  }
  for (const kind of RECORD_KINDS) {
    files.set(`ndjson/${kind}.ndjson`, data[kind].map((record) => JSON.stringify(sortKeysDeep(record))).join("\n") + (data[kind].length > 0 ? "\n" : ""));
  }
  for (const table of TABLES) {
    const rows = table.rows(data);
    files.set(`csv/${table.name}.csv`, tableCsv(table, rows));
    files.set(`parquet/${table.name}.parquet`, tableParquet(table, rows));
  }
  files.set("datapackage.json", `${JSON.stringify(dataPackage(version), null, 2)}\n`);
  return files;
}
