import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { RECORD_KINDS, type RecordKind } from "../../src/schema/dataset.js";
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

/**
 * Reads every record file under `dataDir` (`<kind>/<id>.yaml`) and the held source texts
 * (`sources/<id>.txt`). Checks what only files can get wrong: YAML syntax, the file name matching
 * the id, and files that belong to no record.
 */
export function readDataFolder(dataDir: string, cwd = process.cwd()): DataFolder {
  const input: DataFolder["input"] = { actors: [], meetings: [], agreements: [], sources: [] };
  const sourceTexts = new Map<string, string>();
  const fileOf = new Map<string, string>();
  const issues: ValidationIssue[] = [];
  const unreadable = new Set<string>();
  for (const kind of RECORD_KINDS) {
    const dir = join(dataDir, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const file = relative(cwd, path);
      const id = name.replace(/\.(yaml|txt)$/, "");
      if (kind === "sources" && name.endsWith(".txt")) {
        sourceTexts.set(id, readFileSync(path, "utf8"));
        continue;
      }
      if (!ID_FILE.test(name)) {
        issues.push({ kind, id: name, file, path: "", message: "file name must be <id>.yaml with a kebab-case id" });
        continue;
      }
      unreadable.add(id);
      let record: unknown;
      try {
        record = parseYaml(readFileSync(path, "utf8"), { prettyErrors: true, uniqueKeys: true });
      } catch (error) {
        const reason = error instanceof YAMLParseError ? error.message.split("\n")[0]!.replace(/:$/, "") : String(error);
        issues.push({ kind, id, file, path: "", message: `cannot be read as YAML: ${reason}` });
        continue;
      }
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
    if (!fileOf.has(`sources/${id}`)) {
      issues.push({
        kind: "sources",
        id,
        file: relative(cwd, join(dataDir, "sources", `${id}.txt`)),
        path: "",
        message: "a source text with no source record",
      });
    }
  }
  let redirects: unknown = {};
  const redirectsPath = join(dataDir, "redirects.yaml");
  if (existsSync(redirectsPath)) {
    try {
      redirects = parseYaml(readFileSync(redirectsPath, "utf8"), { uniqueKeys: true }) ?? {};
    } catch (error) {
      const reason = error instanceof YAMLParseError ? error.message.split("\n")[0]!.replace(/:$/, "") : String(error);
      issues.push({ kind: "redirects", id: "redirects", file: relative(cwd, redirectsPath), path: "", message: `cannot be read as YAML: ${reason}` });
    }
  }
  return { input, sourceTexts, fileOf, redirects, unreadable, issues };
}
