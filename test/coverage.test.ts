import { mkdtempSync, readFileSync, cpSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataFolder } from "../scripts/lib/check-data.js";
import { COVERAGE_PERIOD, COVERAGE_STATES, coverageSummary, coverageTables, coveredEvents } from "../scripts/lib/coverage.js";
import { networkSvg, timelineSvg } from "../scripts/docs/svg.js";
import { graph } from "../dist/index.js";
import { FIXTURES } from "./helpers/fixtures.js";

const ROOT = join(import.meta.dirname, "..");
const { data } = checkDataFolder(join(ROOT, "data"), ROOT);

describe("coverage of the codebook", () => {
  const summary = coverageSummary(data);

  it("meets the floor: at least 40 meetings and 12 agreements in the period", () => {
    expect(summary.meetings).toBeGreaterThanOrEqual(40);
    expect(summary.agreements).toBeGreaterThanOrEqual(12);
  });

  it("counts only events in the period that involve two of the codebook's states", () => {
    const scope = new Set<string>(COVERAGE_STATES);
    for (const event of coveredEvents(data)) {
      expect(event.states.filter((state) => scope.has(state)).length, event.id).toBeGreaterThanOrEqual(2);
      expect(`${event.date}-12-31`.slice(0, 10) >= COVERAGE_PERIOD.from.slice(0, event.date!.length), event.id).toBe(true);
      expect(event.date! <= COVERAGE_PERIOD.to, event.id).toBe(true);
    }
    // An event before the fall of Assad is not counted, even between two of the states.
    const early = { ...data, meetings: data.meetings.map((meeting) => ({ ...meeting, date: { value: "2024-11-30" } })) };
    expect(coverageSummary(early).meetings).toBe(0);
  });

  it("docs/coverage.md states the share of events with two or more publishers that the data has", () => {
    const text = readFileSync(join(ROOT, "docs", "coverage.md"), "utf8");
    const total = summary.meetings + summary.agreements;
    const share = Math.round(summary.twoPublisherShare * 100);
    expect(text).toContain(`${summary.eventsWithTwoPublishers} of the ${total} events in the period (${share}%) cite two or more publishers`);
  });

  it("the manifest carries the same summary", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "dist", "manifest.json"), "utf8")) as { coverage: unknown };
    expect(manifest.coverage).toEqual(summary);
  });

  it("the generated tables count each event once per state pair, and once per month", () => {
    const tables = coverageTables(data);
    const monthRows = [...tables.matchAll(/^\| (\d{4}(?:-\d{2})?) \| (\d+) \| (\d+) \|$/gm)];
    const perMonth = monthRows.reduce((sum, row) => sum + Number(row[2]) + Number(row[3]), 0);
    expect(perMonth).toBe(coveredEvents(data).length);
    expect(tables).toMatch(/\| Jordan – Syria \| \d+ \| \d+ \| \d+ \|/);
  });
});

describe("the catalogue's pictures", () => {
  it("the timeline lists every event with its full title, grouped by month", () => {
    const marks = data.meetings.filter((m) => m.date).map((m) => ({ date: m.date!.value, label: m.title, href: `meetings/${m.id}.html`, type: "meeting" as const, status: m.status }));
    const svg = timelineSvg(marks);
    for (const mark of marks) expect(svg).toContain(mark.label.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/"/g, "&quot;").replace(/</g, "&lt;"));
    expect(svg).not.toContain("…");
    const months = new Set(marks.map((mark) => mark.date.slice(0, 7)));
    expect(svg.match(/font-weight="600"/g)).toHaveLength(months.size);
  });

  it("the network layout is the same on every build and keeps nodes apart", () => {
    const states = graph({ foldTo: "state" });
    const first = networkSvg(states, (id) => `actors/${id}.html`);
    expect(networkSvg(states, (id) => `actors/${id}.html`)).toBe(first);
    const points = [...first.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);
    expect(points).toHaveLength(states.nodes.length);
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const [x1, y1, r1] = points[i]!;
        const [x2, y2, r2] = points[j]!;
        expect(Math.hypot(x1 - x2, y1 - y2)).toBeGreaterThan(r1 + r2);
      }
    }
  });

  it("the state network (graph folded to states) folds people to their states", () => {
    const states = graph({ foldTo: "state" });
    const syriaJordan = states.edges.find((edge) => edge.source === "jordan" && edge.target === "syria");
    // Safadi and al-Shibani met in Amman: two people, so the meeting is a Jordan–Syria edge.
    expect(syriaJordan?.meetings).toContain("safadi-al-shibani-amman-2025-01-07");
    expect(states.nodes.every((node) => data.actors.find((actor) => actor.id === node.id)?.kind === "state")).toBe(true);
  });
});

describe("npm run validate on the fixtures' data", () => {
  it("prints the coverage line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "msd-coverage-"));
    cpSync(join(FIXTURES, "base"), dir, { recursive: true });
    expect(existsSync(join(dir, "data"))).toBe(true);
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "scripts", "validate.ts"), "data"], { cwd: dir, encoding: "utf8" });
    expect(result.status).toBe(0);
    // The fixture's meeting is dated 2025-01-09 but its states (Alpha, Beta) are not the codebook's.
    expect(result.stdout).toContain("coverage 2024-12-08 to 2025-12-31: 0 meetings and 0 agreements; 0 of 0 events (0%) cite two or more publishers");
  });
});
