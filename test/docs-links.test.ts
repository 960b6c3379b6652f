import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SITE = join(import.meta.dirname, "..", "docs", "site");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const anchorsCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let anchors = anchorsCache.get(file);
  if (!anchors) {
    const text = readFileSync(file, "utf8");
    anchors = new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
    anchorsCache.set(file, anchors);
  }
  return anchors;
}

describe("every link in the generated site", () => {
  it("resolves to a file and, where it has one, an anchor", () => {
    expect(existsSync(join(SITE, "index.html")), "run npm run docs first").toBe(true);
    const files = htmlFiles(SITE);
    expect(files.length).toBeGreaterThan(100);
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const target = match[1]!.replace(/&amp;/g, "&");
        if (/^(?:[a-z]+:|\/\/)/i.test(target) || target === "") continue;
        checked += 1;
        const [pathPart, fragment] = target.split("#") as [string, string | undefined];
        let resolved = pathPart === "" ? file : join(dirname(file), decodeURIComponent(pathPart.split("?")[0]!));
        if (existsSync(resolved) && statSync(resolved).isDirectory()) resolved = join(resolved, "index.html");
        if (!existsSync(resolved)) {
          broken.push(`${relative(SITE, file)}: ${target} (no such file)`);
          continue;
        }
        if (fragment && resolved.endsWith(".html") && !anchorsOf(resolved).has(decodeURIComponent(fragment))) {
          broken.push(`${relative(SITE, file)}: ${target} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("has a page for every actor, meeting, agreement and source", () => {
    for (const kind of ["actors", "meetings", "agreements", "sources"]) {
      const records = JSON.parse(readFileSync(join(SITE, "..", "..", "dist", "data", `${kind}.json`), "utf8")) as { id: string }[];
      for (const record of records) expect(existsSync(join(SITE, "catalogue", kind, `${record.id}.html`)), `${kind}/${record.id}`).toBe(true);
    }
  });
});

describe("the API reference", () => {
  it("shows the schema fields' descriptions on the types", () => {
    const meeting = readFileSync(join(SITE, "types", "schema.Meeting.html"), "utf8");
    expect(meeting).toContain("Who took part, each with a role and citations.");
    const citation = readFileSync(join(SITE, "types", "schema.Citation.html"), "utf8");
    expect(citation).toContain("A short verbatim excerpt of the source.");
  });
  it("has a guide page for each guide, the schema reference among them", () => {
    for (const page of ["Getting_started", "The_data_model", "Dates_and_precision", "Provenance_and_claim_status", "Versioning", "Performance", "Using_the_data_from_other_tools", "DuckDB_and_beyond", "Schema_reference"]) {
      expect(existsSync(join(SITE, "documents", `${page}.html`)), page).toBe(true);
    }
  });
  it("has the changelog, up to the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(SITE, "..", "..", "package.json"), "utf8")) as { version: string };
    const changelog = readFileSync(join(SITE, "documents", "CHANGELOG.html"), "utf8");
    expect(changelog).toMatch(new RegExp(`<h2[^>]*>.*?${version.replaceAll(".", "\\.")}`));
  });
});

/** What a test needs to write a catalogue of its own: the writer, the built data and an empty folder. */
async function catalogueInputs() {
  const { writeCatalogue } = await import("../scripts/docs/catalogue.js");
  const { readBuiltData } = await import("../scripts/lib/built-data.js");
  const { data, history } = readBuiltData(join(SITE, "..", "..", "dist"));
  return { writeCatalogue, data, history, out: mkdtempSync(join(tmpdir(), "msd-catalogue-")) };
}

describe("the catalogue keeps retired ids' pages", () => {
  it("writes a page that sends a retired id on to its successor", async () => {
    const { writeCatalogue, data, history, out } = await catalogueInputs();
    writeCatalogue(out, { ...data, redirects: { "asaad-al-shaibani": { to: "asaad-al-shibani", reason: "renamed" } } }, history);
    const page = readFileSync(join(out, "actors", "asaad-al-shaibani.html"), "utf8");
    expect(page).toContain('url=asaad-al-shibani.html');
    expect(page).toContain("was renamed");
  });
});

describe("the catalogue marks what changed since the last release", () => {
  const marker = /changed since ([^,<]+), not yet released<\/strong> \(([^)]*)\)/;

  it("names the release and the changed fields on the page of a changed record, and only there", async () => {
    const { writeCatalogue, data, history, out } = await catalogueInputs();
    const released = { ...history, iraq: { added: "9.0.0", changed: "9.1.0" }, jordan: { added: "9.0.0", changed: "9.0.0" } };
    writeCatalogue(out, data, released, { since: "9.2.0", fields: new Map([["iraq", ["name", "wikidata"]]]) });
    const iraq = readFileSync(join(out, "actors", "iraq.html"), "utf8");
    expect(iraq).toContain("added in 9.0.0, last changed in 9.1.0");
    expect(iraq.match(marker)?.slice(1)).toEqual(["9.2.0", "<code>name</code>, <code>wikidata</code>"]);
    const jordan = readFileSync(join(out, "actors", "jordan.html"), "utf8");
    expect(jordan).toContain("added in 9.0.0, last changed in 9.0.0");
    expect(jordan).not.toMatch(marker);
    // Every kind of record says it, sources included.
    for (const kind of ["meetings", "agreements", "sources"] as const) {
      const { id } = data[kind][0]!;
      expect(readFileSync(join(out, kind, `${id}.html`), "utf8"), id).toMatch(/<dt>in the package<\/dt><dd>(added in|not yet released)/);
    }
  });

  it("in the built site, on exactly the records npm run data:diff reports changed", async () => {
    const { spawnSync } = await import("node:child_process");
    const ROOT = join(SITE, "..", "..");
    const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/data-diff.ts", "--json"], { cwd: ROOT, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    const { diff } = JSON.parse(result.stdout) as { diff: { changed: { kind: string; id: string }[] } };
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    const marked = ["actors", "meetings", "agreements", "sources"].flatMap((kind) =>
      readdirSync(join(SITE, "catalogue", kind))
        .filter((name) => marker.test(readFileSync(join(SITE, "catalogue", kind, name), "utf8")))
        .map((name) => `${kind}/${name.replace(/\.html$/, "")}`),
    );
    expect(marked.sort()).toEqual(diff.changed.map(({ kind, id }) => `${kind}/${id}`).sort());
    for (const path of marked) {
      expect(readFileSync(join(SITE, "catalogue", `${path}.html`), "utf8").match(marker)?.[1]).toBe(version);
    }
  }, 60_000);
});

describe("what readers see", () => {
  // Our research notes label reports R1–R6, and call the first one "the seed report"; a reader of
  // the docs, the data or the changelog has no such notes, so a label there says nothing. Name the
  // report (publisher, title, date) instead.
  const ROOT = join(import.meta.dirname, "..");
  const files = (dir: string, ending: string): string[] =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(ending))
      .map((name) => join(dir, name));

  it("names reports, never our notes' labels for them (R1, R2, …, the seed report)", () => {
    const guides = files("docs", ".md").filter((name) => !name.startsWith(join("docs", "site")));
    const read = ["README.md", "CHANGELOG.md", ...guides, ...files(".changeset", ".md"), ...files("data", ".yaml")];
    expect(read.length).toBeGreaterThan(60);
    const labelled = read.flatMap((file) =>
      readFileSync(join(ROOT, file), "utf8")
        .split("\n")
        .flatMap((line, index) => (/\bR[1-9]\d?\b|\b[Ss]eed report\b/.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(labelled).toEqual([]);
  });
});
