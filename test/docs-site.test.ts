import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFolder } from "./helpers/static-server.js";

const ROOT = join(import.meta.dirname, "..");
const SITE = join(ROOT, "docs", "site");
const ARTIFACTS = join(ROOT, "test-artifacts");
const CHROMIUM = "/usr/bin/chromium";
// CI installs Debian's chromium (.ci/run) and sets REQUIRE_BROWSER=1, so there the test cannot skip.
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.REQUIRE_BROWSER === "1") throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);

describe.skipIf(!haveBrowser)("the docs site in a browser", () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    expect(existsSync(join(SITE, "index.html")), "run npm run docs first").toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveFolder(SITE);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("goes from the index to an actor, to one of its meetings, to the cited source", async () => {
    await page.goto(`${server.url}/index.html`);
    expect(await page.title()).toContain("mena-security-data");
    await page.screenshot({ path: join(ARTIFACTS, "1-index.png") });

    await page.click("#catalogue-link");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Data catalogue");
    expect(await page.locator("svg[aria-label='Timeline of meetings and agreements'] a").count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator("svg[aria-label='Network of actors who met or agreed'] a").count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(ARTIFACTS, "2-catalogue.png"), fullPage: true });

    await page.click("header nav >> text=Actors");
    await page.click("main a:text-is('Fuad Hussein')");
    expect(await page.locator("h1").textContent()).toBe("Fuad Hussein");
    const positions = await page.locator("main table").first().textContent();
    expect(positions).toContain("Foreign Minister");
    expect(positions).toContain("2020-06-06");
    expect(await page.locator("main").textContent()).toContain("denied by a source");
    await page.screenshot({ path: join(ARTIFACTS, "3-actor.png"), fullPage: true });

    await page.click("main a:text-is('Fuad Hussein and Asaad Al-Shibani meet in Baghdad')");
    expect(await page.locator("h1").textContent()).toBe("Fuad Hussein and Asaad Al-Shibani meet in Baghdad");
    const meeting = await page.locator("main").textContent();
    expect(meeting).toContain("Asaad Al-Shibani");
    expect(meeting).toContain("What the sources say about date");
    expect(meeting).toContain("year inferred");
    await page.screenshot({ path: join(ARTIFACTS, "4-meeting.png"), fullPage: true });

    await page.click("#sources + ul a:text-is('Source: Iraq forms crisis cell to secure Syria border')");
    expect(await page.locator("h1").textContent()).toBe("Source: Iraq forms crisis cell to secure Syria border");
    const source = await page.locator("main").textContent();
    expect(source).toContain("Shafaq News");
    expect(source).toContain("every quote from it is checked");
    expect(source).toContain("On March 14, Iraqi Foreign Minister Fuad Hussein met his Syrian counterpart");
    await page.screenshot({ path: join(ARTIFACTS, "5-source.png"), fullPage: true });
  });

  it("shows the denial and the disputed values plainly", async () => {
    await page.goto(`${server.url}/catalogue/actors/iraq-national-security-crisis-cell.html`);
    const cell = await page.locator("main").textContent();
    expect(cell).toContain("Denied.");
    expect(cell).toContain("denies this");
    await page.screenshot({ path: join(ARTIFACTS, "6-denied.png"), fullPage: true });

    await page.goto(`${server.url}/catalogue/agreements/syria-jordan-border-security-committee-agreement.html`);
    const agreement = await page.locator("main").textContent();
    expect(agreement).toContain("Disputed.");
    const stage = await page.locator("#claims-stage + table").textContent();
    expect(stage).toContain("signed");
    expect(stage).toContain("agreed");
    await page.screenshot({ path: join(ARTIFACTS, "7-disputed.png"), fullPage: true });
  });

  it("draws the timeline and the networks legibly at this size: no label overlaps another", async () => {
    await page.goto(`${server.url}/catalogue/index.html`);
    const pictures = page.locator("main svg");
    expect(await pictures.count()).toBe(3);
    for (const [i, name] of ["timeline", "network-states", "network-actors"].entries()) {
      await pictures.nth(i).screenshot({ path: join(ARTIFACTS, `8-${name}.png`) });
    }
    const checks = await pictures.evaluateAll((svgs) =>
      svgs.map((svg) => {
        const boxes = [...svg.querySelectorAll("text")].map((text) => text.getBoundingClientRect());
        const overlaps = boxes.filter((a, i) => boxes.some((b, j) => j !== i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)).length;
        const links = [...svg.querySelectorAll("a")];
        return { labels: boxes.length, overlaps, smallest: Math.min(...boxes.map((box) => box.height)), untitled: links.filter((a) => !a.querySelector("title")?.textContent).length, links: links.length };
      }),
    );
    for (const check of checks) {
      expect(check.labels).toBeGreaterThan(5);
      expect(check.overlaps).toBe(0);
      expect(check.smallest).toBeGreaterThanOrEqual(6);
      // Every mark links to its page and carries its full text for hover.
      expect(check.links).toBeGreaterThan(5);
      expect(check.untitled).toBe(0);
    }
    // The timeline lists every dated meeting and agreement once, its title in full.
    const meetings = JSON.parse(readFileSync(join(ROOT, "dist", "data", "meetings.json"), "utf8")) as { title: string; date?: unknown }[];
    const timeline = await pictures.nth(0).locator("text").allTextContents();
    for (const meeting of meetings.filter((m) => m.date)) expect(timeline).toContain(meeting.title);
  });

  it("sorts the meeting index by name or by date, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.url}/catalogue/meetings/by-date.html`);
    const dates = await plain.locator("main tbody tr td:last-child").allTextContents();
    // By the start of each date's interval, the more precise first (2025-01-01, then 2025-01, then 2025).
    const start = (date: string) => `${date}-01-01`.slice(0, 10);
    const byStart = (a: string, b: string) => start(a).localeCompare(start(b)) || b.length - a.length;
    expect(dates.filter(Boolean).length).toBeGreaterThan(40);
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort(byStart));
    await plain.click("text=sort by name");
    const names = await plain.locator("main tbody tr td:first-child").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    await context.close();
  });
});
