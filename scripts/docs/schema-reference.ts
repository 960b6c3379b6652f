/**
 * The schema reference guide: every field of every record kind with its type, whether it is
 * required and its description, generated from the zod schemas (through their JSON Schema) so
 * the docs can never disagree with the code.
 */
import * as schemas from "../../src/schema/index.js";
import { RECORD_KINDS } from "../../src/schema/kinds.js";
import { recordJsonSchemas, schemaNameOf, type SchemaModule } from "../lib/json-schemas.js";

type JsonSchema = Record<string, unknown>;

function typeOf(schema: JsonSchema, defs: Record<string, JsonSchema>): string {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/$defs/", "");
    const target = defs[name] ?? {};
    if (Array.isArray(target.enum)) return `${name}: ${(target.enum as unknown[]).map((v) => `\`${String(v)}\``).join(" · ")}`;
    return name;
  }
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => `\`${String(v)}\``).join(" · ");
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.type === "array") return `${typeOf((schema.items ?? {}) as JsonSchema, defs)}[]`;
  if (schema.anyOf || schema.oneOf) return ((schema.anyOf ?? schema.oneOf) as JsonSchema[]).map((s) => typeOf(s, defs)).join(" or ");
  return String(schema.type ?? "any");
}

function describe(schema: JsonSchema, defs: Record<string, JsonSchema>): string {
  if (typeof schema.description === "string") return schema.description;
  if (typeof schema.$ref === "string") {
    const target = defs[schema.$ref.replace("#/$defs/", "")];
    if (typeof target?.description === "string") return target.description;
  }
  return "";
}

function table(object: JsonSchema, defs: Record<string, JsonSchema>): string {
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required as string[] | undefined) ?? []);
  const rows = Object.entries(properties).map(([name, schema]) => {
    const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
    return `| \`${name}\` | ${cell(typeOf(schema, defs))} | ${required.has(name) ? "yes" : "no"} | ${cell(describe(schema, defs))} |`;
  });
  return ["| field | type | required | description |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** The JSON Schema definitions of every record kind and its parts, by name. */
function definitions(): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {};
  for (const schema of Object.values(recordJsonSchemas(schemas as unknown as SchemaModule))) Object.assign(defs, (schema.$defs ?? {}) as Record<string, JsonSchema>);
  return defs;
}

/**
 * A markdown table of the fields of each object schema (Meeting, Citation, …), by name: the
 * field descriptions from the zod schemas, shown on the types in the API reference.
 */
export function fieldTables(): Map<string, string> {
  const defs = definitions();
  const tables = new Map<string, string>();
  for (const [name, object] of Object.entries(defs)) {
    if (object.properties) tables.set(name, table(object, defs));
  }
  return tables;
}

/** The parts of records that have a section of their own, after the record kinds. */
const PART_SECTIONS = ["Redirect", "PartialDate", "Citation", "ActorLink", "Tenure", "Place"];

/** The definition name of a `$ref` (`#/$defs/Tenure` → `Tenure`). */
const refName = (schema: JsonSchema) => (typeof schema.$ref === "string" ? schema.$ref.replace("#/$defs/", "") : undefined);

/**
 * The sections in order: each record kind (registry order) followed by the variants it is one of
 * (an actor: a state, a person or an organization), then the parts.
 */
function sectionNames(defs: Record<string, JsonSchema>): string[] {
  const kinds = RECORD_KINDS.flatMap((kind) => {
    const name = schemaNameOf(kind);
    const members = (defs[name]?.oneOf ?? defs[name]?.anyOf ?? []) as JsonSchema[];
    return [name, ...members.map(refName).filter((member): member is string => member !== undefined)];
  });
  return [...kinds, ...PART_SECTIONS];
}

/** The schema reference as markdown. */
export function schemaReference(): string {
  const out: string[] = [
    "---",
    "title: Schema reference",
    "---",
    "# Schema reference",
    "",
    "Every field of every record kind, generated from the zod schemas in `src/schema/` (the same",
    "definitions that validate the data and give the TypeScript types). The JSON Schema of each",
    "kind ships in the package too.",
    "",
  ];
  const defs = definitions();
  const seen = new Set<string>();
  const section = (name: string, object: JsonSchema) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push(`## ${name}`, "", describe(object, defs), "", table(object, defs), "");
  };
  for (const name of sectionNames(defs)) {
    const object = defs[name];
    if (!object) continue;
    if (object.oneOf || object.anyOf) {
      out.push(`## ${name}`, "", describe(object, defs), "", `One of: ${((object.oneOf ?? object.anyOf) as JsonSchema[]).map((s) => typeOf(s, defs)).join(", ")}.`, "");
      seen.add(name);
      continue;
    }
    section(name, object);
  }
  return `${out.join("\n")}\n`;
}
