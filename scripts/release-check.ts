/**
 * `npm run release:check -- [<git-ref>]`: fails when the pending changesets bump less than the
 * data and schema diff since the last release (or the given ref) requires.
 */
import { pendingBump, releaseProblem } from "./lib/changesets.js";
import { diffSnapshots } from "./lib/data-diff.js";
import { lastReleaseTag, snapshotAt, workingTreeSnapshot } from "./lib/snapshot.js";

const ref = process.argv[2] ?? lastReleaseTag() ?? "HEAD";
const before = await snapshotAt(ref);
const after = workingTreeSnapshot();
const required = diffSnapshots(before, after).bump;
const pending = await pendingBump();
const problem = releaseProblem(required, pending.bump);
if (problem) {
  console.error(`release:check (since ${ref}): ${problem}`);
  process.exit(1);
}
console.log(`release:check (since ${ref}): changes require ${required}; pending changesets bump ${pending.bump}: ok`);
