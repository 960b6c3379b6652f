/**
 * `npm run bench`: the numbers in docs/performance.md. Runs against the built package (dist/),
 * so it measures what users get. Sizes: BENCH_SIZES=1000,10000 to run fewer; BENCH_ONLY=budgets
 * runs only the whole-process budgets (cold start, type-checking, bundles).
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { bindDataset, comparePartialDates, dateInterval } from "../dist/index.js";
import { createDataset } from "../dist/dataset.js";
import { Actor, Agreement, Meeting, Source } from "../dist/schema.js";
import { bundleSizes, coldImport, typeCheck } from "./package-budgets.js";
import { seededRandom, syntheticDataset, type SyntheticDataset } from "./synthetic.js";

const ROOT = join(import.meta.dirname, "..");
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000,1000000").split(",").map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc (npm run bench does)");

function heapAfterGc(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

/** Median milliseconds per call of `fn` over the inputs, repeating until ~`budgetMs` is spent. */
function timePerCall<T>(inputs: readonly T[], fn: (input: T) => unknown, budgetMs = 200): number {
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  let i = 0;
  do {
    const input = inputs[i % inputs.length]!;
    const start = performance.now();
    fn(input);
    samples.push(performance.now() - start);
    i += 1;
  } while ((performance.now() < deadline || i < 3) && i < 5000);
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const medianOf = (samples: number[]) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(4));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const lines: string[] = [];
const say = (line = "") => {
  console.log(line);
  lines.push(line);
};

say(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`);
say(`Command: npm run bench   (BENCH_SIZES=${SIZES.join(",")})`);
say();

// Whole-process measurements, run first, before the big datasets load the machine (see
// ./package-budgets.ts): cold import, type-checking and bundle size.
const cold = await coldImport(ROOT, 25);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
say("## Cold start (whole processes, medians of 25 interleaved rounds)");
say();
say(`- bare node: ${ms(cold.bareCjs)} ms (CommonJS), ${ms(cold.bareEsm)} ms (ES module)`);
say(`- import main entry (ESM) + getActor: +${ms(cold.esm - cold.bareEsm)} ms; require (CJS) + getActor: +${ms(cold.cjs - cold.bareCjs)} ms (target ≤ +10 ms)`);
say(`- for comparison, import "zod" alone: +${ms(cold.zod - cold.bareEsm)} ms`);
say(`- against countries-list (whole processes to a first answer; budget ≤ 1.00): ${ratio(cold.esm, cold.countriesEsm)} (ESM), ${ratio(cold.cjs, cold.countriesCjs)} (CJS)`);
say(`- with a synthetic tenfold copy of the data (main entry ${(cold.tenfoldBytes / 1e6).toFixed(1)} MB against ${(cold.todayBytes / 1e6).toFixed(1)} MB): +${ms(cold.tenfoldEsm - cold.bareEsm)} ms (ESM), +${ms(cold.tenfoldCjs - cold.bareCjs)} ms (CJS); against countries-list ${ratio(cold.tenfoldEsm, cold.countriesEsm)} (ESM), ${ratio(cold.tenfoldCjs, cold.countriesCjs)} (CJS)`);
say();
const checks = typeCheck(ROOT, 3);
say("## Type-checking a consumer (whole tsc processes, strict, nodenext, medians of 3 interleaved rounds)");
say();
say(`- an empty file: ${(checks.empty / 1000).toFixed(2)} s`);
say(`- \`import { getActor } from "mena-security-data"\` and one call: ${(checks.oneLine / 1000).toFixed(2)} s, ${ratio(checks.oneLine, checks.empty)} the empty file (budget ≤ 1.50×)`);
say(`- for comparison, \`import { z } from "zod"\` and one schema: ${(checks.zod / 1000).toFixed(2)} s`);
say();
const bundles = await bundleSizes(ROOT);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
say("## Browser bundles of getActor (esbuild, minified, gzipped)");
say();
say(`- from mena-security-data/actors: ${kb(bundles.actorsEntry)}, budget ${kb(bundles.actorsJson + 4096)} (the actors' JSON gzipped, ${kb(bundles.actorsJson)}, + 4 KB): ${bundles.actorsEntry <= bundles.actorsJson + 4096 ? "met" : "missed"}`);
say(`- from the main entry (every kind): ${kb(bundles.mainEntry)}`);
say();
if (process.env.BENCH_ONLY === "budgets") {
  writeFileSync(join(ROOT, "bench", "last-run.md"), `${lines.join("\n")}\n`);
  process.exit(0);
}

const schemas = { actors: Actor, meetings: Meeting, agreements: Agreement, sources: Source };
const compiled = { actors: z.compile(Actor), meetings: z.compile(Meeting), agreements: z.compile(Agreement), sources: z.compile(Source) };
const kinds = ["actors", "meetings", "agreements", "sources"] as const;

/**
 * Rounds of the createDataset jobs per size below 10⁶. The per-round ratios spread widely on this
 * machine (their middle half was 0.25 wide in some runs), so the median needs many rounds to settle.
 */
const ROUNDS = 25;

for (const size of SIZES) {
  const raw: SyntheticDataset = syntheticDataset(size, 42);

  // createDataset against zod alone. Each createDataset is compared with zod on the very same
  // input: records in canonical order (sorted by id, as dist/data and any JSON written from a
  // Dataset are; the id tables need no hash map) and in the generator's order (the hash-map path).
  // Every round runs all the jobs once, in a fresh random order, each on a collected heap, so
  // machine noise, GC and order effects fall on all alike; the ratio is taken within each round,
  // and the median and the middle half of the rounds' ratios are reported.
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => ((a.id as string) < (b.id as string) ? -1 : 1);
  const canonical = Object.fromEntries(kinds.map((kind) => [kind, [...raw[kind]].sort(byId)])) as unknown as SyntheticDataset;
  const parseAll = (input: SyntheticDataset) => Object.fromEntries(kinds.map((kind) => [kind, input[kind].map((record) => compiled[kind].parse(record))])) as never;
  const plainParseAll = () => Object.fromEntries(kinds.map((kind) => [kind, raw[kind].map((record) => schemas[kind].parse(record))])) as never;
  const timed = (job: () => unknown) => {
    gc!();
    const begin = performance.now();
    job();
    return performance.now() - begin;
  };
  const jobs = {
    zodCanonical: () => parseAll(canonical),
    zodUnsorted: () => parseAll(raw),
    plain: plainParseAll,
    canonical: () => createDataset(canonical),
    unsorted: () => createDataset(raw),
    readAll: () => {
      const fresh = createDataset(canonical);
      for (const kind of kinds) void fresh[kind];
    },
  };
  type Job = keyof typeof jobs;
  const samples = Object.fromEntries(Object.keys(jobs).map((job) => [job, [] as number[]])) as Record<Job, number[]>;
  const ratios = { canonical: [] as number[], unsorted: [] as number[], readAll: [] as number[] };
  const shuffle = seededRandom(size + 1);
  for (let round = 0; round < (size >= 1_000_000 ? 3 : ROUNDS); round += 1) {
    const order = (Object.keys(jobs) as Job[]).map((job) => [shuffle(), job] as const).sort((a, b) => a[0] - b[0]);
    const took = {} as Record<Job, number>;
    for (const [, job] of order) samples[job].push((took[job] = timed(jobs[job])));
    ratios.canonical.push(took.canonical / took.zodCanonical);
    ratios.unsorted.push(took.unsorted / took.zodUnsorted);
    ratios.readAll.push(took.readAll / took.zodCanonical);
  }
  const [zodMs, zodUnsortedMs, createMs, unsortedMs, readAllMs, plainMs] = (["zodCanonical", "zodUnsorted", "canonical", "unsorted", "readAll", "plain"] as const).map((job) => medianOf(samples[job])) as [number, number, number, number, number, number];
  /** The median of a round's ratios, and the middle half of them when there are enough rounds. */
  const ratio = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.round((sorted.length - 1) * q)]!.toFixed(2);
    return sorted.length >= 8 ? `${at(0.5)}× (middle half of the rounds ${at(0.25)}–${at(0.75)}×)` : `${at(0.5)}×`;
  };
  const base = heapAfterGc();
  const parsed = parseAll(canonical);
  const withRecords = heapAfterGc();
  let start = performance.now();
  const dataset = createDataset(canonical);
  const createOnceMs = performance.now() - start;
  start = performance.now();
  dataset.meetingsOf("state-0");
  dataset.timeline({ from: "2030" });
  const firstQueryMs = performance.now() - start;
  const withDataset = heapAfterGc();

  const beforeIndex = heapAfterGc();
  const plain = bindDataset(parsed);
  plain.search("warm");
  plain.timeline({ from: "2030" });
  const indexBytes = heapAfterGc() - beforeIndex;

  const times = (value: number) => `${(value / zodMs).toFixed(2)}×`;
  say(`## N = ${size.toLocaleString("en")} meetings, ${raw.actors.length.toLocaleString("en")} actors, ${raw.agreements.length.toLocaleString("en")} agreements`);
  say();
  say(`- zod validation alone (compiled schemas, as createDataset uses them), median of ${samples.zodCanonical.length} rounds: ${ms(zodMs)} ms on canonical (id-sorted) records, ${ms(zodUnsortedMs)} ms on unsorted ones; for context, the plain \`Schema.parse\` a user might write: ${ms(plainMs)} ms`);
  say(`- createDataset (zod + the cross-record checks; each kind is frozen, and indexed, when first read), against zod on the same records: ${ms(createMs)} ms = ${ratio(ratios.canonical)} on canonical records (budget ≤ 2×); ${ms(unsortedMs)} ms = ${ratio(ratios.unsorted)} on unsorted records`);
  say(`- createDataset, then a first read of every kind (deep-freezes every record): ${ms(readAllMs)} ms = ${ratio(ratios.readAll)}`);
  say(`- first meetingsOf + timeline after createDataset (freezes meetings and agreements, builds the id, date and per-actor indexes): ${ms(firstQueryMs)} ms; createDataset + first query = ${times(createOnceMs + firstQueryMs)}`);
  const recordBytes = withRecords - base;
  say(
    recordBytes < 4 * 1024 * 1024
      ? `- heap: too small to measure apart from GC noise at this size`
      : `- heap: records ${mb(recordBytes)}, whole dataset from createDataset ${mb(withDataset - withRecords)}, indexes alone ${mb(indexBytes)} = ${(indexBytes / recordBytes).toFixed(2)}× the records (target ≤ 1×)`,
  );
  say();

  const random = seededRandom(size);
  const actorIds = raw.actors.map((actor) => actor.id as string);
  const sampleActors = Array.from({ length: 50 }, () => actorIds[Math.floor(random() * actorIds.length)]!);
  const pairs = sampleActors.map((a) => [a, actorIds[Math.floor(actorIds.length * random() ** 3)]!] as const);
  const windows = Array.from({ length: 50 }, () => {
    const year = 2000 + Math.floor(random() * 26);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    return `${year}-${month}`;
  });
  const names = sampleActors.map((id) => dataset.getActor(id)!.name.split(" ")[0]!.toLowerCase());
  const meetings = dataset.meetings;
  const actors = dataset.actors;
  const naive = {
    getActor: (id: string) => actors.find((actor) => actor.id === id),
    meetingsOf: (id: string) => meetings.filter((m) => m.participants.some((p) => p.actor === id)),
    between: ([a, b]: readonly [string, string]) =>
      meetings.filter((m) => m.participants.some((p) => p.actor === a) && m.participants.some((p) => p.actor === b)),
    timeline: (month: string) => {
      const window = dateInterval(month);
      return meetings
        .filter((m) => {
          if (m.date === undefined) return false;
          const interval = dateInterval(m.date.value);
          return interval.start <= window.end && interval.end >= window.start;
        })
        .sort((a, b) => comparePartialDates(a.date!.value, b.date!.value));
    },
    membersOf: (id: string) => actors.filter((a) => a.kind === "person" && [...a.positions, ...a.memberships].some((t) => t.of === id)),
    search: (text: string) => actors.filter((a) => a.name.toLowerCase().includes(text)),
  };
  const rows: [string, number, number][] = [
    ["getActor", timePerCall(sampleActors, (id) => dataset.getActor(id)), timePerCall(sampleActors, naive.getActor)],
    ["meetingsOf", timePerCall(sampleActors, (id) => dataset.meetingsOf(id)), timePerCall(sampleActors, naive.meetingsOf)],
    ["between", timePerCall(pairs, ([a, b]) => dataset.between(a, b)), timePerCall(pairs, naive.between)],
    ["timeline (one month)", timePerCall(windows, (month) => dataset.timeline({ from: month, to: month, kinds: ["meeting"] })), timePerCall(windows, naive.timeline)],
    ["membersOf", timePerCall(sampleActors.map((_, i) => actorIds[i % 10]!), (id) => dataset.membersOf(id)), timePerCall(sampleActors.map((_, i) => actorIds[i % 10]!), naive.membersOf)],
    ["search (a name's first word)", timePerCall(names, (text) => dataset.search(text, { kinds: ["actor"] })), timePerCall(names, naive.search)],
    ['search ("sha": a prefix of many words)', timePerCall(["sha"], (text) => dataset.search(text, { kinds: ["actor"] })), timePerCall(["sha"], naive.search)],
  ];
  say("| helper | indexed (ms/call, median) | naive Array.filter (ms/call) | speed-up |");
  say("| --- | ---: | ---: | ---: |");
  for (const [name, indexed, scan] of rows) say(`| ${name} | ${ms(indexed)} | ${ms(scan)} | ${(scan / Math.max(indexed, 1e-6)).toFixed(0)}× |`);
  say();
}

// Loading a ~10 MB dataset from JSON: bare JSON.parse vs JSON.parse + bindDataset (trusted data).
let jsonSize = 2000;
let text = JSON.stringify(createDataset(syntheticDataset(jsonSize, 7)));
jsonSize = Math.round((jsonSize * 10 * 1024 * 1024) / text.length);
const big = createDataset(syntheticDataset(jsonSize, 7));
text = JSON.stringify({ actors: big.actors, meetings: big.meetings, agreements: big.agreements, sources: big.sources });
// The three are measured in turn, round after round, so GC and machine noise fall on all alike.
const rounds: [number[], number[], number[]] = [[], [], []];
const jobs = [(t: string) => JSON.parse(t), (t: string) => bindDataset(JSON.parse(t)).getActor("state-0"), (t: string) => bindDataset(JSON.parse(t)).meetingsOf("state-0")];
for (let round = 0; round < 15; round += 1) {
  jobs.forEach((job, i) => {
    // Each job starts on a collected heap, so none pays for the garbage of the one before it.
    gc!();
    const begin = performance.now();
    job(text);
    rounds[i]!.push(performance.now() - begin);
  });
}
const [parseMs, loadMs, loadQueryMs] = rounds.map((samples) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!) as [number, number, number];
say(`## Loading ${(text.length / 1024 / 1024).toFixed(1)} MB of JSON (${jsonSize.toLocaleString("en")} meetings)`);
say();
say(`- bare JSON.parse: ${ms(parseMs)} ms; JSON.parse + bindDataset + getActor: ${ms(loadMs)} ms = ${(loadMs / parseMs).toFixed(2)}× (target ≤ 1.2×)`);
say(`- JSON.parse + bindDataset + meetingsOf (builds the date and per-actor indexes): ${ms(loadQueryMs)} ms = ${(loadQueryMs / parseMs).toFixed(2)}×`);

writeFileSync(join(ROOT, "bench", "last-run.md"), `${lines.join("\n")}\n`);
