/**
 * `npm run release`: cuts a release from the pending changesets.
 *
 * 1. Diffs the data and schemas against the last release tag (everything is new on the first).
 * 2. Fails unless the pending changesets bump at least what the diff requires.
 * 3. Adds a changeset that lists the data diff in words, so the changelog says which actors,
 *    meetings and agreements were added, corrected, renamed or withdrawn.
 * 4. Runs `changeset version` (bumps package.json, writes CHANGELOG.md).
 * 5. Records the new version in `data/released-ids.json` (every id ever released) and
 *    `data/history.json` (the version each record was added in and last changed in).
 * Then commit, and tag `v<version>`.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalJson } from "./lib/canonical.js";
import { PACKAGE_NAME, pendingBump, releaseProblem } from "./lib/changesets.js";
import { RECORD_KINDS } from "../src/schema/kinds.js";
import { describeDiff, diffSnapshots } from "./lib/data-diff.js";
import { lastReleaseTag, readJson, snapshotAt, workingTreeSnapshot } from "./lib/snapshot.js";

const ROOT = process.cwd();
const tag = lastReleaseTag();
const before = await snapshotAt(tag ?? "4b825dc642cb6eb9a060e54bf8d69288fbee4904"); // the empty tree: all is new
const after = workingTreeSnapshot();
const { diff, schema, bump: required } = diffSnapshots(before, after);
const pending = await pendingBump();
const problem = releaseProblem(required, pending.bump);
if (problem) {
  console.error(`release: ${problem}`);
  process.exit(1);
}
if (pending.count === 0) {
  console.error("release: nothing to release (no pending changesets)");
  process.exit(1);
}

if (required !== "none") {
  const summary = `Data changes${tag ? ` since ${tag}` : ""}:\n\n${describeDiff(diff, schema, false)}`;
  writeFileSync(join(ROOT, ".changeset", `data-diff-${Date.now()}.md`), `---\n"${PACKAGE_NAME}": ${required}\n---\n\n${summary}\n`);
}
execFileSync("npx", ["changeset", "version"], { cwd: ROOT, stdio: "inherit" });
const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

type Released = Record<string, { kind: string; since: string }>;
const releasedPath = join(ROOT, "data", "released-ids.json");
const released = readJson<Released>(releasedPath, {});
type History = Record<string, { added: string; changed: string }>;
const historyPath = join(ROOT, "data", "history.json");
const history = readJson<History>(historyPath, {});
const changedIds = new Set(diff.changed.map((entry) => entry.id));
for (const kind of RECORD_KINDS) {
  for (const record of after.data[kind]) {
    const id = String(record.id);
    released[id] ??= { kind, since: version };
    if (!history[id]) history[id] = { added: version, changed: version };
    else if (changedIds.has(id)) history[id] = { ...history[id], changed: version };
  }
}
for (const id of Object.keys(after.data.redirects ?? {})) released[id] ??= { kind: "redirect", since: version };
writeFileSync(releasedPath, canonicalJson(released));
writeFileSync(historyPath, canonicalJson(history));
console.log(`release: ${version} prepared (${required} change). Now: git add -A && git commit -m "Release ${version}" && git tag v${version}`);
