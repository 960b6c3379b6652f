import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  actors,
  agreements,
  getActor,
  getAgreement,
  getMeeting,
  getSource,
  meetings,
  membersOf,
  meetingsOf,
  sources,
} from "../dist/index.js";
import { sourcedFacts } from "../src/core/sourced-facts.js";

const HELD = join(import.meta.dirname, "..", "data", "sources", "shafaq-2025-03-20-iraq-crisis-cell.txt");
const REPORT = readFileSync(HELD, "utf8");
const SEED = "shafaq-2025-03-20-iraq-crisis-cell";
// The report as shared with the project: shared/sources/000_a145f47f9ee940d3.txt, which sits
// beside the main clone (not beside a worktree, nor in CI), and its SHA-256.
const SHARED = join(import.meta.dirname, "..", "..", "shared", "sources", "000_a145f47f9ee940d3.txt");
const SHARED_SHA256 = "c29273db6b53d51dc64edc8c270d474e15731a1f5c36d77e0a0495307f00fdba";
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("the seed source", () => {
  it("is the report, with its publication facts", () => {
    const source = getSource(SEED)!;
    expect(source.title).toBe("Source: Iraq forms crisis cell to secure Syria border");
    expect(source.published?.value).toBe("2025-03-20");
    expect(source.url).toBe("https://shafaq.com/en/Iraq/Source-Iraq-forms-crisis-cell-to-secure-Syria-border");
    expect(source.textHeld).toBe(true);
    expect(getActor(source.publisher)?.name).toBe("Shafaq News");
  });

  it("holds the report's text verbatim: byte for byte the shared report", () => {
    expect(sha256(HELD)).toBe(SHARED_SHA256);
  });

  it.skipIf(!existsSync(SHARED))("the recorded SHA-256 is the shared report's (needs shared/ beside the clone)", () => {
    expect(sha256(SHARED)).toBe(SHARED_SHA256);
  });
});

describe("the seed dataset states what the report states", () => {
  it("names the seven states, each in the report", () => {
    // Later reports add third states (hosts and mediators); the report's seven are all there.
    const states = actors.filter((actor) => actor.kind === "state").map((actor) => actor.name);
    expect(states).toEqual(expect.arrayContaining(["Iran", "Iraq", "Jordan", "Kuwait", "Lebanon", "Syria", "Türkiye"]));
    for (const name of ["Iraq", "Syria", "Turkiye", "Iran", "Kuwait", "Jordan", "Lebanon"]) expect(REPORT).toContain(name);
    // The report writes "Turkiye"; "Turkey" is no cited source's spelling, so it is left to search's folding.
    expect(getActor("turkiye")?.aliases).toEqual(["Turkiye"]);
  });

  it("has every named person with their role", () => {
    const roles: [string, string, string][] = [
      ["mohammed-shia-al-sudani", "Prime Minister", "iraq"],
      ["thabet-al-abbasi", "Defense Minister", "iraq"],
      ["fuad-hussein", "Foreign Minister", "iraq"],
      ["hamid-al-shatri", "Intelligence Chief", "iraq"],
      ["khamis-al-khanjar", "leader", "sovereignty-alliance"],
      ["yassin-al-hujaymi", "chargé d'affaires in Damascus", "iraq"],
      ["asaad-al-shibani", "Foreign Minister", "syria"],
    ];
    for (const [id, role, of] of roles) {
      const person = getActor(id);
      expect(person?.kind, id).toBe("person");
      if (person?.kind !== "person") continue;
      expect(person.positions.some((position) => position.role === role && position.of === of), `${id} ${role}`).toBe(true);
    }
  });

  it("has the crisis cell, supervised by the Prime Minister, with its five members", () => {
    const cell = getActor("iraq-national-security-crisis-cell");
    expect(cell?.kind).toBe("organization");
    if (cell?.kind !== "organization") return;
    expect(cell.overseenBy.map((link) => link.actor)).toEqual(["mohammed-shia-al-sudani"]);
    const members = membersOf(cell.id).map((member) => member.person.id).sort();
    expect(members).toEqual(["fuad-hussein", "hamid-al-shatri", "khamis-al-khanjar", "thabet-al-abbasi", "yassin-al-hujaymi"]);
  });

  it("has the other organizations", () => {
    expect(getActor("sovereignty-alliance")).toMatchObject({ kind: "organization", classification: "party-or-alliance" });
    expect(getActor("isis")).toMatchObject({ kind: "organization", classification: "armed-group" });
    expect(getActor("shafaq-news")).toMatchObject({ kind: "organization", classification: "news-outlet" });
    expect(getActor("iraq-strategic-security-center")).toMatchObject({ kind: "organization", lifecycle: "planned" });
  });

  it("dates the Baghdad meeting 2025-03-14 and says the year is inferred", () => {
    const meeting = getMeeting("hussein-al-shibani-baghdad-2025-03-14")!;
    expect(meeting.place).toEqual({ city: "Baghdad", country: "iraq" });
    // The report names the two ministers; a later report of the ministry's account adds two Iraqi officials.
    expect(meeting.participants.map((p) => p.actor).slice(0, 2)).toEqual(["fuad-hussein", "asaad-al-shibani"]);
    const seedDate = meeting.claims?.date?.find((claim) => claim.citations.some((c) => c.source === SEED))?.value ?? meeting.date;
    expect(seedDate?.value).toBe("2025-03-14");
    expect(seedDate?.inferred?.parts).toEqual(["year"]);
    expect(REPORT).toContain("On March 14, Iraqi Foreign Minister Fuad Hussein met");
  });

  it("has Al-Shatri's visit and the Amman Conference", () => {
    expect(meetingsOf("hamid-al-shatri").map((m) => m.place?.city)).toContain("Damascus");
    const amman = getMeeting("amman-conference-2025")!;
    expect(amman.place?.city).toBe("Amman");
    expect(amman.outcomes).toEqual(["five-nation-operations-centre-agreement"]);
  });

  it("has the two agreements", () => {
    const centre = getAgreement("five-nation-operations-centre-agreement")!;
    expect(centre).toMatchObject({ kind: "operations-centre", reachedAt: "amman-conference-2025" });
    expect(centre.establishes).toEqual(["five-nation-operations-centre"]);
    const committee = getAgreement("syria-jordan-border-security-committee-agreement")!;
    expect(committee.parties.map((p) => p.actor).sort()).toEqual(["jordan", "syria"]);
    expect(committee.establishes).toEqual(["syria-jordan-joint-border-security-committee"]);
    expect(committee.topics).toEqual(expect.arrayContaining(["arms-trafficking", "drug-trafficking", "refugees"]));
  });

  it("cites a source for every record, relation and claim, and only sources it has", () => {
    const facts = [...sourcedFacts({ actors, meetings, agreements })];
    expect(facts.filter((fact) => fact.relation !== "record").length).toBeGreaterThan(0);
    const ids = new Set(sources.map((s) => s.id));
    const unsourced = facts.filter((fact) => fact.citations.length === 0 || fact.citations.some((citation) => !ids.has(citation.source)));
    expect(unsourced.map((fact) => `${fact.kind}/${fact.id}:${fact.path}`)).toEqual([]);
  });
});
