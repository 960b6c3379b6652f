/**
 * The catalogue's "first in the public record" line: on every actor, meeting and agreement page,
 * the earliest publication date among the sources cited on the record, the day `asOf` first holds
 * a meeting or an agreement.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as bundled from "../dist/index.js";

const CATALOGUE = join(import.meta.dirname, "..", "docs", "site", "catalogue");
const page = (kind: string, id: string) => readFileSync(join(CATALOGUE, kind, `${id}.html`), "utf8");
/** The line's text, tags stripped; and its date, when it has one. */
function firstKnown(html: string): { text: string; date: string | undefined } {
  const match = /<dt id="first-known">first in the public record<\/dt><dd>(.*?)<\/dd>/.exec(html);
  expect(match, "the page has a first-in-the-public-record line").not.toBeNull();
  return { text: match![1]!.replace(/<[^>]+>/g, ""), date: /<time datetime="([^"]+)">/.exec(match![1]!)?.[1] };
}
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe("catalogue pages: the day each record first entered the public record", () => {
  it("is on every actor, meeting and agreement page", () => {
    expect(existsSync(join(CATALOGUE, "index.html")), "run npm run docs first").toBe(true);
    for (const kind of ["actors", "meetings", "agreements"] as const) {
      for (const record of bundled[kind]) firstKnown(page(kind, record.id));
    }
  });

  it("shows the Baghdad meeting from 2025-03-14, the crisis cell from 2025-03-20, Fuad Hussein as always known (Wikipedia)", () => {
    expect(firstKnown(page("meetings", "hussein-al-shibani-baghdad-2025-03-14"))).toMatchObject({ date: "2025-03-14" });
    const cell = firstKnown(page("actors", "iraq-national-security-crisis-cell"));
    expect(cell.date).toBe("2025-03-20");
    expect(cell.text).toContain("Source: Iraq forms crisis cell to secure Syria border");
    expect(cell.text).toContain("Iraqi government denies formation of border crisis cell with Syria");
    expect(firstKnown(page("actors", "fuad-hussein")).text).toMatch(/^always known: it cites Fuad Hussein \(Wikipedia\)/);
  });

  it("is the first day asOf holds each meeting and agreement", () => {
    for (const kind of ["meetings", "agreements"] as const) {
      for (const record of bundled[kind]) {
        const { date } = firstKnown(page(kind, record.id));
        expect(date, record.id).toBeDefined();
        const last = bundled.dateInterval(date!).end;
        const has = (day: string) => (kind === "meetings" ? bundled.asOf(day).getMeeting(record.id) : bundled.asOf(day).getAgreement(record.id)) !== undefined;
        expect([record.id, has(last), has(dayBefore(last))]).toEqual([record.id, true, false]);
      }
    }
  });
});
