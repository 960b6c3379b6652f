import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { dataFile, folderNames } from "./read-file.js";
import { RECORD_KINDS, type RecordKind } from "../../src/schema/kinds.js";
import type { DatasetInput } from "../../src/validate/schema-check.js";
import type { ValidationIssue } from "../../src/validate/errors.js";
import { FILE_RULES } from "../../src/validate/registry.js";
import type { DataFile } from "../../src/validate/rule.js";
import { DATA_FILES } from "../../src/validate/rules/files-known.js";

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
  /** The record files that could not be read. */
  readonly unreadableFiles: string[];
  /** Problems found while reading (a file rule broken: unreadable YAML, id ≠ file name, stray files). */
  readonly issues: ValidationIssue[];
  /** The rule each issue broke (`rules[i]` for `issues[i]`). */
  readonly rules: string[];
}

/**
 * Reads every record file under `dataDir` (`<kind>/<id>.yaml`), the held source texts
 * (`sources/<id>.txt`) and `redirects.yaml`. Each entry goes through the file rules in the
 * registry's order (see ./read-file.ts); the first rule an entry breaks is reported, and the entry
 * is not read further.
 */
export function readDataFolder(dataDir: string, cwd = process.cwd()): DataFolder {
  const folder: DataFolder = {
    input: Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as DataFolder["input"],
    sourceTexts: new Map(),
    fileOf: new Map(),
    redirects: {},
    unreadable: new Set(),
    unreadableFiles: [],
    issues: [],
    rules: [],
  };
  let redirects: unknown = {};
  const read = (dir: string, kind: RecordKind | undefined, names: readonly string[]) => {
    const inFolder = folderNames(names);
    for (const name of names) {
      const file = dataFile(dir, kind, name, inFolder);
      const path = relative(cwd, join(dir, name));
      const id = file.role === "record" || file.role === "text" ? name.replace(/\.(yaml|txt)$/, "") : name;
      if (!passes(file, folder, { kind: kind ?? (file.role === "redirects" ? "redirects" : "dataset"), id: file.role === "redirects" ? "redirects" : id, file: path })) {
        if (file.role === "record") {
          // Reported once, here: references to the record are not reported again as unknown.
          folder.unreadable.add(id);
          folder.unreadableFiles.push(path);
        }
        continue;
      }
      if (file.role === "redirects") redirects = file.value() ?? {};
      else if (file.role === "text") folder.sourceTexts.set(id, file.text());
      else if (kind !== undefined) {
        folder.fileOf.set(`${kind}/${id}`, path);
        folder.input[kind].push(file.value());
      }
    }
  };
  if (existsSync(dataDir)) {
    const known = new Set<string>([...RECORD_KINDS, ...DATA_FILES.filter((name) => !name.endsWith(".yaml"))]);
    read(dataDir, undefined, readdirSync(dataDir).sort().filter((name) => !known.has(name)));
  }
  for (const kind of RECORD_KINDS) {
    const dir = join(dataDir, kind);
    if (existsSync(dir)) read(dir, kind, readdirSync(dir).sort());
  }
  return { ...folder, redirects };
}

/** Runs the file rules on one entry: true if it breaks none, else reports the first it breaks. */
function passes(file: DataFile, folder: DataFolder, where: Pick<ValidationIssue, "kind" | "id" | "file">): boolean {
  for (const rule of FILE_RULES) {
    const problem = rule.check(file);
    if (problem === undefined) continue;
    folder.issues.push({ ...where, path: problem.path ?? "", message: problem.message });
    folder.rules.push(rule.name);
    return false;
  }
  return true;
}
