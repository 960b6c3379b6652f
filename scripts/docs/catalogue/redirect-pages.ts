/** Ids are forever, page addresses too: a retired id's page sends readers on to its successor. */
import type { DatasetRecordsReadonly } from "../../../src/query/types.js";
import { esc, link, page } from "../html.js";
import type { CatalogueParts } from "./parts.js";

/** The page of each retired id that leads to a record, by path (`<kind>/<retired id>.html`). */
export function redirectPages(parts: CatalogueParts, redirects: DatasetRecordsReadonly["redirects"]): Map<string, string> {
  const files = new Map<string, string>();
  for (const [from, redirect] of Object.entries(redirects ?? {})) {
    const target = redirect.to === undefined ? undefined : parts.dataset.resolveId(redirect.to).id;
    const kind = target === undefined ? undefined : parts.kindOf.get(target);
    if (kind && target) {
      const name = parts.nameOf(target);
      files.set(
        `${kind}/${from}.html`,
        page({ title: `${from} is now ${name}`, depth: 1, body: `<p>The id <code>${esc(from)}</code> was ${esc(redirect.reason)}; it now leads to ${link(`${target}.html`, name)}.</p><meta http-equiv="refresh" content="0; url=${esc(target)}.html">` }),
      );
    }
  }
  return files;
}
