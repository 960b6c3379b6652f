import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as bundled from "../dist/index.js";
import { createDataset, ValidationError } from "../dist/dataset.js";

const { actors, meetings, agreements, sources } = bundled;

// The events of the first report and the reports around it, over today's actors and sources: the
// exact answers below are about those events, which the later coverage does not change.
const SEED_EVENTS = new Set([
  "al-shatri-damascus-visit-2024-12", "al-shatri-damascus-visit-2025-04", "al-shatri-damascus-visit-2025-08-28",
  "amman-conference-2025", "hussein-al-shibani-baghdad-2025-03-14", "safadi-al-shibani-amman-2025-01-07",
  "five-nation-operations-centre-agreement", "syria-jordan-border-security-committee-agreement",
]);
const inFirst = (id: string) => SEED_EVENTS.has(id);
const seed = createDataset({ actors, sources, meetings: meetings.filter((m) => inFirst(m.id)), agreements: agreements.filter((a) => inFirst(a.id)), redirects: bundled.redirects });

describe("query helpers on the seed data", () => {
  it("meetingsOf: Fuad Hussein's meetings, in date order", () => {
    expect(seed.meetingsOf("fuad-hussein").map((m) => m.id)).toEqual(["amman-conference-2025", "hussein-al-shibani-baghdad-2025-03-14"]);
  });

  it("meetingsOf Iraq with affiliated: true includes the Hussein–Al-Shibani meeting", () => {
    expect(seed.meetingsOf("iraq").map((m) => m.id)).not.toContain("hussein-al-shibani-baghdad-2025-03-14");
    expect(seed.meetingsOf("iraq", { affiliated: true }).map((m) => m.id)).toContain("hussein-al-shibani-baghdad-2025-03-14");
  });

  it("between Syria and Jordan gives their committee agreement, the operations centre and the Amman meeting", () => {
    const both = ["syria-jordan-border-security-committee-agreement", "five-nation-operations-centre-agreement"];
    expect(seed.between("syria", "jordan").agreements.map((a) => a.id)).toEqual(both);
    expect(seed.between("jordan", "syria").agreements.map((a) => a.id)).toEqual(both);
    expect(seed.between("syria", "jordan").meetings.map((m) => m.id)).toEqual(["amman-conference-2025"]);
    expect(seed.between("asaad-al-shibani", "ayman-safadi").meetings.map((m) => m.id)).toEqual(["safadi-al-shibani-amman-2025-01-07"]);
  });

  it("participantsOf, partiesOf and counterparts", () => {
    expect(seed.participantsOf("hussein-al-shibani-baghdad-2025-03-14").map((p) => p.actor.name)).toEqual(["Fuad Hussein", "Asaad Al-Shibani", "Qasim al-Araji", "Hamid Al-Shatri"]);
    expect(seed.partiesOf("syria-jordan-border-security-committee-agreement").map((p) => p.actor.id)).toEqual(["syria", "jordan"]);
    const counterparts = seed.counterparts("hamid-al-shatri");
    expect(counterparts[0]).toMatchObject({ actor: { id: "ahmed-al-sharaa" }, meetings: 3, agreements: 0, total: 3 });
    expect(counterparts.find((c) => c.actor.id === "syria")).toMatchObject({ meetings: 2, total: 2 });
  });

  it("positionsOf and membersOf", () => {
    const roles = seed.positionsOf("fuad-hussein").map((p) => `${p.via}:${p.tenure.role}:${p.of}`);
    expect(roles).toEqual(expect.arrayContaining(["position:Foreign Minister:iraq", "membership:member:iraq-national-security-crisis-cell"]));
    expect(seed.membersOf("sovereignty-alliance").map((m) => m.person.id)).toEqual(["khamis-al-khanjar"]);
  });

  it("search: Shaibani finds Al-Shibani, Turkey finds Türkiye, fuad finds Fuad Hussein", () => {
    expect(seed.search("Shaibani")[0]?.record.id).toBe("asaad-al-shibani");
    expect(seed.search("al-shibani")[0]?.record.id).toBe("asaad-al-shibani");
    expect(seed.search("Turkey")[0]?.record.id).toBe("turkiye");
    expect(seed.search("TÜRKIYE")[0]?.record.id).toBe("turkiye");
    expect(seed.search("fuad")[0]?.record.id).toBe("fuad-hussein");
    expect(seed.search("crisis cell", { kinds: ["actor"] })[0]?.record.id).toBe("iraq-national-security-crisis-cell");
    expect(seed.search("fuad", { kinds: ["meeting"] })).toEqual([
      expect.objectContaining({ kind: "meeting", record: expect.objectContaining({ id: "hussein-al-shibani-baghdad-2025-03-14" }) }),
    ]);
    expect(seed.search("zzz")).toEqual([]);
    expect(seed.search("iraq", { limit: 1 })).toHaveLength(1);
  });

  it("timeline merges meetings and agreements in date order, partial dates at their start", () => {
    const events = seed.timeline({ kinds: ["meeting", "agreement"] }).map((e) => `${e.date} ${e.record.id}`);
    expect(events).toEqual([
      "2024-12-26 al-shatri-damascus-visit-2024-12",
      "2025-01-07 safadi-al-shibani-amman-2025-01-07",
      "2025-01-07 syria-jordan-border-security-committee-agreement",
      "2025-03-09 amman-conference-2025",
      "2025-03-09 five-nation-operations-centre-agreement",
      "2025-03-14 hussein-al-shibani-baghdad-2025-03-14",
      "2025-04 al-shatri-damascus-visit-2025-04",
      "2025-08-28 al-shatri-damascus-visit-2025-08-28",
    ]);
    expect(seed.timeline({ from: "2025-04-30", to: "2025-05", kinds: ["meeting"] }).map((e) => e.record.id)).toEqual([
      "al-shatri-damascus-visit-2025-04",
    ]);
    expect(seed.timeline({ from: "2025-02-01", to: "2025-03-08", kinds: ["meeting", "agreement"] })).toEqual([]);
    const changes = seed.timeline({ kinds: ["position-start"], actors: ["syria"] }).map((e) => `${e.date} ${e.record.id}`);
    expect(changes).toEqual(["2024-12-21 asaad-al-shibani", "2025-01-29 ahmed-al-sharaa"]);
  });

  it("graph links actors who met or agreed", () => {
    const { nodes, edges } = seed.graph();
    expect(edges).toContainEqual(expect.objectContaining({ source: "jordan", target: "syria", weight: 3, meetings: ["amman-conference-2025"] }));
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["asaad-al-shibani", "fuad-hussein"]));
    const before2025 = seed.graph({ at: "2024-12-31" });
    expect(before2025.nodes.map((n) => n.id)).toEqual(["ahmed-al-sharaa", "anas-khattab", "asaad-al-shibani", "hamid-al-shatri", "syria"]);
    expect(before2025.edges).toHaveLength(10);
  });
});

describe("date boundaries (a partial date is an interval)", () => {
  const m = (id: string, date?: string) => ({
    id, title: `Meeting ${id}`, kind: "talks", ...(date ? { date: { value: date } } : {}),
    participants: [{ actor: "a", citations: [{ source: "s", note: "Our words." }] }], citations: [{ source: "s", note: "Our words." }],
  });
  const dataset = createDataset({
    actors: [{ kind: "state", id: "a", name: "A", iso3166Alpha2: "AA", iso3166Alpha3: "AAA", citations: [{ source: "s", note: "Our words." }] }],
    meetings: [m("month", "2025-01"), m("day-first", "2025-01-01"), m("year", "2025"), m("last-day", "2025-01-31"), m("undated"), m("dec", "2024-12-31")],
    agreements: [],
    sources: [{ id: "s", title: "Source", publisher: "a", url: "https://example.org/", published: { value: "2026" }, language: "en", textHeld: false }],
  });
  const of = (options?: object) => dataset.meetingsOf("a", options).map((x) => x.id);

  it("sorts at the start, day-precise first on ties, undated last", () => {
    expect(of()).toEqual(["dec", "day-first", "month", "year", "last-day", "undated"]);
  });
  it("keeps every record whose interval overlaps [from, to]", () => {
    expect(of({ from: "2025-01-31" })).toEqual(["month", "year", "last-day"]);
    expect(of({ to: "2024-12-31" })).toEqual(["dec"]);
    expect(of({ to: "2024-12" })).toEqual(["dec"]);
    expect(of({ from: "2025-02", to: "2025-02" })).toEqual(["year"]);
    expect(of({ from: "2024-12-31", to: "2025-01-01" })).toEqual(["dec", "day-first", "month", "year"]);
    expect(of({ from: "2026" })).toEqual([]);
  });
});

describe("arguments", () => {
  it("unknown ids give empty results, never throw", () => {
    // Typed as plain strings, as ids read at run time are: a literal typo would not compile.
    const nobody: string = "nobody";
    const noMeeting: string = "no-meeting";
    expect(bundled.meetingsOf(nobody)).toEqual([]);
    expect(bundled.between(nobody, "iraq")).toEqual({ meetings: [], agreements: [] });
    expect(bundled.participantsOf(noMeeting)).toEqual([]);
    expect(bundled.counterparts(nobody)).toEqual([]);
    expect(bundled.membersOf(nobody)).toEqual([]);
    expect(bundled.positionsOf("iraq")).toEqual([]);
  });
  it("malformed arguments throw a TypeError naming the argument", () => {
    expect(() => bundled.meetingsOf("iraq", { from: "March 2025" })).toThrow(new TypeError('from must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "March 2025"'));
    expect(() => bundled.timeline({ to: "2025-13" })).toThrow(/^to must be an ISO date/);
    expect(() => bundled.membersOf("iraq", { at: "yesterday" })).toThrow(/^at must be an ISO date/);
    expect(() => bundled.getActor(42 as unknown as string)).toThrow(/^id must be a string/);
    expect(() => bundled.search("x", { limit: -1 })).toThrow(TypeError);
    expect(() => bundled.search("x", { kinds: ["people" as "actor"] })).toThrow(/^kinds must hold only actor, meeting, agreement, source/);
  });
  it("a list argument with a value outside its vocabulary throws a TypeError naming it, not an empty result", () => {
    // In JavaScript (or from user input) a typo would otherwise match nothing, silently.
    expect(() => bundled.timeline({ kinds: ["meetings" as "meeting"] })).toThrow(
      new TypeError('kinds must hold only meeting, agreement, position-start, position-end; got "meetings"'),
    );
    expect(() => bundled.timeline({ topics: ["border security"] })).toThrow(/^topics must hold only counter-terrorism, border-security, .*; got "border security"$/);
    expect(() => bundled.timeline({ actors: "iraq" as unknown as string[] })).toThrow(/^actors must be an array of ids/);
    expect(() => bundled.meetingsOf("iraq", { status: ["live" as "reported"] })).toThrow(/^status must hold only reported, confirmed, denied, disputed; got "live"$/);
    expect(() => bundled.membersOf("iraq", { status: "reported" as unknown as ["reported"] })).toThrow(/^status must be an array/);
    expect(() => bundled.participantsOf("amman-conference-2025", { status: ["Reported" as "reported"] })).toThrow(/^status must hold only/);
    // The same lists, well formed, still filter.
    expect(bundled.timeline({ kinds: ["agreement"] }).every((event) => event.type === "agreement")).toBe(true);
    expect(bundled.timeline({ kinds: ["agreement"] }).length).toBe(bundled.agreements.filter((a) => a.date !== undefined).length);
    expect(bundled.timeline({ topics: ["border-security"], kinds: ["meeting"] }).map((event) => event.record.id)).toEqual(
      bundled.timeline({ kinds: ["meeting"] }).filter((event) => event.type === "meeting" && event.record.topics.includes("border-security")).map((event) => event.record.id),
    );
  });
});

describe("createDataset", () => {
  it("the main entry exports the bundled redirects, as the package's JSON has them", () => {
    expect(bundled.redirects).toEqual(JSON.parse(readFileSync("dist/data/redirects.json", "utf8")));
    expect(Object.isFrozen(bundled.redirects)).toBe(true);
    expect(createDataset(bundled).redirects).toEqual(bundled.redirects);
  });

  it("accepts the bundled data plus a user's own records", () => {
    const mine = {
      id: "my-meeting", title: "My meeting", kind: "talks", date: { value: "2025-03" },
      participants: [{ actor: "fuad-hussein", citations: [{ source: "shafaq-2025-03-20-iraq-crisis-cell", quote: "Fuad Hussein" }] }],
      citations: [{ source: "shafaq-2025-03-20-iraq-crisis-cell", quote: "Fuad Hussein" }],
    };
    const dataset = createDataset({ actors, meetings: [...meetings, mine], agreements, sources });
    const ids = dataset.meetingsOf("fuad-hussein").map((m) => m.id);
    expect(ids.filter((id) => id !== "my-meeting")).toEqual(bundled.meetingsOf("fuad-hussein").map((m) => m.id));
    // A month-precise date sorts at the month's start: before the day-precise meetings of March.
    expect(dataset.meetingsOf("fuad-hussein", { from: "2025-03", to: "2025-03" }).map((m) => m.id)[0]).toBe("my-meeting");
    expect(Object.isFrozen(dataset.getMeeting("my-meeting"))).toBe(true);
  });

  it("throws a ValidationError listing every problem, and builds nothing", () => {
    const bad = [
      { ...meetings[0], participants: [{ actor: "nobody", citations: [{ source: "shafaq-2025-03-20-iraq-crisis-cell", quote: "x y z" }] }] },
      { id: "Bad Id", title: "x" },
    ];
    let error: unknown;
    try {
      createDataset({ actors, meetings: bad, agreements, sources });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "meetings", id: "Bad Id", path: "id" }),
        expect.objectContaining({ kind: "meetings", id: "Bad Id", path: "kind" }),
        expect.objectContaining({ kind: "meetings", id: meetings[0]!.id, path: "participants.0.actor", message: 'unknown actor "nobody"' }),
      ]),
    );
    expect((error as Error).message).toMatch(/^Invalid dataset \(\d+ problems\):/);
    // The record that failed its schema was not cross-checked, and the error says so; the one
    // that parsed (with its unknown actor) was.
    expect((error as ValidationError).unchecked).toEqual([{ kind: "meetings", id: "Bad Id" }]);
    expect((error as Error).message).toMatch(/\nNot yet checked against the rest of the data .*: meetings\/Bad Id\. .*more may show\.$/);
    try {
      createDataset({ actors, meetings: [{ ...meetings[0], participants: [{ actor: "nobody", citations: meetings[0]!.citations }] }], agreements, sources });
      expect.unreachable();
    } catch (caught) {
      expect((caught as ValidationError).unchecked).toEqual([]);
      expect((caught as Error).message).not.toContain("Not yet checked");
    }
  });

  it("resolves redirects in get* and in the other helpers", () => {
    const dataset = createDataset({
      actors, meetings, agreements, sources,
      redirects: { "fuad-husein": { to: "fuad-hussein", reason: "renamed", since: "0.2.0" }, "old-name": { to: "fuad-husein", reason: "merged" } },
    });
    expect(dataset.getActor("old-name")?.id).toBe("fuad-hussein");
    expect(dataset.resolveId("old-name").via.map((r) => r.from)).toEqual(["old-name", "fuad-husein"]);
    expect(dataset.meetingsOf("fuad-husein")).toEqual(dataset.meetingsOf("fuad-hussein"));
    expect(() => createDataset({ actors, meetings, agreements, sources, redirects: { iraq: { to: "syria", reason: "merged" } } })).toThrow(
      /"iraq" is retired but a record still has this id/,
    );
    // A dataset built from this one keeps its redirects when they are passed on, and so does one
    // rebuilt from its JSON.
    expect(Object.isFrozen(dataset.redirects)).toBe(true);
    const extended = createDataset({ ...dataset, meetings: [...dataset.meetings, { ...meetings[0], id: "my-meeting" }] });
    expect(extended.getActor("old-name")?.id).toBe("fuad-hussein");
    expect(extended.getMeeting("my-meeting")?.id).toBe("my-meeting");
    const rebuilt = createDataset(JSON.parse(JSON.stringify(dataset)));
    expect(rebuilt.redirects).toEqual(dataset.redirects);
    expect(rebuilt.resolveId("old-name").id).toBe("fuad-hussein");
    try {
      createDataset({ actors, meetings, agreements, sources, redirects: { "old-id": { to: "iraq", reason: "moved" } } });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([expect.objectContaining({ kind: "redirects", id: "old-id", path: "reason" })]);
    }
  });
});
