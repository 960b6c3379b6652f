import { describe, expect, it } from "vitest";
import { Actor, Citation, Id, Meeting, PartialDate, Redirect, Source } from "../src/schema/index.js";

const cite = [{ source: "s", quote: "some words" }];

describe("Id", () => {
  it.each(["iraq", "fuad-hussein", "amman-conference-2025"])("accepts %s", (id) => expect(Id.safeParse(id).success).toBe(true));
  it.each(["Iraq", "fuad_hussein", "-x", "a--b", "", "x-"])("rejects %j", (id) => expect(Id.safeParse(id).success).toBe(false));
});

describe("PartialDate", () => {
  it.each(["2025", "2025-03", "2025-03-14", "2024-02-29"])("accepts %s", (value) =>
    expect(PartialDate.safeParse({ value }).success).toBe(true));
  it.each(["2025-13", "2025-02-29", "2025-3-1", "25", "2025-03-14T00:00"])("rejects %s", (value) =>
    expect(PartialDate.safeParse({ value }).success).toBe(false));
  it("carries what was inferred and why", () => {
    const parsed = PartialDate.parse({ value: "2025-03-14", inferred: { parts: ["year"], reason: "Year from the publication date." } });
    expect(parsed.inferred?.parts).toEqual(["year"]);
    expect(PartialDate.safeParse({ value: "2025", inferred: { parts: [], reason: "x" } }).success).toBe(false);
  });
});

describe("Citation", () => {
  it("needs a quote or a note", () => {
    expect(Citation.safeParse({ source: "s" }).success).toBe(false);
    expect(Citation.safeParse({ source: "s", note: "In our own words." }).success).toBe(true);
  });
  it("keeps quotes short", () => {
    expect(Citation.safeParse({ source: "s", quote: "x".repeat(401) }).success).toBe(false);
  });
});

describe("Actor", () => {
  it("is a union on kind, with defaults filled", () => {
    const person = Actor.parse({ kind: "person", id: "p", name: "P", citations: cite });
    expect(person).toMatchObject({ kind: "person", status: "reported", aliases: [], positions: [], memberships: [] });
  });
  it("rejects unknown fields and wrong codes", () => {
    expect(Actor.safeParse({ kind: "person", id: "p", name: "P", citations: cite, nickname: "x" }).success).toBe(false);
    expect(Actor.safeParse({ kind: "state", id: "s", name: "S", iso3166Alpha2: "s", iso3166Alpha3: "SSS", citations: cite }).success).toBe(false);
    expect(Actor.safeParse({ kind: "state", id: "s", name: "S", iso3166Alpha2: "SS", iso3166Alpha3: "SSS", citations: [] }).success).toBe(false);
  });
  it("rejects an organization without a classification", () => {
    expect(Actor.safeParse({ kind: "organization", id: "o", name: "O", citations: cite }).success).toBe(false);
  });
});

describe("Meeting", () => {
  it("needs participants with citations", () => {
    const base = { id: "m", title: "A meeting", kind: "talks", citations: cite };
    expect(Meeting.safeParse({ ...base, participants: [] }).success).toBe(false);
    expect(Meeting.safeParse({ ...base, participants: [{ actor: "a" }] }).success).toBe(false);
    expect(Meeting.safeParse({ ...base, participants: [{ actor: "a", citations: cite }] }).success).toBe(true);
    expect(Meeting.safeParse({ ...base, topics: ["weather"], participants: [{ actor: "a", citations: cite }] }).success).toBe(false);
  });
});

describe("Source and Redirect", () => {
  it("validates a source", () => {
    const source = { id: "s", title: "T i t", publisher: "p", url: "https://x.org/a", published: { value: "2025" }, language: "en", textHeld: false };
    expect(Source.safeParse(source).success).toBe(true);
    expect(Source.safeParse({ ...source, url: "not a url" }).success).toBe(false);
  });
  it("requires `to` for a rename and a note for a withdrawal", () => {
    expect(Redirect.safeParse({ reason: "renamed", to: "x" }).success).toBe(true);
    expect(Redirect.safeParse({ reason: "renamed" }).success).toBe(false);
    expect(Redirect.safeParse({ reason: "withdrawn", note: "Invented by a bad source." }).success).toBe(true);
    expect(Redirect.safeParse({ reason: "withdrawn" }).success).toBe(false);
  });
});
