import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bindDataset } from "../src/query/dataset.js";
import type { DatasetRecordsReadonly } from "../src/query/types.js";
import { datasetArbitrary, datedDatasetArbitrary, partialDate, rangeOptions } from "./helpers/arbitrary.js";
import {
  naiveAgreementsOf,
  naiveAsOf,
  naiveBetween,
  naiveContested,
  naiveCounterparts,
  naiveGraphEdges,
  naiveMeetingsOf,
  naiveTimeline,
} from "./helpers/naive.js";
import { propertyRuns } from "./helpers/property-runs.js";

// A fixed seed: the same datasets on every run, so a failure is reproduced by running again.
const RUNS = propertyRuns(300, { seed: 26 });
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
const byId = <R extends { id: string }>(records: readonly R[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** The records as plain JSON, each kind in id order (a Dataset lists them so). */
const plain = (data: DatasetRecordsReadonly) =>
  JSON.parse(JSON.stringify({ actors: byId(data.actors), meetings: byId(data.meetings), agreements: byId(data.agreements), sources: byId(data.sources) }));
const counted = (list: readonly { actor: { id: string }; meetings: number; agreements: number; total: number; latest: string | undefined }[]) =>
  list.map((c) => ({ id: c.actor.id, meetings: c.meetings, agreements: c.agreements, total: c.total, latest: c.latest }));
const statuses = fc.option(fc.subarray(["reported", "confirmed", "denied", "disputed"] as const, { minLength: 1 }), { nil: undefined });

describe("asOf: the record as the public could know it on a day", () => {
  it("equals the naive reference: citations by publication date, statuses recomputed, claims re-selected, references dropped", () => {
    fc.assert(
      fc.property(datedDatasetArbitrary, partialDate, (data, date) => {
        expect(plain(bindDataset(data).asOf(date))).toEqual(plain(naiveAsOf(data, date)));
      }),
      RUNS,
    );
  });

  it("is the same dataset when asked again for the same day, and the whole dataset after the last publication", () => {
    fc.assert(
      fc.property(datedDatasetArbitrary, partialDate, (data, date) => {
        const once = bindDataset(data).asOf(date);
        expect(plain(once.asOf(date))).toEqual(plain(once));
        const all = bindDataset(data).asOf("9999");
        expect(plain(all)).toEqual(plain(naiveAsOf(data, "9999")));
        for (const kind of ["meetings", "agreements", "sources"] as const) expect(ids(all[kind])).toEqual(ids(byId<{ id: string }>(data[kind])));
      }),
      RUNS,
    );
  });

  it("never upgrades a status, and keeps only citations of sources published by then", () => {
    const rank = { reported: 0, confirmed: 1, disputed: 1, denied: 1 } as const;
    fc.assert(
      fc.property(datedDatasetArbitrary, partialDate, (data, date) => {
        const dataset = bindDataset(data);
        const past = dataset.asOf(date);
        const published = new Map(past.sources.map((s) => [s.id, s]));
        for (const kind of ["meetings", "agreements", "actors"] as const) {
          for (const record of past[kind]) {
            const original = (dataset[kind] as readonly { id: string; status: keyof typeof rank }[]).find((r) => r.id === record.id)!;
            expect(record.status === original.status || record.status === "reported").toBe(true);
            for (const citation of record.citations) expect(published.has(citation.source)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("gives every helper the answers the naive helpers give on the naive asOf records", () => {
    fc.assert(
      fc.property(datedDatasetArbitrary, partialDate, fc.nat(), rangeOptions, (data, date, i, options) => {
        const past = bindDataset(data).asOf(date);
        const reference = naiveAsOf(data, date);
        const actor = data.actors[i % data.actors.length]!.id;
        expect(ids(past.meetingsOf(actor, options))).toEqual(ids(naiveMeetingsOf(reference, actor, options)));
        expect(ids(past.agreementsOf(actor, options))).toEqual(ids(naiveAgreementsOf(reference, actor, options)));
        expect(counted(past.counterparts(actor, options))).toEqual(naiveCounterparts(reference, actor, options));
        expect(past.contested().map((f) => `${f.kind} ${f.record.id} ${f.path} ${f.status} ${f.date}`)).toEqual(naiveContested(reference).map((f) => f.line));
      }),
      RUNS,
    );
  });
});

describe("contested: every denied or disputed fact with both sides", () => {
  it("equals the naive scan, with kinds and status filters", () => {
    const filters = fc.record(
      {
        kinds: fc.subarray(["actor", "meeting", "agreement"] as const, { minLength: 1 }),
        status: fc.subarray(["denied", "disputed"] as const, { minLength: 1 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(datedDatasetArbitrary, filters, (data, options) => {
        const got = bindDataset(data)
          .contested(options)
          .map((f) => ({ line: `${f.kind} ${f.record.id} ${f.path} ${f.status} ${f.date}`, sides: f.sides.map((s) => `${s.stance} ${JSON.stringify(s.value)} ${s.citations.length}`) }));
        expect(got).toEqual(naiveContested(data, options));
      }),
      RUNS,
    );
  });
});

describe("counterparts: excludeOwnSide, kinds, and ties to the most recent", () => {
  it("equals the naive scan", () => {
    const extra = fc.record(
      { excludeOwnSide: fc.boolean(), kinds: fc.subarray(["state", "person", "organization"] as const, { minLength: 1 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(datedDatasetArbitrary, fc.nat(), rangeOptions, extra, (data, i, options, more) => {
        const actor = data.actors[i % data.actors.length]!.id;
        const query = { ...options, ...more };
        expect(counted(bindDataset(data).counterparts(actor, query))).toEqual(naiveCounterparts(data, actor, query));
      }),
      RUNS,
    );
  });
});

describe("affiliated means the same on every helper that takes an actor", () => {
  it("meetingsOf, agreementsOf, between, counterparts, timeline and graph({ foldTo: 'state' }) against one naive definition", () => {
    const bodies = fc.array(fc.constantFrom("state-0", "state-1", "org-0", "person-0"), { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(fc.oneof(datasetArbitrary, datedDatasetArbitrary), fc.nat(), fc.nat(), rangeOptions, bodies, statuses, (data, i, j, range, actors, status) => {
        const dataset = bindDataset(data);
        const options = { from: range.from, to: range.to, status, affiliated: true };
        const a = data.actors[i % data.actors.length]!.id;
        const b = data.actors[j % data.actors.length]!.id;
        expect(ids(dataset.meetingsOf(a, options))).toEqual(ids(naiveMeetingsOf(data, a, options)));
        expect(ids(dataset.agreementsOf(a, options))).toEqual(ids(naiveAgreementsOf(data, a, options)));
        const shared = dataset.between(a, b, options);
        const want = naiveBetween(data, a, b, options);
        expect([ids(shared.meetings), ids(shared.agreements)]).toEqual([ids(want.meetings), ids(want.agreements)]);
        expect(counted(dataset.counterparts(a, options))).toEqual(naiveCounterparts(data, a, options));
        const events = dataset.timeline({ ...options, actors }).map((e) => ({ type: e.type, date: e.date, id: e.record.id }));
        expect(events).toEqual(naiveTimeline(data, { ...options, actors }));
        const folded = dataset.graph({ from: range.from, to: range.to, status, foldTo: "state" });
        expect(folded.edges.map((e) => `${e.source}|${e.target}:${e.weight}`).sort()).toEqual(naiveGraphEdges(data, { from: range.from, to: range.to, status, foldTo: "state" }));
        expect(folded.nodes.every((node) => node.kind === "state")).toBe(true);
        // A folded edge counts exactly the events between() finds for the two states with affiliated.
        for (const edge of folded.edges) {
          const pair = dataset.between(edge.source, edge.target, { from: range.from, to: range.to, status, affiliated: true });
          expect([...edge.meetings].sort()).toEqual(ids(pair.meetings).sort());
          expect([...edge.agreements].sort()).toEqual(ids(pair.agreements).sort());
        }
      }),
      RUNS,
    );
  });
});
