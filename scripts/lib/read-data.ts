import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parseDataYaml, readDataText } from "./read-file.js";
import { RECORD_KIND_INFO, RECORD_KINDS, type RecordKind } from "../../src/schema/kinds.js";
import type { DatasetInput } from "../../src/validate/schema-check.js";
import type { ValidationIssue } from "../../src/validate/errors.js";

/** A dataset as read from a `data/` folder, before validation. */
export interface DataFolder {
  readonly input: { [K in RecordKind]: unknown[] } & DatasetInput;
  /** The full texts of held sources, by source id. */
  readonly sourceTexts: Map<string, string>;
  /** The file each record came from, by `kind/id`. */
  readonly fileOf: Map<string, string>;
  /** The parsed `data/redirects.yaml` (or `{}` when there is none). */
  readonly redirects: unknown;
  /** Ids of record files that could not be read (already reported in `issues`). */
  readonly unreadable: Set<string>;
  /** Problems found while reading (unreadable YAML, id ≠ file name, stray files). */
  readonly issues: ValidationIssue[];
}

const ID_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;
/** The kind whose folder also holds the full texts of its records (`<id>.txt`). */
const TEXT_KIND = RECORD_KIND_INFO.sources.plural;
/** What `data/` may hold besides the kinds' folders. */
const DATA_FILES = ["redirects.yaml", "history.json", "released-ids.json"];

/**
 * Reads every record file under `dataDir` (`<kind>/<id>.yaml`) and the held source texts
 * (`sources/<id>.txt`). Checks what only files can get wrong: what a file is (see
 * ./read-file.ts: links, size, UTF-8, YAML tags, anchors and syntax), the file name matching the
 * id, names that collide on case-insensitive file systems, stray files and unknown folders.
 */
export function readDataFolder(dataDir: string, cwd = process.cwd()): DataFolder {
  const input = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as DataFolder["input"];
  const sourceTexts = new Map<string, string>();
  const fileOf = new Map<string, string>();
  const issues: ValidationIssue[] = [];
  const unreadable = new Set<string>();
  if (existsSync(dataDir)) {
    for (const name of readdirSync(dataDir).sort()) {
      if ((RECORD_KINDS as readonly string[]).includes(name) || DATA_FILES.includes(name)) continue;
      issues.push({
        kind: "dataset",
        id: name,
        file: relative(cwd, join(dataDir, name)),
        path: "",
        message: `does not belong in data/, which holds only ${[...RECORD_KINDS.map((kind) => `${kind}/`), ...DATA_FILES].join(", ").replace(/, ([^,]*)$/, " and $1")}`,
      });
    }
  }
  for (const kind of RECORD_KINDS) {
    const dir = join(dataDir, kind);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).sort();
    const byLowerCase = new Map<string, string>();
    for (const name of names) {
      const path = join(dir, name);
      const file = relative(cwd, path);
      const id = name.replace(/\.(yaml|txt)$/, "");
      const clash = byLowerCase.get(name.toLowerCase());
      byLowerCase.set(name.toLowerCase(), clash ?? name);
      if (clash !== undefined) {
        // Reported once, here: references to the record are not reported again as unknown.
        unreadable.add(id);
        issues.push({ kind, id: name, file, path: "", message: `differs from ${clash} only by case: the two are one file on macOS and Windows` });
        continue;
      }
      if (kind === TEXT_KIND && name.endsWith(".txt")) {
        const read = readDataText(path);
        if ("problem" in read) issues.push({ kind, id, file, path: "", message: read.problem });
        else sourceTexts.set(id, read.text);
        continue;
      }
      if (!name.endsWith(".yaml")) {
        issues.push({ kind, id: name, file, path: "", message: `is not a .yaml file: data/${kind}/ holds only <id>.yaml record files${kind === TEXT_KIND ? " and <id>.txt source texts" : ""}` });
        continue;
      }
      if (!ID_FILE.test(name)) {
        issues.push({ kind, id: name, file, path: "", message: "file name must be <id>.yaml with a kebab-case id" });
        continue;
      }
      unreadable.add(id);
      const read = readDataText(path);
      const parsed = "problem" in read ? read : read.text.trim() === "" ? { problem: "is empty: a record file holds one YAML mapping" } : parseDataYaml(read.text);
      if ("problem" in parsed) {
        issues.push({ kind, id, file, path: "", message: parsed.problem });
        continue;
      }
      const record = parsed.value;
      if (record === null || typeof record !== "object" || Array.isArray(record)) {
        issues.push({ kind, id, file, path: "", message: "must hold one record (a YAML mapping)" });
        continue;
      }
      const recordId = (record as { id?: unknown }).id;
      if (recordId !== id) {
        issues.push({ kind, id, file, path: "id", message: `must equal the file name ("${id}"), found ${JSON.stringify(recordId)}` });
        continue;
      }
      unreadable.delete(id);
      fileOf.set(`${kind}/${id}`, file);
      input[kind].push(record);
    }
  }
  for (const id of sourceTexts.keys()) {
    if (!fileOf.has(`${TEXT_KIND}/${id}`)) {
      issues.push({
        kind: TEXT_KIND,
        id,
        file: relative(cwd, join(dataDir, TEXT_KIND, `${id}.txt`)),
        path: "",
        message: "a source text with no source record",
      });
    }
  }
  let redirects: unknown = {};
  const redirectsPath = join(dataDir, "redirects.yaml");
  if (existsSync(redirectsPath)) {
    const read = readDataText(redirectsPath);
    const parsed = "problem" in read ? read : parseDataYaml(read.text);
    if ("problem" in parsed) issues.push({ kind: "redirects", id: "redirects", file: relative(cwd, redirectsPath), path: "", message: parsed.problem });
    else redirects = parsed.value ?? {};
  }
  return { input, sourceTexts, fileOf, redirects, unreadable, issues };
}
