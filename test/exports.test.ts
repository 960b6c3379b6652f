import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as main from "../dist/index.js";

const ROOT = join(import.meta.dirname, "..");

describe("the main entry", () => {
  it("exports the data deeply frozen", () => {
    expect(Object.isFrozen(main.actors)).toBe(true);
    const person = main.getActor("fuad-hussein");
    expect(Object.isFrozen(person)).toBe(true);
    if (person?.kind !== "person") throw new Error("not a person");
    expect(Object.isFrozen(person.positions[0]!.citations[0])).toBe(true);
    expect(() => {
      (main.meetings as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (person as { name: string }).name = "changed";
    }).toThrow(TypeError);
  });

  it("returns undefined for unknown ids", () => {
    const unknown: string = "no-such-actor";
    const notAMeeting: string = "iraq";
    expect(main.getActor(unknown)).toBeUndefined();
    expect(main.getMeeting(notAMeeting)).toBeUndefined();
    expect(main.isActorId("iraq")).toBe(true);
    expect(main.isActorId(unknown)).toBe(false);
    expect(main.isMeetingId(notAMeeting)).toBe(false);
  });

  it("has DATASET_VERSION equal to the package version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(main.DATASET_VERSION).toBe(pkg.version);
  });

  it("ships the canonical JSON sorted by id", () => {
    for (const kind of ["actors", "meetings", "agreements", "sources"] as const) {
      const records = JSON.parse(readFileSync(join(ROOT, "dist", "data", `${kind}.json`), "utf8")) as { id: string }[];
      const ids = records.map((record) => record.id);
      expect(ids).toEqual([...ids].sort());
      expect(records).toEqual(JSON.parse(JSON.stringify(main[kind])));
    }
  });

  it("does not load zod (CommonJS, at run time)", () => {
    const script = `require(${JSON.stringify(join(ROOT, "dist", "index.cjs"))});
      console.log(Object.keys(require.cache).filter((k) => k.includes("node_modules/zod")).length)`;
    expect(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim()).toBe("0");
  });

  it("does not import zod (ESM, through every chunk it imports)", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(ROOT, "dist", file), "utf8");
      expect(text, file).not.toMatch(/from ['"]zod['"]/);
      for (const match of text.matchAll(/from ['"]\.\/([^'"]+)['"]/g)) visit(match[1]!);
    };
    visit("index.js");
    expect(seen.size).toBeGreaterThan(0);
  });
});
