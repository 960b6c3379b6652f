/** The diff in words: the markdown lines of changelog entries and of `npm run data:diff`. */
import { RECORD_KIND_INFO, RECORD_KINDS } from "../../../src/schema/kinds.js";
import { changedFields, type DataDiff } from "./records.js";
import type { SchemaChange } from "./schemas.js";

/** Shortens a JSON value for one line of a report. */
function brief(value: unknown): string {
  if (value === undefined) return "(none)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The diff in human words, as markdown: which actors, meetings, agreements and sources were
 * added, changed (a value corrected, or a field or citation added), renamed, withdrawn or
 * removed, kind by kind in registry order, then the schema changes. Used in changelog entries and
 * by `npm run data:diff`.
 */
export function describeDiff(diff: DataDiff, schema: readonly SchemaChange[] = [], detail = true): string {
  // A record with no name or title (a source our notes give no title) is labelled by its id alone.
  const named = (entry: { id: string; label: string }) => (entry.label === entry.id ? `\`${entry.id}\`` : `${entry.label} (\`${entry.id}\`)`);
  const lines: string[] = [];
  for (const kind of RECORD_KINDS) {
    const { singular: one, plural: many } = RECORD_KIND_INFO[kind];
    const added = diff.added.filter((entry) => entry.kind === kind);
    if (added.length > 0) {
      lines.push(`- Added ${added.length} ${added.length === 1 ? one : many}: ${added.map(named).join(", ")}.`);
    }
    const changed = diff.changed.filter((entry) => entry.kind === kind);
    for (const entry of changed) {
      const fields = changedFields(entry.changes).join(", ");
      lines.push(`- Changed ${one} ${named(entry)}: ${fields}.`);
      if (detail) for (const change of entry.changes) lines.push(`  - \`${change.path}\`: ${brief(change.before)} → ${brief(change.after)}`);
    }
    for (const entry of diff.renamed.filter((e) => e.kind === kind)) {
      lines.push(`- ${entry.reason === "merged" ? "Merged" : "Renamed"} ${one} \`${entry.from}\` → \`${entry.to}\` (the old id still resolves).`);
    }
    for (const entry of diff.withdrawn.filter((e) => e.kind === kind)) {
      lines.push(`- Withdrew ${one} \`${entry.id}\`: ${entry.note}`);
    }
    for (const entry of diff.removed.filter((e) => e.kind === kind)) {
      lines.push(`- **Removed** ${one} ${named(entry)} without a redirect (breaking).`);
    }
  }
  for (const change of schema) lines.push(`- Schema: \`${change.path}\`: ${change.change} (${change.bump}).`);
  return lines.length > 0 ? lines.join("\n") : "- No changes to the data or the schemas.";
}
