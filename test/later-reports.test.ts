import { readFileSync } from "node:fs";
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
  meetingsOf,
  membersOf,
  positionsOf,
  resolveId,
  selectClaim,
  sources,
} from "../dist/index.js";
import type { RecordKind } from "../src/schema/kinds.js";

const ROOT = join(import.meta.dirname, "..");
const R1 = "shafaq-2025-03-20-crisis-cell-denied";
const LIVE = ["reported", "confirmed", "disputed"] as const;
const publishedOf = (id: string) => getSource(id)?.published?.value;

describe("R1: the crisis cell is kept, reported and denied", () => {
  const cell = getActor("iraq-national-security-crisis-cell")!;
  it("is still in the data, marked denied, with both citations", () => {
    expect(cell.status).toBe("denied");
    const sides = Object.fromEntries(cell.citations.map((c) => [c.source, c.stance ?? "supports"]));
    expect(sides).toEqual({ [R1]: "denies", "shafaq-2025-03-20-iraq-crisis-cell": "supports" });
    expect(getSource(R1)).toMatchObject({ published: { value: "2025-03-20" }, textHeld: false });
    expect(cell.citations.find((c) => c.source === R1)?.note).toMatch(/denied/);
  });
  it("lets users leave denied claims out (default: include)", () => {
    expect(membersOf(cell.id)).toHaveLength(5);
    expect(membersOf(cell.id, { status: [...LIVE] })).toEqual([]);
    expect(positionsOf("fuad-hussein").some((p) => p.of === cell.id)).toBe(true);
    expect(positionsOf("fuad-hussein", { status: [...LIVE] }).some((p) => p.of === cell.id)).toBe(false);
  });
});

describe("dates made precise", () => {
  it("the Amman meeting is 2025-03-09 (R2), confirmed by two sources", () => {
    const amman = getMeeting("amman-conference-2025")!;
    expect(amman.date?.value).toBe("2025-03-09");
    expect(amman.claims?.date?.[0]?.citations.map((c) => c.source).sort()).toEqual([
      "almayadeen-2025-03-09-jordan-regional-meeting",
      "shafaq-2025-03-09-amman-regional-talks",
    ]);
  });
  it("Al-Shatri's first visit is 2024-12-26 (R3), refining the seed's inferred December", () => {
    const visit = getMeeting("al-shatri-damascus-visit-2024-12")!;
    expect(visit.date).toEqual({ value: "2024-12-26" });
    expect(visit.claims?.date?.map((c) => c.value.value)).toEqual(["2024-12", "2024-12-26"]);
    expect(selectClaim(visit.claims!.date!, publishedOf)?.value.value).toBe("2024-12-26");
  });
  it("the Syria–Jordan committee is 2025-01-07 (R4), reached at the Safadi–Al-Shibani meeting", () => {
    const committee = getAgreement("syria-jordan-border-security-committee-agreement")!;
    expect(committee.date?.value).toBe("2025-01-07");
    expect(committee.reachedAt).toBe("safadi-al-shibani-amman-2025-01-07");
    expect(getMeeting("safadi-al-shibani-amman-2025-01-07")?.participants.map((p) => p.actor)).toEqual(["ayman-safadi", "asaad-al-shibani"]);
  });
  it("the Baghdad meeting's year is stated by R5, no longer only inferred", () => {
    const baghdad = getMeeting("hussein-al-shibani-baghdad-2025-03-14")!;
    expect(baghdad.date).toEqual({ value: "2025-03-14" });
    expect(baghdad.date?.inferred).toBeUndefined();
    const inferred = baghdad.claims?.date?.find((c) => c.value.inferred);
    expect(inferred?.value.inferred?.parts).toEqual(["year"]);
    expect(baghdad.status).toBe("confirmed");
  });
});

describe("the disputed field: signed or agreed to form", () => {
  const committee = getAgreement("syria-jordan-border-security-committee-agreement")!;
  it("keeps both values with their sources and marks the record disputed", () => {
    expect(committee.status).toBe("disputed");
    const stage = committee.claims?.stage ?? [];
    expect(stage.map((c) => [c.value, c.citations[0]!.source])).toEqual([
      ["signed", "shafaq-2025-03-20-iraq-crisis-cell"],
      ["agreed", "aawsat-2025-01-07-jordan-syria-smuggling"],
    ]);
    expect(committee.stage).toBe(selectClaim(stage, publishedOf)?.value);
  });
});

describe("new participants and actors", () => {
  it.each([
    ["ayman-safadi", "Foreign Minister", "jordan"],
    ["king-abdullah-ii", "King", "jordan"],
    ["hakan-fidan", "Foreign Minister", "turkiye"],
    ["yasar-guler", "Defence Minister", "turkiye"],
    ["ibrahim-kalin", "head", "turkish-national-intelligence-organization"],
    ["anas-khattab", "Intelligence Chief", "syria"],
    ["hamid-al-shatri", "head", "iraqi-national-intelligence-service"],
  ])("%s holds %s of %s", (id, role, of) => {
    expect(positionsOf(id).some((p) => p.tenure.role === role && p.of === of)).toBe(true);
  });
  it("dates roles from R6", () => {
    const from = (id: string, of: string) => positionsOf(id).find((p) => p.of === of && p.tenure.from)?.tenure.from?.value;
    expect(from("mohammed-shia-al-sudani", "iraq")).toBe("2022-10-27");
    expect(from("thabet-al-abbasi", "iraq")).toBe("2022-10-27");
    expect(from("fuad-hussein", "iraq")).toBe("2020-06-06");
    expect(from("hamid-al-shatri", "iraqi-national-intelligence-service")).toBe("2024-12-19");
    expect(from("asaad-al-shibani", "syria")).toBe("2024-12-21");
    expect(from("ahmed-al-sharaa", "syria")).toBe("2025-01-29");
  });
  it("keeps Al-Khanjar's leadership as a disputed title, with both sides", () => {
    const leader = positionsOf("khamis-al-khanjar").find((p) => p.of === "sovereignty-alliance")!;
    expect(leader.tenure.status).toBe("disputed");
    expect(leader.tenure.citations.map((c) => c.stance ?? "supports").sort()).toEqual(["denies", "supports"]);
  });
  it("has the April and 2025-08-28 follow-up visits as meetings of their own", () => {
    const visits = meetingsOf("hamid-al-shatri").filter((m) => m.place?.city === "Damascus").map((m) => m.date?.value);
    expect(visits).toEqual(["2024-12-26", "2025-04", "2025-08-28"]);
  });
  it("the Amman meeting has the five states and the named ministers", () => {
    const who = getMeeting("amman-conference-2025")!.participants.map((p) => p.actor);
    expect(who).toEqual(expect.arrayContaining(["jordan", "turkiye", "iraq", "syria", "lebanon", "ayman-safadi", "hakan-fidan", "yasar-guler", "ibrahim-kalin", "king-abdullah-ii"]));
    expect(getAgreement("five-nation-operations-centre-agreement")!.parties.map((p) => p.actor).sort()).toEqual(["iraq", "jordan", "lebanon", "syria", "turkiye"]);
  });
});

describe("Wikidata QIDs only where a cited page gives them", () => {
  it("every QID is written in a citation on its actor", () => {
    const uncited = actors.filter((actor) => actor.wikidata !== undefined && !actor.citations.some((c) => `${c.note ?? ""} ${c.quote ?? ""}`.includes(actor.wikidata!)));
    expect(uncited.map((actor) => `${actor.id}: ${actor.wikidata}`)).toEqual([]);
  });
  it("the QIDs no stored page confirmed are gone from actors that are still there", () => {
    // The notes on later reports listed these QIDs as confirmed, but no stored page gives them.
    for (const id of ["iraq", "syria", "jordan", "turkiye", "iran", "kuwait", "lebanon", "mohammed-shia-al-sudani", "isis"]) {
      const actor = getActor(id);
      expect(actor?.id, id).toBe(id);
      expect(actor?.wikidata, id).toBeUndefined();
    }
  });
});

describe("nothing from the first dataset disappeared", () => {
  it("every id released in 0.1.0 resolves, through no redirect, to a record of the kind it was released as", () => {
    const released = JSON.parse(readFileSync(join(ROOT, "data", "released-ids.json"), "utf8")) as Record<string, { kind: RecordKind; since: string }>;
    const first = Object.entries(released).filter(([, entry]) => entry.since === "0.1.0");
    // 0.1.0 is published: its list of ids is fixed.
    expect(first).toHaveLength(28);
    const records: Record<RecordKind, readonly { readonly id: string }[]> = { actors, meetings, agreements, sources };
    const live = new Map(Object.entries(records).map(([kind, list]) => [kind, new Set(list.map((record) => record.id))]));
    for (const [id, { kind }] of first) {
      const resolved = resolveId(id);
      expect(resolved.via, `${id} is not retired`).toEqual([]);
      expect(live.get(kind)!.has(resolved.id ?? ""), `${id} resolves to one of the ${kind}`).toBe(true);
    }
  });
});
