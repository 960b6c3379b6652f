/**
 * The schemas diff: what changed between two sets of JSON Schemas (one per record kind), field by
 * field, and the bump each change requires.
 */
import { maxBump, type Bump } from "./bump.js";

/** One change to the schemas, with the bump it needs. */
export interface SchemaChange {
  readonly path: string;
  readonly change: string;
  readonly bump: Bump;
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
