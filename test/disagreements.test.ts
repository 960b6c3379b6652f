/**
 * Every disagreement the sources have is kept, both sides with their citations. The list below is
 * the whole set: a new dispute in the data (or one resolved) must be added here, with the reports
 * that disagree, so nothing is picked silently.
 */
import { describe, expect, it } from "vitest";
import { actors, agreements, getActor, meetings } from "../dist/index.js";

type Value = string | { readonly city?: string; readonly country: string };
const valueOf = (value: unknown): Value =>
  typeof value === "object" && value !== null && "value" in value ? (value as { value: string }).value : (value as Value);

// record id → field → the values sources give (the first is the one shown).
const DISPUTES: Record<string, Record<string, Value[]>> = {
  "iraq-syria-kirkuk-baniyas-pipeline-committee-agreement": { stage: ["agreed", "signed"] },
  // LBCI: a preliminary agreement was reached; L'Orient Today: one was only expected.
  "lebanon-syria-detainees-preliminary-agreement-2025-10-14": { stage: ["agreed", "proposed"] },
  "lebanon-syria-higher-council-framework": { stage: ["suspended", "ended"], date: ["1991-05-22", "1991"] },
  "lebanon-syria-jeddah-border-demarcation-agreement": { date: ["2025-03-28", "2025-03-27"] },
  "syria-jordan-border-security-committee-agreement": { stage: ["signed", "agreed"], date: ["2025-01-07", "2025-01"] },
  "syria-jordan-us-sweida-roadmap": { stage: ["signed", "agreed"] },
  "turkiye-iraq-syria-camps-joint-committee": { stage: ["agreed", "proposed"] },
  "turkiye-jordan-syria-support-roadmap": { stage: ["agreed", "proposed"] },
  "al-shibani-delegation-ankara-2025-01-15": { date: ["2025-01-15", "2025-01-16"] },
  "fidan-guler-kalin-al-sharaa-damascus-2025-12-22": { date: ["2025-12-22", "2025-12-21"] },
  "kalin-al-sharaa-damascus-2025-05-19": { date: ["2025-05-19", "2025-05-20"] },
  "menassa-abu-qasra-jeddah-2025-03-27": { date: ["2025-03-27", "2025-03-28"] },
  "safadi-al-shibani-barrack-amman-2025-07-19": { date: ["2025-07-19", "2025-07-20"] },
  "turkiye-iraq-security-mechanism-antalya-2025-04-13": { place: [{ city: "Antalya", country: "turkiye" }, { city: "Ankara", country: "turkiye" }] },
};

describe("disputed records", () => {
  const records = [...meetings, ...agreements];

  it("are exactly the listed ones", () => {
    expect(records.filter((record) => record.status === "disputed").map((record) => record.id).sort()).toEqual(Object.keys(DISPUTES).sort());
  });

  it.each(Object.entries(DISPUTES))("%s keeps every value its sources give, each with its own citations", (id, fields) => {
    const record = records.find((r) => r.id === id)!;
    const claims = record.claims as Record<string, readonly { value: unknown; citations: readonly { source: string }[] }[]>;
    for (const [field, values] of Object.entries(fields)) {
      const alternatives = claims[field]!;
      expect(alternatives.map((alternative) => JSON.stringify(valueOf(alternative.value))).sort()).toEqual(values.map((value) => JSON.stringify(value)).sort());
      // The flat field shows the first listed value, as the selection rule picks it.
      expect(valueOf((record as unknown as Record<string, unknown>)[field])).toEqual(values[0]);
      for (const alternative of alternatives) expect(alternative.citations.length).toBeGreaterThan(0);
      // The sides rest on different reports.
      const sides = alternatives.map((alternative) => new Set(alternative.citations.map((c) => c.source)));
      expect(sides.some((side, i) => sides.some((other, j) => j !== i && [...side].some((s) => !other.has(s))))).toBe(true);
    }
  });
});

describe("denied and disputed facts about actors", () => {
  it("the crisis cell is reported and denied, both kept", () => {
    const cell = getActor("iraq-national-security-crisis-cell")!;
    expect(cell.status).toBe("denied");
    expect(cell.citations.map((c) => c.stance ?? "supports").sort()).toEqual(["denies", "supports"]);
  });

  it("Khanjar's leadership of the alliance is disputed: he resigned, later reports still name him", () => {
    const khanjar = getActor("khamis-al-khanjar")!;
    const leader = khanjar.kind === "person" ? khanjar.positions.find((p) => p.of === "sovereignty-alliance") : undefined;
    expect(leader?.status).toBe("disputed");
    expect(leader?.citations.map((c) => c.stance ?? "supports").sort()).toEqual(["denies", "supports"]);
  });

  it("no other actor is denied or disputed", () => {
    expect(actors.filter((actor) => actor.status === "denied" || actor.status === "disputed").map((actor) => actor.id)).toEqual(["iraq-national-security-crisis-cell"]);
  });
});
