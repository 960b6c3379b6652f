/**
 * `npm run validate [-- <data-dir>]`: checks every data file and prints every problem as
 * `file: field.path: reason`. Exits 1 on any problem; writes nothing.
 */
import { checkDataFolder, reportIssues } from "./lib/check-data.js";
import { coverageLine, coverageSummary } from "./lib/coverage.js";
import { RECORD_KINDS } from "../src/schema/kinds.js";

const dataDir = process.argv[2] ?? "data";
const { data, issues, uncheckedFiles } = checkDataFolder(dataDir);
if (issues.length > 0) {
  reportIssues(issues, uncheckedFiles);
  process.exit(1);
}
console.log(`${dataDir}: valid (${RECORD_KINDS.map((kind) => `${data[kind].length} ${kind}`).join(", ")})`);
console.log(coverageLine(coverageSummary(data)));
