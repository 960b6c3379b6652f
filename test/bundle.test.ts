/**
 * Per-kind loading: a browser bundle that uses only actors carries only the actors' data. Checks
 * what a bundle contains, never how fast it is (the sizes are in docs/performance.md).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "msd-bundle-"));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(ROOT, join(project, "node_modules", "mena-security-data"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "bundle", private: true, type: "module" }));
});

async function bundle(contents: string): Promise<string> {
  const result = await build({ stdin: { contents, resolveDir: project, loader: "ts" }, bundle: true, platform: "browser", format: "esm", minify: true, write: false, logLevel: "silent" });
  return result.outputFiles[0]!.text;
}

describe("a bundle of one kind", () => {
  it("getActor from mena-security-data/actors carries the actors and no meetings, agreements, sources or zod", async () => {
    const text = await bundle('import { getActor } from "mena-security-data/actors"; console.log(getActor("iraq").name);');
    expect(text).toContain("fuad-hussein");
    // Meeting and agreement ids appear only in their own kinds' data; source titles only in sources'.
    expect(text).not.toContain("amman-conference-2025");
    expect(text).not.toContain("syria-jordan-border-security-committee-agreement");
    expect(text).not.toContain("Source: Iraq forms crisis cell to secure Syria border");
    expect(text).not.toMatch(/ZodError|\$ZodType/);
  });

  it("stays within the budget: the actors' JSON gzipped plus 4 KB", async () => {
    const text = await bundle('import { getActor } from "mena-security-data/actors"; console.log(getActor("iraq").name);');
    const json = readFileSync(join(ROOT, "dist", "data", "actors.json"));
    expect(gzipSync(text).length).toBeLessThanOrEqual(gzipSync(json).length + 4096);
  });

  it("the main entry carries every kind (the rule the README states)", async () => {
    const text = await bundle('import { getActor } from "mena-security-data"; console.log(getActor("iraq").name);');
    expect(text).toContain("amman-conference-2025");
  });

  it("the per-kind entries answer as the main entry does", async () => {
    const main = await import("../dist/index.js");
    const byKind = await import("../dist/actors.js");
    expect(byKind.actors.map((actor) => actor.id)).toEqual(main.actors.map((actor) => actor.id));
    expect(byKind.getActor("iraq")).toEqual(main.getActor("iraq"));
    const unknown: string = "irak";
    expect(byKind.getActor(unknown)).toBeUndefined();
    expect(byKind.isActorId("iraq")).toBe(true);
    const meetings = await import("../dist/meetings.js");
    expect(meetings.getMeeting("amman-conference-2025").title).toBe(main.getMeeting("amman-conference-2025").title);
  });
});
