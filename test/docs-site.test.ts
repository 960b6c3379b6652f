import { existsSync, mkdirSync } from "node:fs";
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

  it("sorts the meeting index by name or by date, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.url}/catalogue/meetings/by-date.html`);
    const dates = await plain.locator("main tbody tr td:last-child").allTextContents();
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort());
    await plain.click("text=sort by name");
    const names = await plain.locator("main tbody tr td:first-child").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    await context.close();
  });
});
