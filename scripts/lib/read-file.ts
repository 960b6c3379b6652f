/**
 * Reads one file of `data/` as a person may have left it, and refuses what a data file never
 * needs: a symbolic link, a file over 1 MiB, bytes that are not UTF-8, and in YAML any tag
 * (`!!js/function`, `!custom`), anchor, alias or merge key (which also shuts out alias bombs),
 * duplicate keys and tabs as indentation. A byte-order mark and CRLF line ends, which Windows
 * editors write, are accepted and normalised. Every refusal is one plain sentence.
 */
import { lstatSync, readFileSync } from "node:fs";
import { isAlias, isPair, isScalar, LineCounter, parseDocument, visit } from "yaml";

/** The largest data file accepted: a record is a few kilobytes; 1 MiB is far beyond any. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A file's text, or why it cannot be read. */
export type FileText = { readonly text: string } | { readonly problem: string };

/** The byte offset of the first byte that is not part of valid UTF-8, or -1 if all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** Reads a data file as text: a regular file, at most 1 MiB, valid UTF-8; BOM and CRLF normalised. */
export function readDataText(path: string): FileText {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return { problem: "is a symbolic link: data files must be regular files (copy the file in instead)" };
  if (stat.isDirectory()) return { problem: "is a folder: this folder holds only record files" };
  if (stat.size > MAX_FILE_BYTES) return { problem: `is ${stat.size} bytes, over the 1 MiB a data file may have (a record is a few kilobytes)` };
  const bytes = readFileSync(path);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) return { problem: `is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, "0")} at offset ${bad}): save it as UTF-8` };
  return { text: bytes.toString("utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") };
}

/** A parsed YAML file, or why it cannot be used. */
export type YamlValue = { readonly value: unknown } | { readonly problem: string };

/**
 * Parses data-file YAML: plain mappings, sequences and scalars only. Refuses duplicate keys,
 * tabs as indentation and any syntax error (as the YAML parser words it), and any tag, anchor,
 * alias or merge key, with the line it is on.
 */
export function parseDataYaml(text: string): YamlValue {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, lineCounter });
  const lineOf = (offset: number | undefined) => (offset === undefined ? "" : ` at line ${lineCounter.linePos(offset).line}`);
  const error = doc.errors[0];
  if (error) return { problem: `cannot be read as YAML: ${error.message.split("\n")[0]!.replace(/:$/, "")}` };
  let problem: string | undefined;
  visit(doc, (_key, node) => {
    if (problem !== undefined) return visit.BREAK;
    if (isAlias(node)) problem = `uses the YAML alias *${node.source}${lineOf(node.range?.[0])}: data files take no anchors or aliases; write the value out`;
    else if (isPair(node) && isScalar(node.key) && node.key.value === "<<") problem = `uses a YAML merge key (<<)${lineOf(node.key.range?.[0])}: data files take no merge keys; write the fields out`;
    else if ((node as { anchor?: string }).anchor) {
      problem = `uses the YAML anchor &${(node as { anchor: string }).anchor}${lineOf((node as { range?: [number] }).range?.[0])}: data files take no anchors or aliases; write the value out`;
    } else if ((node as { tag?: string }).tag !== undefined && !isPair(node)) {
      const tag = (node as { tag: string }).tag.replace(/^tag:yaml\.org,2002:/, "!!");
      problem = `uses the YAML tag ${tag}${lineOf((node as { range?: [number] }).range?.[0])}: data files take no tags; write the plain value`;
    }
    return undefined;
  });
  if (problem !== undefined) return { problem };
  const warning = doc.warnings[0];
  if (warning) return { problem: `cannot be read as YAML: ${warning.message.split("\n")[0]!.replace(/:$/, "")}` };
  return { value: doc.toJS() };
}
