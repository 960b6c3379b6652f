/**
 * The data diff behind `npm run data:diff` and `npm run release:check`: what changed between two
 * canonical datasets (records added, removed, renamed via redirects, changed field by field),
 * what changed in the schemas, and the semver bump that requires (docs/versioning.md).
 */

/** A semver bump, or none. */
export type Bump = "none" | "patch" | "minor" | "major";
const BUMP_ORDER: readonly Bump[] = ["none", "patch", "minor", "major"];

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

/** Whether bump `a` is at least bump `b`. */
export function bumpCovers(a: Bump, b: Bump): boolean {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b);
}

/** The record kinds a canonical dataset holds. */
export const DIFF_KINDS = ["actors", "meetings", "agreements", "sources"] as const;
type DiffKind = (typeof DIFF_KINDS)[number];

/** A canonical dataset as plain JSON: records by kind, and redirects. */
export interface CanonicalData {
  readonly actors: readonly Record<string, unknown>[];
  readonly meetings: readonly Record<string, unknown>[];
  readonly agreements: readonly Record<string, unknown>[];
  readonly sources: readonly Record<string, unknown>[];
  readonly redirects?: Readonly<Record<string, { readonly to?: string; readonly reason: string; readonly note?: string }>>;
}

/** One changed field of a record: its path, and the values before and after (undefined = absent). */
export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Everything that changed between two datasets. */
export interface DataDiff {
  readonly added: readonly { kind: DiffKind; id: string; label: string }[];
  /** Ids gone without a redirect: breaking. */
  readonly removed: readonly { kind: DiffKind; id: string; label: string }[];
  /** Ids gone with a redirect to another id (rename or merge). */
  readonly renamed: readonly { kind: DiffKind; from: string; to: string; reason: string }[];
  /** Ids gone with a tombstone (withdrawn, with a reason). */
  readonly withdrawn: readonly { kind: DiffKind; id: string; note: string }[];
  readonly changed: readonly { kind: DiffKind; id: string; label: string; changes: readonly FieldChange[] }[];
}

/** One change to the schemas, with the bump it needs. */
export interface SchemaChange {
  readonly path: string;
  readonly change: string;
  readonly bump: Bump;
}

const label = (record: Record<string, unknown>): string => String(record.name ?? record.title ?? record.id);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Field-level differences between two JSON values, as paths (`participants.1.role`). */
export function fieldChanges(before: unknown, after: unknown, path = ""): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => fieldChanges(before[key], after[key], path === "" ? key : `${path}.${key}`));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, i) => fieldChanges(item, after[i], `${path}.${i}`));
  }
  return [{ path, before, after }];
}

/** The top-level fields a record's changes touch, each once, in the order of the changes. */
export function changedFields(changes: readonly FieldChange[]): string[] {
  return [...new Set(changes.map(({ path }) => path.split(".")[0]!))];
}

/**
 * Compares two canonical datasets record by record. A record whose id is gone counts as renamed
 * when the new redirects send it to a live id, withdrawn when they tombstone it, removed otherwise.
 */
export function diffDatasets(before: CanonicalData, after: CanonicalData): DataDiff {
  const added: DataDiff["added"][number][] = [];
  const removed: DataDiff["removed"][number][] = [];
  const renamed: DataDiff["renamed"][number][] = [];
  const withdrawn: DataDiff["withdrawn"][number][] = [];
  const changed: DataDiff["changed"][number][] = [];
  const redirects = after.redirects ?? {};
  for (const kind of DIFF_KINDS) {
    const old = new Map(before[kind].map((record) => [String(record.id), record]));
    const now = new Map(after[kind].map((record) => [String(record.id), record]));
    for (const [id, record] of now) {
      const previous = old.get(id);
      if (!previous) added.push({ kind, id, label: label(record) });
      else {
        const changes = fieldChanges(previous, record);
        if (changes.length > 0) changed.push({ kind, id, label: label(record), changes });
      }
    }
    for (const [id, record] of old) {
      if (now.has(id)) continue;
      const redirect = redirects[id];
      if (redirect?.to !== undefined) renamed.push({ kind, from: id, to: redirect.to, reason: redirect.reason });
      else if (redirect) withdrawn.push({ kind, id, note: redirect.note ?? "" });
      else removed.push({ kind, id, label: label(record) });
    }
  }
  return { added, removed, renamed, withdrawn, changed };
}

/** The bump a data diff needs: removal → major; additions, renames, withdrawals → minor; corrections → patch. */
export function dataBump(diff: DataDiff): Bump {
  if (diff.removed.length > 0) return "major";
  if (diff.added.length > 0 || diff.renamed.length > 0 || diff.withdrawn.length > 0) return "minor";
  if (diff.changed.length > 0) return "patch";
  return "none";
}

type JsonSchema = Record<string, unknown>;

interface FieldSignature {
  type?: unknown;
  enum?: readonly unknown[];
  required: boolean;
  constraints: string;
}

/**
 * Flattens a JSON Schema (as `z.toJSONSchema` writes it, with `$defs`) into field paths and their
 * signatures. Union members are told apart by their `kind` constant (`Actor|person.positions[]`).
 */
export function flattenSchema(root: JsonSchema, name: string): Map<string, FieldSignature> {
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
  const out = new Map<string, FieldSignature>();
  const resolve = (schema: JsonSchema): JsonSchema => {
    let current = schema;
    const seen = new Set<string>();
    while (typeof current.$ref === "string" && !seen.has(current.$ref)) {
      seen.add(current.$ref);
      const { $ref, ...rest } = current;
      current = { ...(defs[String($ref).replace("#/$defs/", "")] ?? {}), ...rest };
    }
    return current;
  };
  const visit = (raw: JsonSchema, path: string, required: boolean, depth: number) => {
    if (depth > 12) return;
    const schema = resolve(raw);
    const union = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
    if (union) {
      union.forEach((member, i) => {
        const resolved = resolve(member);
        const kind = (resolved.properties as Record<string, JsonSchema> | undefined)?.kind;
        const tag = kind && "const" in kind ? String(kind.const) : String(i);
        visit(member, `${path}|${tag}`, required, depth + 1);
      });
      return;
    }
    const { description: _description, default: _default, properties, items, required: requiredList, additionalProperties, $schema: _schema, $defs: _defs, $id: _id, id: _name, ...rest } = schema;
    const { type, enum: enumValues, const: constValue, ...constraints } = rest;
    out.set(path, {
      type: constValue !== undefined ? `const:${String(constValue)}` : type,
      ...(Array.isArray(enumValues) ? { enum: enumValues } : {}),
      required,
      constraints: JSON.stringify(constraints),
    });
    if (properties) {
      const needed = new Set((requiredList as string[] | undefined) ?? []);
      for (const [key, child] of Object.entries(properties as Record<string, JsonSchema>)) {
        visit(child, `${path}.${key}`, needed.has(key), depth + 1);
      }
    }
    if (items && typeof items === "object") visit(items as JsonSchema, `${path}[]`, true, depth + 1);
    if (additionalProperties && typeof additionalProperties === "object") visit(additionalProperties as JsonSchema, `${path}{}`, true, depth + 1);
  };
  visit(root, name, true, 0);
  return out;
}

/**
 * Compares two sets of JSON Schemas (by record kind). Removing a field, changing its type,
 * removing an enum value, making a field required or a constraint different is major; adding an
 * optional field or an enum value, or making a field optional, is minor. Descriptions don't count.
 */
export function diffSchemas(before: Record<string, JsonSchema>, after: Record<string, JsonSchema>): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (!before[name]) {
      changes.push({ path: name, change: "new record kind", bump: "minor" });
      continue;
    }
    if (!after[name]) {
      changes.push({ path: name, change: "record kind removed", bump: "major" });
      continue;
    }
    const old = before[name] ? flattenSchema(before[name], name) : new Map<string, FieldSignature>();
    const now = after[name] ? flattenSchema(after[name], name) : new Map<string, FieldSignature>();
    for (const [path, signature] of now) {
      const previous = old.get(path);
      if (!previous) {
        changes.push(signature.required && old.size > 0
          ? { path, change: "new required field", bump: "major" }
          : { path, change: "new field", bump: "minor" });
        continue;
      }
      if (JSON.stringify(previous.type) !== JSON.stringify(signature.type)) {
        changes.push({ path, change: `type ${JSON.stringify(previous.type)} → ${JSON.stringify(signature.type)}`, bump: "major" });
      }
      const oldEnum = previous.enum ?? [];
      const newEnum = signature.enum ?? [];
      const dropped = oldEnum.filter((value) => !newEnum.includes(value));
      const gained = newEnum.filter((value) => !oldEnum.includes(value));
      if (dropped.length > 0) changes.push({ path, change: `enum values removed: ${dropped.join(", ")}`, bump: "major" });
      if (gained.length > 0) changes.push({ path, change: `enum values added: ${gained.join(", ")}`, bump: "minor" });
      if (!previous.required && signature.required) changes.push({ path, change: "optional → required", bump: "major" });
      if (previous.required && !signature.required) changes.push({ path, change: "required → optional", bump: "minor" });
      if (previous.constraints !== signature.constraints) {
        changes.push({ path, change: `constraints ${previous.constraints} → ${signature.constraints}`, bump: "major" });
      }
    }
    for (const path of old.keys()) if (!now.has(path)) changes.push({ path, change: "field removed", bump: "major" });
  }
  return changes;
}

/** The bump a set of schema changes needs. */
export function schemaBump(changes: readonly SchemaChange[]): Bump {
  return changes.reduce<Bump>((bump, change) => maxBump(bump, change.bump), "none");
}

const KIND_WORDS: Record<DiffKind, [string, string]> = {
  actors: ["actor", "actors"],
  meetings: ["meeting", "meetings"],
  agreements: ["agreement", "agreements"],
  sources: ["source", "sources"],
};

/** Shortens a JSON value for one line of a report. */
function brief(value: unknown): string {
  if (value === undefined) return "(none)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The diff in human words, as markdown: which actors, meetings, agreements and sources were
 * added, changed (a value corrected, or a field or citation added), renamed, withdrawn or
 * removed. Used in changelog entries and by `npm run data:diff`.
 */
export function describeDiff(diff: DataDiff, schema: readonly SchemaChange[] = [], detail = true): string {
  // A record with no name or title (a source our notes give no title) is labelled by its id alone.
  const named = (entry: { id: string; label: string }) => (entry.label === entry.id ? `\`${entry.id}\`` : `${entry.label} (\`${entry.id}\`)`);
  const lines: string[] = [];
  for (const kind of DIFF_KINDS) {
    const [one, many] = KIND_WORDS[kind];
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
