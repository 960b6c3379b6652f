import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actors, agreements, meetings, sources } from "../src/index.js";
import { dayRange, endKey, isPartialIsoDate } from "../src/core/dates.js";
import { foldName, foldUnicode, foldWords } from "../src/core/normalize.js";
import { createDataset } from "../src/dataset.js";
import type { DatasetRecords } from "../src/schema/dataset.js";
import { crossCheck } from "../src/validate/cross-check.js";
import { formatIssue } from "../src/validate/errors.js";
import { validateDataset } from "../src/validate/schema-check.js";
import { datasetArbitrary } from "./helpers/arbitrary.js";
import { unfrozen } from "./helpers/frozen.js";
import { propertyRuns } from "./helpers/property-runs.js";

const RUNS = propertyRuns(300);
const byId = <R extends { id: string }>(records: readonly R[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const issueSet = (data: DatasetRecords) => crossCheck(data).map(formatIssue).sort();

describe("crossCheck gives the same issues whatever the order of meetings and agreements", () => {
  // Random datasets, some with an id repeated within a kind or across kinds, checked once with
  // meetings and agreements in id order (as canonical JSON comes) and once shuffled.
  const withDuplicates = fc.tuple(datasetArbitrary, fc.nat(), fc.nat(), fc.constantFrom("none", "within", "across"), fc.nat());

  it("on random datasets with repeated ids", () => {
    fc.assert(
      fc.property(withDuplicates, ([data, i, j, duplicate, seed]) => {
        const meetingList = data.meetings.map((m) => ({ ...m }));
        const agreementList = data.agreements.map((a) => ({ ...a }));
        if (duplicate === "within" && meetingList.length > 1) meetingList[i % meetingList.length]!.id = meetingList[j % meetingList.length]!.id;
        if (duplicate === "across" && meetingList.length > 0) {
          const target = [...data.actors, ...agreementList][j % (data.actors.length + agreementList.length)]!;
          meetingList[i % meetingList.length]!.id = target.id;
        }
        const shuffle = <T>(list: T[]) => list.map((item, k) => [(k * 7919 + seed) % 1009, item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
        const base = { actors: data.actors, sources: data.sources } as unknown as DatasetRecords;
        const sorted = issueSet({ ...base, meetings: byId(meetingList), agreements: byId(agreementList) } as unknown as DatasetRecords);
        const shuffled = issueSet({ ...base, meetings: shuffle(meetingList), agreements: shuffle(agreementList) } as unknown as DatasetRecords);
        expect(sorted).toEqual(shuffled);
        const repeated = duplicate === "within" ? meetingList.length > 1 && i % meetingList.length !== j % meetingList.length : duplicate === "across" && meetingList.length > 0;
        if (repeated) expect(sorted.some((issue) => issue.includes("duplicate id"))).toBe(true);
      }),
      RUNS,
    );
  });

  it("finds a meeting id that an agreement also uses, in id order and out of it", () => {
    const clash = { ...agreements[0]!, id: meetings[0]!.id, reachedAt: undefined };
    for (const order of [byId, <T>(list: readonly T[]) => [...list].reverse()]) {
      const issues = crossCheck({ actors, meetings: order(meetings), agreements: order([...agreements, clash]), sources } as unknown as DatasetRecords);
      expect(issues).toContainEqual(
        expect.objectContaining({ kind: "agreements", id: meetings[0]!.id, path: "id", message: `duplicate id: "${meetings[0]!.id}" is already used by a record in meetings` }),
      );
    }
  });
});

describe("schema issues are in the package's words, one per problem", () => {
  // zod's own wording, which a data editor should never see.
  const ZOD_WORDING = /Invalid input|Invalid option|Invalid discriminator|Too small|Too big|Unrecognized key|expected .* received/;
  const meeting = meetings[0]! as unknown as Record<string, unknown>;
  const fields = [...Object.keys(meeting), "venue"];

  it("for any field of a meeting set to any JSON value: no zod wording, and never two issues at one path", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }), (field, value) => {
        const { issues } = validateDataset({ meetings: [{ ...meeting, [field]: value }] });
        const schemaIssues = issues.filter((issue) => issue.id === meeting.id || issue.kind === "meetings");
        for (const issue of schemaIssues) expect(issue.message).not.toMatch(ZOD_WORDING);
        const paths = schemaIssues.map((issue) => issue.path);
        expect(new Set(paths).size).toBe(paths.length);
      }),
      RUNS,
    );
  });

  it("a date that is not ISO gives one issue, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }).filter((text) => !isPartialIsoDate(text)), (text) => {
        const { issues } = validateDataset({ meetings: [{ ...meeting, date: { value: text } }] });
        expect(issues.filter((issue) => issue.path === "date.value")).toHaveLength(1);
      }),
      RUNS,
    );
  });
});

describe("createDataset hands out only frozen records", () => {
  it("from every helper, though each kind is frozen only when first read", () => {
    const dataset = createDataset({ actors, meetings, agreements, sources });
    const outputs = {
      actors: dataset.actors.map((actor) => actor),
      getActor: dataset.getActor("fuad-hussein"),
      getMeeting: dataset.getMeeting(meetings[0]!.id),
      getAgreement: dataset.getAgreement(agreements[0]!.id),
      getSource: dataset.getSource(sources[0]!.id),
      meetingsOf: dataset.meetingsOf("iraq", { affiliated: true }),
      agreementsOf: dataset.agreementsOf("syria"),
      participantsOf: dataset.participantsOf(meetings[0]!.id),
      partiesOf: dataset.partiesOf(agreements[0]!.id),
      between: dataset.between("syria", "jordan"),
      membersOf: dataset.membersOf("iraq"),
      positionsOf: dataset.positionsOf("fuad-hussein"),
      timeline: dataset.timeline().map((event) => event.record),
      search: dataset.search("shibani").map((hit) => hit.record),
    };
    for (const [helper, output] of Object.entries(outputs)) {
      // Only the records inside a helper's result must be frozen, not the result arrays it builds.
      const records = (Array.isArray(output) ? output : [output]).flatMap((item) => (item && typeof item === "object" && "actor" in item && typeof item.actor === "object" ? [item.actor] : [item]));
      expect({ helper, unfrozen: records.flatMap((record) => (record && typeof record === "object" && "id" in record ? unfrozen(record) : [])) }).toEqual({ helper, unfrozen: [] });
    }
    for (const kind of ["actors", "meetings", "agreements", "sources"] as const) expect(unfrozen(dataset[kind])).toEqual([]);
  });

  it("and leaves the caller's input objects as they were", () => {
    const mine = structuredClone(meetings[0]!) as unknown as Record<string, unknown>;
    const dataset = createDataset({ actors, meetings: [mine], agreements: [], sources });
    dataset.meetingsOf("iraq");
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(dataset.meetings[0])).toBe(true);
  });
});

describe("foldWords", () => {
  /** The full Unicode fold, for any text: the reference the ASCII fast path must match. */
  const reference = (text: string) => foldUnicode(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "" && word !== "al" && word !== "el");

  it("folds printable ASCII on its fast path exactly as the Unicode path does", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\x20-\x7e]{0,30}$/), (text) => {
        expect(foldWords(text)).toEqual(reference(text));
      }),
      propertyRuns(1000),
    );
  });

  it("folds names made of articles, apostrophes and separators as the Unicode path does", () => {
    // Random ASCII rarely spells "al" as a word: these names are built from words that often do.
    const word = fc.oneof(fc.constantFrom("al", "Al", "AL", "el", "El", "ali", "ela", "O'Neil", "d`Or", "Al'Sharaa", "el`", "'", "x9"), fc.stringMatching(/^[\x20-\x7e]{0,6}$/));
    const separator = fc.constantFrom(" ", "-", "--", " - ", ", ", ".", "");
    const name = fc.tuple(fc.array(fc.tuple(word, separator), { maxLength: 6 }), fc.constantFrom("", "Ş", "é", "ı")).map(([parts, extra]) => parts.map(([w, s]) => w + s).join("") + extra);
    fc.assert(
      fc.property(name, (text) => {
        expect(foldWords(text)).toEqual(reference(text));
        expect(foldName(text)).toBe(reference(text).join(""));
      }),
      propertyRuns(2000),
    );
  });

  it("still folds diacritics, dotless i and curly apostrophes", () => {
    expect(foldWords("Hakan Fidan, Kalın’s Türkiye")).toEqual(["hakan", "fidan", "kalins", "turkiye"]);
    expect(foldWords("Al-Shibani O'Neil")).toEqual(["shibani", "oneil"]);
    // An apostrophe joins: "Al'Sharaa" is one word, so its "al" stays.
    expect(foldName("Al'Sharaa")).toBe("alsharaa");
    expect(foldName("Al Sharaa")).toBe("sharaa");
  });
});

describe("endKey", () => {
  // Any year (leap years and centuries included), month boundaries and month ends.
  const anyDate = fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 2 }))
    .map(([year, month, day, precision]) => {
      const y = String(year);
      const m = String(month).padStart(2, "0");
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const d = String(Math.min(day, last)).padStart(2, "0");
      return precision === 0 ? y : precision === 1 ? `${y}-${m}` : `${y}-${m}-${d}`;
    });
  // Pairs in the same or a neighbouring year, so that months and days decide most comparisons.
  const pair = fc.tuple(anyDate, anyDate, fc.integer({ min: -1, max: 1 })).map(([other, date, shift]) => {
    const year = Math.min(9999, Math.max(1000, Number(other.slice(0, 4)) + shift));
    const moved = `${year}${date.slice(4)}`;
    // Keep the day real in the new year (29 February).
    return [other, moved.endsWith("-02-29") && year % 4 !== 0 ? moved.replace(/29$/, "28") : moved] as const;
  });

  it("a date compares after endKey(other) exactly when it starts after other ends", () => {
    fc.assert(
      fc.property(pair, ([other, date]) => {
        expect(date > endKey(other)).toBe(dayRange(date).start > dayRange(other).end);
      }),
      propertyRuns(5000),
    );
  });
});
