import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataFolder } from "../scripts/lib/check-data.js";
import { matchActor, scaffoldReport, writeScaffold } from "../scripts/lib/scaffold.js";
import { FIXTURES } from "./helpers/fixtures.js";

const ROOT = join(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const ACTORS = [
  { id: "asaad-al-shibani", name: "Asaad Al-Shibani", aliases: ["Asaad Hassan al-Shibani"], kind: "person" },
  { id: "syria", name: "Syria", aliases: [], kind: "state" },
  { id: "arab-news", name: "Arab News", aliases: [], kind: "organization" },
];

function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "msd-scaffold-"));
  cpSync(join(FIXTURES, "base"), dir, { recursive: true });
  return dir;
}

describe("matchActor", () => {
  it("matches a name or alias after folding", () => {
    expect(matchActor("asaad al shibani", ACTORS).id).toBe("asaad-al-shibani");
    expect(matchActor("Asaad Hassan Al-Shibani", ACTORS).id).toBe("asaad-al-shibani");
    expect(matchActor("SYRIA", ACTORS).id).toBe("syria");
  });
  it("suggests, never invents: another spelling gets suggestions and no id", () => {
    const match = matchActor("Asaad al-Shaibani", ACTORS);
    expect(match.id).toBeUndefined();
    expect(match.suggestions.map((s) => s.id)).toEqual(["asaad-al-shibani"]);
    expect(matchActor("Nawaf Salam", ACTORS)).toEqual({ name: "Nawaf Salam", suggestions: [] });
  });
});

describe("scaffoldReport", () => {
  const scaffold = scaffoldReport(
    {
      url: "https://example.org/report",
      title: "Syria's FM in Beirut",
      publisher: "Arab News",
      published: "2025-10-10",
      meeting: "Asaad al-Shibani visits Beirut",
      actors: ["Asaad al-Shibani", "Joseph Aoun", "Syria"],
    },
    ACTORS,
  );
  it("writes the source under the matched publisher, and a meeting with matched participants", () => {
    expect([...scaffold.files.keys()].sort()).toEqual(["meetings/asaad-shibani-visits-beirut-2025-10-10.yaml", "sources/arab-news-2025-10-10-syrias-fm-in-beirut.yaml"]);
    const meeting = scaffold.files.get("meetings/asaad-shibani-visits-beirut-2025-10-10.yaml")!;
    expect(meeting).toContain("- actor: asaad-al-shibani\n");
    expect(meeting).toContain("- actor: syria\n");
    expect(meeting).toContain("- actor: todo-joseph-aoun\n");
    expect(meeting).toMatch(/# "Joseph Aoun": no actor has this name/);
  });
  it("adds a new publisher as a news outlet", () => {
    const other = scaffoldReport({ url: "https://example.org/r", title: "A report", publisher: "New Outlet", published: "2025-01-02" }, ACTORS);
    expect(other.files.get("actors/new-outlet.yaml")).toContain("classification: news-outlet");
    expect([...other.files.keys()]).toContain("sources/new-outlet-2025-01-02-a-report.yaml");
  });
});

describe("npm run add:report", () => {
  it("leaves placeholders that fail validation until they are filled, and never overwrites", { tags: ["cli"] }, () => {
    const dir = fixtureCopy();
    const args = [join(ROOT, "scripts", "add-report.ts"), "--url", "https://example.org/x", "--title", "Beta talks", "--publisher", "Wire News", "--date", "2025-02-03", "--agreement", "Alpha–Beta border accord", "--with", "Alpha, Beta, Jan Roe"];
    const run = spawnSync(TSX, args, { cwd: dir, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('no actor named "Jan Roe"; did you mean jane-roe (Jane Roe)?');
    expect(readdirSync(join(dir, "data", "agreements"))).toContain("alpha-beta-border-accord-agreement.yaml");
    const issues = checkDataFolder(join(dir, "data"), dir).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.file === "data/agreements/alpha-beta-border-accord-agreement.yaml")).toBe(true);
    const again = spawnSync(TSX, args, { cwd: dir, encoding: "utf8" });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("not overwriting existing files");
    expect(readFileSync(join(dir, "data", "sources", "wire-news-2025-02-03-beta-talks.yaml"), "utf8")).toContain("publisher: wire-news");
  });

  it("a filled-in scaffold validates", () => {
    const dir = fixtureCopy();
    const scaffold = scaffoldReport({ url: "https://example.org/y", title: "Beta talks", publisher: "Wire News", published: "2025-02-03" }, []);
    // Only the source: with the publisher matched by the fixture's own actors it needs nothing filled.
    const actors = checkDataFolder(join(dir, "data"), dir).data.actors;
    const matched = scaffoldReport({ url: "https://example.org/y", title: "Beta talks", publisher: "Wire News", published: "2025-02-03" }, actors);
    expect(scaffold.files.size).toBe(2);
    expect(matched.files.size).toBe(1);
    writeScaffold(join(dir, "data"), matched);
    expect(checkDataFolder(join(dir, "data"), dir).issues).toEqual([]);
  });

  it("explains what it needs when arguments are missing", { tags: ["cli"] }, () => {
    const run = spawnSync(TSX, [join(ROOT, "scripts", "add-report.ts"), "--url", "https://example.org"], { cwd: fixtureCopy(), encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("add:report needs --title, --publisher, --date");
  });
});
