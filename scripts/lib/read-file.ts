/**
 * Reads one entry of `data/` as a person may have left it, for the file rules
 * (src/validate/rules/, those `on: "file"`), which refuse what a data file never needs: a symbolic
 * link, a file over 1 MiB, bytes that are not UTF-8, and in YAML any tag, anchor, alias or merge
 * key, duplicate keys and tabs as indentation. Each fact is read once, and only when a rule asks
 * for it. A byte-order mark and CRLF line ends, which Windows editors write, are normalised.
 */
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isPair, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { RecordKind } from "../../src/schema/kinds.js";
import type { DataFile, YamlFacts } from "../../src/validate/rule.js";
import { roleOf } from "../../src/validate/rules/files-known.js";

/** Remembers the value `make` returns the first time. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The names of one folder: all of them, and the first of each in lower case. */
export function folderNames(names: readonly string[]): DataFile["folder"] {
  const byLowerCase = new Map<string, string>();
  for (const name of names) if (!byLowerCase.has(name.toLowerCase())) byLowerCase.set(name.toLowerCase(), name);
  return { names: new Set(names), byLowerCase };
}

const firstLine = (message: string) => message.split("\n")[0]!.replace(/:$/, "");

/** The tags, anchors and merge keys of a parsed document, and its errors and warnings. */
function yamlFacts(doc: Document, lineCounter: LineCounter): YamlFacts {
  const lineOf = (range: readonly number[] | null | undefined) => (range ? lineCounter.linePos(range[0]!).line : undefined);
  const nodes: { what: "tag" | "anchor" | "merge key"; name: string; line: number | undefined }[] = [];
  visit(doc, (_key, node) => {
    if (node === null) return;
    const { anchor, tag, range } = node as { anchor?: string; tag?: string; range?: readonly number[] };
    if (isPair(node) && isScalar(node.key) && node.key.value === "<<") nodes.push({ what: "merge key", name: "<<", line: lineOf(node.key.range) });
    else if (anchor) nodes.push({ what: "anchor", name: anchor, line: lineOf(range) });
    else if (tag !== undefined && !isPair(node)) nodes.push({ what: "tag", name: tag.replace(/^tag:yaml\.org,2002:/, "!!"), line: lineOf(range) });
  });
  return { errors: doc.errors.map((error) => firstLine(error.message)), warnings: doc.warnings.map((warning) => firstLine(warning.message)), nodes };
}

/** One entry of a data folder (`dir/name`), read lazily for the file rules. */
export function dataFile(dir: string, kind: RecordKind | undefined, name: string, folder: DataFile["folder"]): DataFile {
  const path = join(dir, name);
  const stat = once(() => {
    const found = lstatSync(path);
    return { symlink: found.isSymbolicLink(), directory: found.isDirectory(), size: found.size };
  });
  const bytes = once(() => readFileSync(path));
  const text = once(() => bytes().toString("utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  const parsed = once(() => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text(), { uniqueKeys: true, prettyErrors: true, lineCounter });
    return { doc, facts: yamlFacts(doc, lineCounter) };
  });
  return { kind, name, role: roleOf(kind, name), folder, stat, bytes, text, yaml: () => parsed().facts, value: once(() => parsed().doc.toJS()) };
}
