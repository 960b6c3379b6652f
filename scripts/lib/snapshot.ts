import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as currentSchemas from "../../src/schema/index.js";
import { RECORD_KINDS, type RecordKind } from "../../src/schema/kinds.js";
import { canonicalize, sortKeysDeep } from "./canonical.js";
import { checkDataFolder } from "./check-data.js";
import { changedFields, diffDatasets, type CanonicalData } from "./diff/records.js";
import { kindSchema, recordJsonSchemas, type SchemaModule } from "./json-schemas.js";
import { readDataFolder } from "./read-data.js";

/** The data and schemas at one point in history. */
export interface Snapshot {
  readonly ref: string;
  readonly data: CanonicalData;
  readonly schemas: Record<string, Record<string, unknown>>;
}

/** The data before the first commit: no records of any kind. */
const EMPTY: CanonicalData = { ...(Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as Record<RecordKind, never[]>), redirects: {} };

/**
 * The last release: the newest `v*` tag reachable from HEAD or, where tags were not fetched (a
 * shallow or tag-less clone), the newest commit whose message starts with "Release ". Undefined
 * before the first release.
 */
export function lastReleaseTag(cwd = process.cwd()): string | undefined {
  const git = (args: string[]) => {
    try {
      return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
    } catch {
      return undefined;
    }
  };
  return git(["describe", "--tags", "--abbrev=0", "--match", "v*"]) ?? git(["log", "-1", "--format=%H", "--grep=^Release [0-9]"]);
}

/** Records changed since the last release, not released yet: that release, and each record's changed fields. */
export interface UnreleasedChanges {
  /** The last release's version. */
  readonly since: string;
  /** Each changed record's id, with the top-level fields that changed. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
}

/**
 * The records changed since the last release and not released yet, as `npm run data:diff` finds
 * them. Undefined when git knows no release (before the first one, or in a clone without history).
 */
export async function changesSinceRelease(root = process.cwd()): Promise<UnreleasedChanges | undefined> {
  const ref = lastReleaseTag(root);
  if (ref === undefined) return undefined;
  const diff = diffDatasets((await snapshotAt(ref, root)).data, workingTreeSnapshot(root).data);
  // Changesets bump package.json only when a release is cut, so it still names the last release.
  const since = readJson<{ version: string }>(join(root, "package.json"), { version: ref }).version;
  const fields = new Map(diff.changed.map(({ id, changes }) => [id, changedFields(changes)]));
  return { since, fields };
}

/** The working tree's data (validated: a dataset that does not validate cannot be released). */
export function workingTreeSnapshot(root = process.cwd()): Snapshot {
  const { data, redirects, issues } = checkDataFolder(join(root, "data"), root);
  if (issues.length > 0) throw new Error(`the working tree's data does not validate (${issues.length} problems): run npm run validate`);
  return {
    ref: "working tree",
    data: { ...(canonicalize(data) as unknown as CanonicalData), redirects: sortKeysDeep(redirects) as CanonicalData["redirects"] },
    schemas: recordJsonSchemas(currentSchemas as unknown as SchemaModule),
  };
}

/**
 * The data and schemas as they were at a git ref: `data/` and `src/` (the schemas and the modules
 * they import) are extracted into a temporary folder, the records are parsed with that ref's own
 * schemas (falling back to the raw record where one does not parse) and put in canonical form.
 */
export async function snapshotAt(ref: string, root = process.cwd()): Promise<Snapshot> {
  const dir = join(root, `.snapshot-${process.pid}-${ref.replace(/[^A-Za-z0-9]/g, "_")}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const paths = ["data", "src"].filter((path) => {
      try {
        execFileSync("git", ["cat-file", "-e", `${ref}:${path}`], { cwd: root, stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    });
    if (paths.length === 0) return { ref, data: EMPTY, schemas: {} };
    const archive = execFileSync("git", ["archive", "--format=tar", ref, ...paths], { cwd: root, maxBuffer: 1 << 30 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
    let module: SchemaModule | undefined;
    if (existsSync(join(dir, "src", "schema", "index.ts"))) {
      module = (await import(pathToFileURL(join(dir, "src", "schema", "index.ts")).href)) as SchemaModule;
    }
    const folder = existsSync(join(dir, "data")) ? readDataFolder(join(dir, "data"), dir) : undefined;
    const parsed = Object.fromEntries(
      RECORD_KINDS.map((kind) => [
        kind,
        (folder?.input[kind] ?? []).map((record) => {
          const result = kindSchema(module, kind)?.safeParse(record);
          return result?.success ? result.data : record;
        }),
      ]),
    );
    return {
      ref,
      data: { ...(canonicalize(parsed as never) as unknown as CanonicalData), redirects: sortKeysDeep(folder?.redirects ?? {}) as CanonicalData["redirects"] },
      schemas: module ? recordJsonSchemas(module) : {},
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads a JSON file, or returns `fallback` when it does not exist. */
export function readJson<T>(path: string, fallback: T): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : fallback;
}
