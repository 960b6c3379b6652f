import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bindDataset } from "../src/query/dataset.js";
import { dateIndex } from "../src/query/indexes.js";
import { datasetArbitrary, partialDate, rangeOptions } from "./helpers/arbitrary.js";
import {
  byDate,
  naiveAgreementsOf,
  naiveBetween,
  naiveCounterparts,
  naiveGraphEdges,
  naiveMeetingsOf,
  naiveInvolvements,
  naiveMembersOf,
  naivePositionsOf,
  naiveSearchIds,
  naiveTimeline,
} from "./helpers/naive.js";
import { propertyRuns } from "./helpers/property-runs.js";

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
const RUNS = propertyRuns(300);

const withActor = fc.tuple(datasetArbitrary, fc.nat(), fc.nat(), rangeOptions);

describe("indexed helpers return exactly what a naive scan returns", () => {
  it("meetingsOf and agreementsOf, with ranges, statuses and affiliations", () => {
    fc.assert(
      fc.property(withActor, ([data, i, , options]) => {
        const dataset = bindDataset(data);
        const actor = data.actors[i % data.actors.length]!.id;
        expect(ids(dataset.meetingsOf(actor, options))).toEqual(ids(naiveMeetingsOf(data, actor, options)));
        expect(ids(dataset.agreementsOf(actor, options))).toEqual(ids(naiveAgreementsOf(data, actor, options)));
      }),
      RUNS,
    );
  });

  it("between", () => {
    fc.assert(
      fc.property(withActor, ([data, i, j, options]) => {
        const dataset = bindDataset(data);
        const a = data.actors[i % data.actors.length]!.id;
        const b = data.actors[j % data.actors.length]!.id;
        const got = dataset.between(a, b, options);
        const want = naiveBetween(data, a, b, options);
        expect(ids(got.meetings)).toEqual(ids(want.meetings));
        expect(ids(got.agreements)).toEqual(ids(want.agreements));
      }),
      RUNS,
    );
  });

  it("counterparts", () => {
    fc.assert(
      fc.property(withActor, ([data, i, , options]) => {
        const dataset = bindDataset(data);
        const actor = data.actors[i % data.actors.length]!.id;
        const got = dataset.counterparts(actor, options).map((c) => ({ id: c.actor.id, meetings: c.meetings, agreements: c.agreements, total: c.total, latest: c.latest }));
        expect(got).toEqual(naiveCounterparts(data, actor, options));
      }),
      RUNS,
    );
  });

  it("membersOf with and without a date", () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.nat(), fc.option(partialDate, { nil: undefined }), (data, i, at) => {
        const dataset = bindDataset(data);
        const org = data.actors[i % data.actors.length]!.id;
        const got = dataset.membersOf(org, at === undefined ? {} : { at }).map((m) => `${m.person.id}:${m.tenure.role}`);
        expect(got.sort()).toEqual(naiveMembersOf(data, org, at).sort());
      }),
      RUNS,
    );
  });

  it("positionsOf and membersOf with a date and statuses", () => {
    const statuses = fc.option(fc.subarray(["reported", "confirmed", "denied", "disputed"] as const, { minLength: 1 }), { nil: undefined });
    fc.assert(
      fc.property(datasetArbitrary, fc.nat(), fc.option(partialDate, { nil: undefined }), statuses, (data, i, at, status) => {
        const dataset = bindDataset(data);
        const options = { ...(at === undefined ? {} : { at }), ...(status === undefined ? {} : { status }) };
        const actor = data.actors[i % data.actors.length]!.id;
        expect(dataset.positionsOf(actor, options).map((a) => `${a.of}:${a.tenure.role}`)).toEqual(naivePositionsOf(data, actor, at, status));
        const members = dataset.membersOf(actor, options).map((m) => `${m.person.id}:${m.tenure.role}`);
        expect(members.sort()).toEqual(naiveMembersOf(data, actor, at, status).sort());
      }),
      RUNS,
    );
  });

  it("participantsOf and partiesOf, with statuses", () => {
    const statuses = fc.option(fc.subarray(["reported", "confirmed", "denied", "disputed"] as const, { minLength: 1 }), { nil: undefined });
    fc.assert(
      fc.property(datasetArbitrary, fc.nat(), statuses, (data, i, status) => {
        const dataset = bindDataset(data);
        const options = status === undefined ? undefined : { status };
        const show = (list: readonly { actor: { id: string }; status: string }[]) => list.map((p) => `${p.actor.id}:${p.status}`);
        if (data.meetings.length > 0) {
          const meeting = data.meetings[i % data.meetings.length]!.id;
          expect(show(dataset.participantsOf(meeting, options))).toEqual(naiveInvolvements(data, "meetings", meeting, status));
        }
        if (data.agreements.length > 0) {
          const agreement = data.agreements[i % data.agreements.length]!.id;
          expect(show(dataset.partiesOf(agreement, options))).toEqual(naiveInvolvements(data, "agreements", agreement, status));
        }
      }),
      RUNS,
    );
  });

  it("timeline", () => {
    const filters = fc.record(
      {
        actors: fc.array(fc.constantFrom("state-0", "person-0", "person-1", "org-0"), { maxLength: 2 }),
        topics: fc.array(fc.constantFrom("counter-terrorism", "refugees"), { maxLength: 2 }),
        kinds: fc.subarray(["meeting", "agreement", "position-start", "position-end"] as const, { minLength: 1 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(datasetArbitrary, rangeOptions, filters, (data, options, filter) => {
        const dataset = bindDataset(data);
        const query = { ...options, ...filter, affiliated: undefined };
        const got = dataset.timeline(query).map((e) => ({ type: e.type, date: e.date, id: e.record.id }));
        expect(got).toEqual(naiveTimeline(data, query));
      }),
      RUNS,
    );
  });

  it("search finds exactly the records whose names match every query word", () => {
    const queries = fc.constantFrom("shibani", "Al-Shaibani", "TURKEY", "turkiye", "fuad", "oneil", "O’Neil", "kalin", "abd", "talks", "accord 1", "body", "x");
    fc.assert(
      fc.property(datasetArbitrary, queries, (data, text) => {
        const dataset = bindDataset(data);
        const got = dataset.search(text, { limit: 10_000 }).map((hit) => hit.record.id).sort();
        expect(got).toEqual(naiveSearchIds(data, text));
      }),
      RUNS,
    );
  });

  it("graph edges", () => {
    fc.assert(
      fc.property(datasetArbitrary, rangeOptions, (data, options) => {
        const dataset = bindDataset(data);
        const query = { from: options.from, to: options.to, status: options.status };
        const got = dataset.graph(query).edges.map((e) => `${e.source}|${e.target}:${e.weight}`).sort();
        expect(got).toEqual(naiveGraphEdges(data, query));
      }),
      RUNS,
    );
  });
});

describe("the date index", () => {
  it("holds every record in date order, and each precision's dated records in the same order", () => {
    fc.assert(
      fc.property(datasetArbitrary, (data) => {
        const index = dateIndex(data.meetings);
        expect(ids(index.all.map((item) => item.record))).toEqual(ids([...data.meetings].sort(byDate)));
        index.byPrecision.forEach((list, precision) => {
          expect(ids(list.map((item) => item.record))).toEqual(ids(index.all.filter((item) => item.precision === precision).map((item) => item.record)));
        });
      }),
      RUNS,
    );
  });

  it("handles dates before 1970 and far ahead", () => {
    const records = ["0999-12-31", "1969-12", "1970", "9999-12-31", "1969"].map((value, i) => ({ id: `m-${i}`, date: { value } }));
    expect(ids(dateIndex([...records, { id: "m-undated" }]).all.map((item) => item.record))).toEqual(["m-0", "m-4", "m-1", "m-2", "m-3", "m-undated"]);
  });
});
