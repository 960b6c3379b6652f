/**
 * `npm run validate [-- <data-dir>]`: checks every data file and prints every problem as
 * `file: field.path: reason`. Exits 1 on any problem; writes nothing.
 */
import { checkDataFolder, reportIssues } from "./lib/check-data.js";
import { coverageLine, coverageSummary } from "./lib/coverage.js";

const dataDir = process.argv[2] ?? "data";
const { data, issues, uncheckedFiles } = checkDataFolder(dataDir);
if (issues.length > 0) {
  reportIssues(issues, uncheckedFiles);
  process.exit(1);
}
console.log(
  `${dataDir}: valid (${data.actors.length} actors, ${data.meetings.length} meetings, ${data.agreements.length} agreements, ${data.sources.length} sources)`,
);
console.log(coverageLine(coverageSummary(data)));
