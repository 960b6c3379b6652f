/**
 * `npm run data:diff -- [<git-ref>] [--json]`: what changed in the data and schemas between a git
 * ref (default: the last release tag, or HEAD) and the working tree, and the bump it requires.
 */
import { describeDiff, diffSnapshots } from "./lib/data-diff.js";
import { lastReleaseTag, snapshotAt, workingTreeSnapshot } from "./lib/snapshot.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const ref = args.find((arg) => !arg.startsWith("--")) ?? lastReleaseTag() ?? "HEAD";
const before = await snapshotAt(ref);
const after = workingTreeSnapshot();
const { diff, schema, bump } = diffSnapshots(before, after);
if (json) {
  console.log(JSON.stringify({ ref, bump, diff, schema }, null, 2));
} else {
  console.log(`Data diff: ${ref} → working tree\n`);
  console.log(describeDiff(diff, schema));
  console.log(`\nRequired bump: ${bump}`);
}
