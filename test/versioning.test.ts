import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DATASET_SHA256, DATASET_VERSION, getActor, getAgreement, getMeeting, getSource, resolveId } from "../dist/index.js";
import { releaseProblem } from "../scripts/lib/changesets.js";
import { dataBump, describeDiff, diffDatasets, diffSchemas, schemaBump, type CanonicalData } from "../scripts/lib/data-diff.js";

const ROOT = join(import.meta.dirname, "..");
const cite = [{ source: "s", note: "n" }];
const actor = (id: string, name: string, extra: object = {}) => ({ id, kind: "state", name, citations: cite, ...extra });
const base: CanonicalData = {
  actors: [actor("iraq", "Iraq"), actor("syria", "Syria"), actor("jordan", "Jordan")],
  meetings: [{ id: "m1", title: "Talks", participants: [{ actor: "iraq", citations: cite }], citations: cite }],
  agreements: [],
  sources: [{ id: "s", title: "Source" }],
  redirects: {},
};

describe("the data diff classifies each change", () => {
  it("no change: none", () => {
    const diff = diffDatasets(base, base);
    expect(dataBump(diff)).toBe("none");
    expect(describeDiff(diff)).toBe("- No changes to the data or the schemas.");
  });

  it("a record added: minor", () => {
    const after = { ...base, actors: [...base.actors, actor("lebanon", "Lebanon")] };
    const diff = diffDatasets(base, after);
    expect(diff.added).toEqual([{ kind: "actors", id: "lebanon", label: "Lebanon" }]);
    expect(dataBump(diff)).toBe("minor");
    expect(describeDiff(diff)).toContain("- Added 1 actor: Lebanon (`lebanon`).");
  });

  it("a record without a name or title is named by its id alone, not twice", () => {
    const after = { ...base, sources: [...base.sources, { id: "untitled-2025-01-01" }, { id: "t", title: "Titled" }] };
    expect(describeDiff(diffDatasets(base, after))).toContain("- Added 2 sources: `untitled-2025-01-01`, Titled (`t`).");
  });

  it("a record removed without a redirect: major", () => {
    const after = { ...base, actors: base.actors.filter((a) => a.id !== "jordan") };
    const diff = diffDatasets(base, after);
    expect(diff.removed.map((r) => r.id)).toEqual(["jordan"]);
    expect(dataBump(diff)).toBe("major");
    expect(describeDiff(diff)).toContain("**Removed** actor Jordan (`jordan`) without a redirect (breaking).");
  });

  it("a rename with a redirect: minor, and listed as renamed", () => {
    const after = {
      ...base,
      actors: [actor("iraq", "Iraq"), actor("syrian-arab-republic", "Syria"), actor("jordan", "Jordan")],
      redirects: { syria: { to: "syrian-arab-republic", reason: "renamed" } },
    };
    const diff = diffDatasets(base, after);
    expect(diff.renamed).toEqual([{ kind: "actors", from: "syria", to: "syrian-arab-republic", reason: "renamed" }]);
    expect(diff.removed).toEqual([]);
    expect(dataBump(diff)).toBe("minor");
  });

  it("a withdrawal with a tombstone: minor", () => {
    const after = { ...base, actors: base.actors.filter((a) => a.id !== "jordan"), redirects: { jordan: { reason: "withdrawn", note: "Invented." } } };
    const diff = diffDatasets(base, after);
    expect(diff.withdrawn).toEqual([{ kind: "actors", id: "jordan", note: "Invented." }]);
    expect(dataBump(diff)).toBe("minor");
  });

  it("a corrected value: patch, with field paths old → new", () => {
    const after = { ...base, meetings: [{ ...base.meetings[0]!, participants: [{ actor: "iraq", role: "host", citations: cite }] }] };
    const diff = diffDatasets(base, after);
    expect(diff.changed).toEqual([
      { kind: "meetings", id: "m1", label: "Talks", changes: [{ path: "participants.0.role", before: undefined, after: "host" }] },
    ]);
    expect(dataBump(diff)).toBe("patch");
    expect(describeDiff(diff)).toContain('- Changed meeting Talks (`m1`): participants.\n  - `participants.0.role`: (none) → "host"');
  });
});

describe("the schema diff classifies each change", () => {
  const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "output" }) as Record<string, unknown>;
  const Before = z.strictObject({ id: z.string(), kind: z.enum(["a", "b"]), note: z.string().optional().describe("old words") });
  const cases: [string, z.ZodType, string, string][] = [
    ["description only", z.strictObject({ id: z.string(), kind: z.enum(["a", "b"]), note: z.string().optional().describe("new words") }), "none", ""],
    ["enum value added", z.strictObject({ id: z.string(), kind: z.enum(["a", "b", "c"]), note: z.string().optional() }), "minor", "enum values added: c"],
    ["enum value removed", z.strictObject({ id: z.string(), kind: z.enum(["a"]), note: z.string().optional() }), "major", "enum values removed: b"],
    ["optional field added", z.strictObject({ id: z.string(), kind: z.enum(["a", "b"]), note: z.string().optional(), url: z.string().optional() }), "minor", "new field"],
    ["required field added", z.strictObject({ id: z.string(), kind: z.enum(["a", "b"]), note: z.string().optional(), url: z.string() }), "major", "new required field"],
    ["field removed", z.strictObject({ id: z.string(), kind: z.enum(["a", "b"]) }), "major", "field removed"],
    ["type changed", z.strictObject({ id: z.number(), kind: z.enum(["a", "b"]), note: z.string().optional() }), "major", 'type "string" → "number"'],
    ["made stricter", z.strictObject({ id: z.string().min(3), kind: z.enum(["a", "b"]), note: z.string().optional() }), "major", "constraints"],
    ["made optional", z.strictObject({ id: z.string().optional(), kind: z.enum(["a", "b"]), note: z.string().optional() }), "minor", "required → optional"],
  ];
  it.each(cases)("%s", (_name, After, bump, words) => {
    const changes = diffSchemas({ thing: json(Before) }, { thing: json(After) });
    expect(schemaBump(changes)).toBe(bump);
    if (words) expect(changes.map((c) => c.change).join("; ")).toContain(words);
    else expect(changes).toEqual([]);
  });
});

describe("release:check", () => {
  it("fails when the pending changesets bump less than the diff requires, passes otherwise", () => {
    expect(releaseProblem("minor", "patch")).toBe("the pending changesets bump patch, but the changes require minor");
    expect(releaseProblem("patch", "none")).toMatch(/no changeset is pending/);
    expect(releaseProblem("minor", "minor")).toBeUndefined();
    expect(releaseProblem("patch", "major")).toBeUndefined();
    expect(releaseProblem("none", "none")).toBeUndefined();
  });

  it("runs against a git ref in a clone: a correction needs a changeset, a removal needs major", () => {
    const clone = mkdtempSync(join(tmpdir(), "msd-release-"));
    try {
      execFileSync("git", ["clone", "--quiet", ROOT, clone]);
      // Work on the committed tree as it stands (not the developer's uncommitted files).
      symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"));
      execFileSync("sh", ["-c", "ls .changeset/*.md | grep -v README.md | xargs -r rm"], { cwd: clone });
      const check = () => spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/release-check.ts", "HEAD"], { cwd: clone, encoding: "utf8" });
      expect(check().status).toBe(0);
      const file = join(clone, "data", "actors", "kuwait.yaml");
      const before = readFileSync(file, "utf8");
      const corrected = before.replace("ISO 3166-1 gives Kuwait the codes KW and KWT.", "ISO 3166-1 gives Kuwait its codes, KW and KWT.");
      expect(corrected).not.toBe(before);
      writeFileSync(file, corrected);
      const unchecked = check();
      expect(unchecked.status).toBe(1);
      expect(unchecked.stderr).toContain("(a patch change) but no changeset is pending");
      writeFileSync(join(clone, ".changeset", "kuwait.md"), '---\n"mena-security-data": patch\n---\n\nKuwait note.\n');
      expect(check().status).toBe(0);
      // A released record nothing else refers to, removed without a redirect.
      rmSync(join(clone, "data", "actors", "bashar-al-assad.yaml"));
      const removal = check();
      expect(removal.stderr).toContain("the pending changesets bump patch, but the changes require major");
      expect(removal.status).toBe(1);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("stable ids and integrity", () => {
  it("every released id still resolves", () => {
    const released = JSON.parse(readFileSync(join(ROOT, "data", "released-ids.json"), "utf8")) as Record<string, { kind: string }>;
    expect(Object.keys(released).length).toBeGreaterThan(0);
    for (const id of Object.keys(released)) {
      const resolved = resolveId(id);
      if (resolved.id === undefined) {
        expect(resolved.via.at(-1)?.reason, id).toBe("withdrawn");
        continue;
      }
      const found = getActor(id) ?? getMeeting(id) ?? getAgreement(id) ?? getSource(id);
      expect(found?.id, id).toBe(resolved.id);
    }
  });

  it("DATASET_SHA256 is the SHA-256 of the shipped canonical JSON, as docs/versioning.md says", () => {
    const read = (name: string) => JSON.parse(readFileSync(join(ROOT, "dist", "data", `${name}.json`), "utf8")) as unknown;
    const text = JSON.stringify({ actors: read("actors"), agreements: read("agreements"), meetings: read("meetings"), redirects: read("redirects"), sources: read("sources") });
    const hash = createHash("sha256").update(text).digest("hex");
    expect(DATASET_SHA256).toBe(hash);
    const manifest = JSON.parse(readFileSync(join(ROOT, "dist", "manifest.json"), "utf8")) as { sha256: string; version: string };
    expect(manifest.sha256).toBe(hash);
    expect(manifest.version).toBe(DATASET_VERSION);
  });

  it("the hash changes when one byte of the data changes", () => {
    const read = (name: string) => JSON.parse(readFileSync(join(ROOT, "dist", "data", `${name}.json`), "utf8")) as { id: string; name?: string }[];
    const actors = read("actors");
    actors[0]!.name = `${actors[0]!.name}x`;
    const text = JSON.stringify({ actors, agreements: read("agreements"), meetings: read("meetings"), redirects: read("redirects"), sources: read("sources") });
    expect(createHash("sha256").update(text).digest("hex")).not.toBe(DATASET_SHA256);
  });
});

describe("record history", () => {
  it("says in which version a record was added and last changed", async () => {
    const { recordHistory } = await import("../dist/index.js");
    const history = JSON.parse(readFileSync(join(ROOT, "data", "history.json"), "utf8")) as Record<string, { added: string }>;
    expect(recordHistory("fuad-hussein")).toEqual(history["fuad-hussein"]);
    expect(recordHistory("fuad-hussein")?.added).toBe("0.1.0");
    expect(recordHistory("no-such-id")).toBeUndefined();
  });
});

describe("the repository itself", () => {
  it("has changesets covering every data and schema change since the last release (npm run release:check)", () => {
    const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/release-check.ts"], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^release:check \(since [^)]+\): changes require (none|patch|minor|major); pending changesets bump \w+: ok/);
    expect(result.status).toBe(0);
  }, 60_000);
});
