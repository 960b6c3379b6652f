/**
 * The data catalogue: a static page for every actor, meeting, agreement and source, index pages
 * per kind (by name and by date), a timeline and a network picture. Written from the canonical
 * JSON in dist/data, so it shows exactly what the package ships. Each page type is its own module
 * in ./catalogue/; this one puts them together and writes the files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Dataset } from "../../src/query/dataset.js";
import type { DatasetRecordsReadonly } from "../../src/query/types.js";
import { RECORD_KINDS, type RecordKind } from "../../src/schema/kinds.js";
import type { UnreleasedChanges } from "../lib/snapshot.js";
import { actorPage } from "./catalogue/actor-page.js";
import { agreementPage } from "./catalogue/agreement-page.js";
import { frontPage } from "./catalogue/front-page.js";
import { indexPages } from "./catalogue/index-pages.js";
import { meetingPage } from "./catalogue/meeting-page.js";
import { catalogueParts, type CatalogueParts, type History, type RecordPage } from "./catalogue/parts.js";
import { redirectPages } from "./catalogue/redirect-pages.js";
import { citationUses, sourcePage } from "./catalogue/source-page.js";
import { page, STYLE } from "./html.js";

/** The page writer of each kind: a new kind without one is a type error. */
function recordPages(parts: CatalogueParts): { readonly [K in RecordKind]: (record: DatasetRecordsReadonly[K][number]) => RecordPage } {
  const uses = citationUses(parts);
  return {
    actors: (actor) => actorPage(parts, actor),
    meetings: (meeting) => meetingPage(parts, meeting),
    agreements: (agreement) => agreementPage(parts, agreement),
    sources: (source) => sourcePage(parts, source, uses.get(source.id) ?? []),
  };
}

/** Every file of the catalogue, by path under the `catalogue/` folder. */
export function catalogueFiles(data: DatasetRecordsReadonly, history: History, unreleased?: UnreleasedChanges): Map<string, string> {
  const parts = catalogueParts(data, history, unreleased);
  const pages = recordPages(parts);
  const files = new Map<string, string>();
  for (const kind of RECORD_KINDS) {
    const pageOf = pages[kind] as (record: DatasetRecordsReadonly[RecordKind][number]) => RecordPage;
    for (const record of parts.dataset[kind]) {
      const { title, body } = pageOf(record);
      files.set(`${kind}/${record.id}.html`, page({ title, depth: 1, body }));
    }
  }
  for (const [path, text] of indexPages(parts)) files.set(path, text);
  files.set("index.html", frontPage(parts));
  files.set("style.css", STYLE);
  for (const [path, text] of redirectPages(parts, data.redirects)) files.set(path, text);
  return files;
}

/**
 * Writes the whole catalogue into `outDir` (the `catalogue/` folder of the site) and returns the
 * number of files. `history` says in which release each record was added and last changed;
 * `unreleased`, which records changed after the last release (a site built between releases shows
 * the data as it will next ship).
 */
export function writeCatalogue(outDir: string, data: DatasetRecordsReadonly, history: History, unreleased?: UnreleasedChanges): number {
  const files = catalogueFiles(data, history, unreleased);
  for (const [name, text] of files) {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return files.size;
}

export type { Dataset };
