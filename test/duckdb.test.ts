import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actors, agreements, agreementsOf, between, meetingsOf, timeline } from "../dist/index.js";

const EXPORTS = join(import.meta.dirname, "..", "dist", "exports");
const TABLES = ["meetings", "meeting_participants", "agreements", "agreement_parties"] as const;

const PRECISION_ORDER = "CASE date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END";

async function ids(connection: DuckDBConnection, sql: string): Promise<string[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson().map((row) => String(row.id));
}
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

describe.each(["parquet", "csv"] as const)("DuckDB over the %s exports answers as the TypeScript helpers do", (format) => {
  let connection: DuckDBConnection;
  beforeAll(async () => {
    const instance = await DuckDBInstance.create(":memory:");
    connection = await instance.connect();
    for (const table of TABLES) {
      const path = join(EXPORTS, format, `${table}.${format}`);
      const source = format === "parquet" ? `read_parquet(${quote(path)})` : `read_csv(${quote(path)}, header = true, all_varchar = true)`;
      await connection.run(`CREATE VIEW ${table} AS SELECT * FROM ${source}`);
    }
  });
  afterAll(() => connection?.closeSync());

  it("meetings of an actor, in date order", async () => {
    for (const actor of actors) {
      const sql = `SELECT DISTINCT m.id, m.date_start, ${PRECISION_ORDER} AS p FROM meetings m JOIN meeting_participants mp ON mp.meeting_id = m.id
        WHERE mp.actor_id = ${quote(actor.id)} ORDER BY m.date_start NULLS LAST, p, m.id`;
      expect(await ids(connection, sql), actor.id).toEqual(meetingsOf(actor.id).map((m) => m.id));
    }
  });

  it("agreements between two actors", async () => {
    const parties = [...new Set(agreements.flatMap((a) => a.parties.map((p) => p.actor)))];
    for (const a of parties) {
      for (const b of parties) {
        if (a >= b) continue;
        const sql = `SELECT g.id, g.date_start, ${PRECISION_ORDER} AS p FROM agreements g
          WHERE g.id IN (SELECT agreement_id FROM agreement_parties WHERE actor_id = ${quote(a)})
            AND g.id IN (SELECT agreement_id FROM agreement_parties WHERE actor_id = ${quote(b)})
          ORDER BY g.date_start NULLS LAST, p, g.id`;
        expect(await ids(connection, sql), `${a} & ${b}`).toEqual(between(a, b).agreements.map((x) => x.id));
      }
    }
    expect(parties.length).toBeGreaterThanOrEqual(5);
    expect(agreementsOf("jordan").map((a) => a.id)).toContain("syria-jordan-border-security-committee-agreement");
  });

  it("meetings in a date range (a partial date overlapping the range counts)", async () => {
    const ranges: [string, string][] = [["2024-12", "2024-12"], ["2025-01-07", "2025-01-07"], ["2025-03", "2025-03-10"], ["2025-04-15", "2025-04-30"], ["2025", "2025"], ["2025-02", "2025-02"]];
    for (const [from, to] of ranges) {
      const start = from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from;
      const end = to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to;
      const sql = `SELECT id, date_start, ${PRECISION_ORDER} AS p FROM meetings
        WHERE date_start <= ${quote(end)} AND date_end >= ${quote(start)} ORDER BY date_start, p, id`;
      const expected = timeline({ from, to, kinds: ["meeting"] }).map((event) => event.record.id);
      expect(await ids(connection, sql), `${from}..${to}`).toEqual(expected);
    }
  });
});
