/** Small helpers to write the catalogue's static HTML: escaping and the page layout. */
import { RECORD_KIND_INFO, RECORD_KINDS } from "../../src/schema/kinds.js";

/** Escapes text for HTML content and attribute values. */
export function esc(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A link. */
export function link(href: string, text: string, attributes = ""): string {
  return `<a href="${esc(href)}"${attributes}>${esc(text)}</a>`;
}

/** A status badge that says the status in words, not only in colour. */
export function statusBadge(status: string): string {
  const words: Record<string, string> = {
    reported: "reported",
    confirmed: "confirmed by two or more sources",
    denied: "denied by a source",
    disputed: "disputed: sources disagree",
  };
  return `<span class="status status-${esc(status)}" title="claim status">${esc(words[status] ?? status)}</span>`;
}

export interface PageOptions {
  readonly title: string;
  /** How many folders below the catalogue root the page is (0 for catalogue/index.html). */
  readonly depth: number;
  readonly body: string;
  readonly description?: string;
}

/** A whole page: header with navigation, the body, a footer. */
export function page({ title, depth, body, description }: PageOptions): string {
  const up = "../".repeat(depth);
  const nav = [
    link(`${up}../index.html`, "API reference & guides"),
    link(`${up}index.html`, "Catalogue"),
    ...RECORD_KINDS.map((kind) => link(`${up}${kind}/index.html`, RECORD_KIND_INFO[kind].title)),
  ].join("\n      ");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)} · mena-security-data</title>
  ${description ? `<meta name="description" content="${esc(description)}">` : ""}
  <link rel="stylesheet" href="${up}style.css">
</head>
<body>
  <header>
    <nav aria-label="catalogue">
      ${nav}
    </nav>
  </header>
  <main>
    <h1>${esc(title)}</h1>
${body}
  </main>
  <footer>Generated from the data of mena-security-data. Every fact cites its source; quotes are short excerpts, notes are in our own words.</footer>
</body>
</html>
`;
}

export const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fff; }
header { background: #12355b; padding: .6rem 1rem; }
header nav a { color: #fff; margin-right: 1.2rem; text-decoration: none; font-weight: 600; }
header nav a:hover { text-decoration: underline; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
footer { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #555; font-size: .85rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f8; }
.status { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: .85rem; border: 1px solid; }
.status-reported { border-color: #888; color: #333; }
.status-confirmed { border-color: #1a7f37; color: #1a7f37; }
.status-denied { border-color: #b42318; color: #fff; background: #b42318; }
.status-disputed { border-color: #b54708; color: #fff; background: #b54708; }
blockquote { margin: .3rem 0; padding: .2rem .8rem; border-left: 4px solid #12355b; background: #f6f8fa; }
.note { color: #333; font-style: italic; }
.stance-denies { color: #b42318; font-weight: 700; }
.selected { font-weight: 700; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
svg a:hover text, svg a:focus text { text-decoration: underline; }
.sort { font-size: .9rem; }
`;
