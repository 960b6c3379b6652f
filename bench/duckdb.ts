/**
 * `npm run bench:duckdb`: DuckDB over the Parquet exports against the TypeScript helpers, on the
 * same synthetic dataset (N = 1e6 meetings by default; BENCH_DUCKDB_SIZE to change). Prints the
 * table in docs/scale.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { createDataset } from "../dist/dataset.js";
import { TABLES } from "../scripts/exports/tables.js";
import { tableParquet } from "../scripts/exports/write.js";
import { seededRandom, syntheticDataset } from "./synthetic.js";

const size = Number(process.env.BENCH_DUCKDB_SIZE ?? 1_000_000);
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3));
const time = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
};

const dataset = createDataset(syntheticDataset(size, 42));
const dir = mkdtempSync(join(tmpdir(), "msd-duckdb-"));
const [, writeMs] = await time(() => {
  for (const name of ["meetings", "meeting_participants"]) {
    const table = TABLES.find((t) => t.name === name)!;
    writeFileSync(join(dir, `${name}.parquet`), tableParquet(table, table.rows(dataset)));
  }
});
const instance = await DuckDBInstance.create(":memory:");
const db = await instance.connect();
const [, loadMs] = await time(async () => {
  await db.run(`CREATE TABLE meetings AS SELECT * FROM read_parquet('${join(dir, "meetings.parquet")}')`);
  await db.run(`CREATE TABLE participants AS SELECT * FROM read_parquet('${join(dir, "meeting_participants.parquet")}')`);
});

const random = seededRandom(7);
const ids = dataset.actors.map((a) => a.id);
const sample = Array.from({ length: 20 }, () => ids[Math.floor(random() * ids.length)]!);
const pairs = sample.map((a) => [a, ids[Math.floor(ids.length * random() ** 3)]!] as const);
const months = Array.from({ length: 20 }, () => `${2000 + Math.floor(random() * 26)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}`);

async function median(inputs: readonly unknown[], fn: (input: never) => unknown): Promise<number> {
  const samples: number[] = [];
  for (const input of inputs) samples.push((await time(() => fn(input as never)))[1]);
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}
const sql = (text: string) => db.runAndReadAll(text).then((r) => r.getRows().length);
const rows: [string, number, number][] = [
  ["meetings of an actor", await median(sample, (a: string) => sql(`SELECT m.id FROM meetings m JOIN participants p ON p.meeting_id = m.id WHERE p.actor_id = '${a}' ORDER BY m.date_start`)), await median(sample, (a: string) => dataset.meetingsOf(a))],
  ["meetings of two actors", await median(pairs, ([a, b]: [string, string]) => sql(`SELECT meeting_id FROM participants WHERE actor_id = '${a}' INTERSECT SELECT meeting_id FROM participants WHERE actor_id = '${b}'`)), await median(pairs, ([a, b]: [string, string]) => dataset.between(a, b))],
  ["meetings in one month", await median(months, (m: string) => sql(`SELECT id FROM meetings WHERE date_start <= '${m}-31' AND date_end >= '${m}-01' ORDER BY date_start`)), await median(months, (m: string) => dataset.timeline({ from: m, to: m, kinds: ["meeting"] }))],
  ["count meetings per actor (all actors)", (await time(() => sql("SELECT actor_id, count(*) FROM participants GROUP BY actor_id")))[1], (await time(() => dataset.actors.map((a) => dataset.meetingsOf(a.id).length)))[1]],
];
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}; N = ${size.toLocaleString("en")} meetings`);
console.log(`Parquet written (meetings + participants) in ${ms(writeMs)} ms; loaded into DuckDB tables in ${ms(loadMs)} ms.\n`);
console.log("| question | DuckDB (ms, median) | TypeScript helpers (ms, median) |");
console.log("| --- | ---: | ---: |");
for (const [name, duck, ts] of rows) console.log(`| ${name} | ${ms(duck)} | ${ms(ts)} |`);
db.closeSync();
rmSync(dir, { recursive: true, force: true });
