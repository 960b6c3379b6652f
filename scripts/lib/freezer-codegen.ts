/**
 * Generates the deep-freezers of the record kinds from their JSON Schemas (made from the zod
 * schemas), as TypeScript source for `src/generated/freezers.ts`.
 *
 * A generic deep freeze visits every property of every object with `for…in` and a keyed load that
 * sees every shape there is, which V8 cannot specialise. A freezer written for one shape reads
 * only the properties that can hold objects, by name: about a third less time on 10⁵ meetings
 * (measured with bench/run.ts, "first read of every kind"). Writing those by hand would copy the
 * schemas; generating them at build time keeps them in step. Anything the generator does not
 * understand (an open object, a mixed union) falls back to the generic deep freeze.
 */

/** A JSON Schema node, as z.toJSONSchema writes them. */
type JsonSchema = Record<string, unknown>;

const PRIMITIVE_TYPES = new Set(["string", "number", "integer", "boolean", "null"]);

/**
 * Makes the source of a module exporting `RECORD_FREEZERS`: for each key of `roots`, a function
 * that freezes an array of records of that schema, and everything in them.
 *
 * @example
 * ```ts
 * const source = freezerModule({ meetings: recordJsonSchemas(schemas).meeting });
 * ```
 */
export function freezerModule(roots: Readonly<Record<string, JsonSchema>>): string {
  const functions = new Map<string, string>();
  const names = new Map<unknown, string>();
  let counter = 0;

  /** The definition a `$ref` points to, in the root document it belongs to. */
  const resolve = (schema: JsonSchema, root: JsonSchema): JsonSchema => {
    const ref = schema.$ref;
    if (typeof ref !== "string") return schema;
    const match = /^#\/\$defs\/(.+)$/.exec(ref);
    const defs = root.$defs as Record<string, JsonSchema> | undefined;
    const target = match ? defs?.[match[1]!] : undefined;
    if (!target) throw new Error(`cannot resolve ${ref}`);
    return { ...target, ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$ref")) };
  };

  /** Whether a value of this schema can be (or contain) an object or array. */
  const canHoldObjects = (schema: JsonSchema, root: JsonSchema, seen = new Set<string>()): boolean => {
    const ref = typeof schema.$ref === "string" ? schema.$ref : undefined;
    if (ref !== undefined && seen.has(ref)) return true; // a cycle: assume the worst
    const node = resolve(schema, root);
    const union = (node.oneOf ?? node.anyOf) as JsonSchema[] | undefined;
    if (node.enum !== undefined || node.const !== undefined) return false;
    if (!union && typeof node.type === "string" && PRIMITIVE_TYPES.has(node.type)) return false;
    if (!union && Array.isArray(node.type) && node.type.every((type) => PRIMITIVE_TYPES.has(type as string))) return false;
    if (!union) return true;
    // Only the refs on the way down count as a cycle, not those of sibling options.
    const path = ref === undefined ? seen : new Set([...seen, ref]);
    return union.some((option) => canHoldObjects(option, root, path));
  };

  /** The name of the function freezing a value of this schema (generated on first use). */
  const freezerOf = (schema: JsonSchema, root: JsonSchema, hint: string): string => {
    // A definition gets one function, shared by every document (kind) that has the same one.
    const key = typeof schema.$ref === "string" ? `${schema.$ref} ${JSON.stringify(resolve({ $ref: schema.$ref }, root))}` : schema;
    const known = names.get(key);
    if (known) return known;
    const node = resolve(schema, root);
    const refName = typeof schema.$ref === "string" ? schema.$ref.replace(/^#\/\$defs\//, "") : undefined;
    const name = `freeze${(refName ?? hint).replace(/[^A-Za-z0-9]/g, "")}${counter++}`;
    names.set(key, name);
    functions.set(name, ""); // reserve: a recursive schema refers to itself by name
    functions.set(name, bodyOf(name, node, root, refName ?? hint));
    return name;
  };

  /** Calls the freezer of `schema` on expression `value` when it holds an object. */
  const visit = (value: string, schema: JsonSchema, root: JsonSchema, hint: string): string =>
    canHoldObjects(schema, root) ? `if (typeof ${value} === "object" && ${value} !== null) ${freezerOf(schema, root, hint)}(${value});` : "";

  let usesGeneric = false;
  const generic = (name: string) => {
    usesGeneric = true;
    return `function ${name}(v: any): void {\n  deepFreeze(v);\n}`;
  };

  function bodyOf(name: string, node: JsonSchema, root: JsonSchema, hint: string): string {
    const union = (node.oneOf ?? node.anyOf) as JsonSchema[] | undefined;
    if (union) {
      const options = union.map((option) => resolve(option, root)).filter((option) => canHoldObjects(option, root));
      const objects = options.filter((option) => option.type === "object");
      const arrays = options.filter((option) => option.type === "array");
      if (objects.length === options.length && objects.every((option) => option.additionalProperties === false)) {
        // Every option is a closed object: freeze the properties of any of them that are present.
        const properties = new Map<string, JsonSchema[]>();
        for (const option of objects) {
          for (const [property, schema] of Object.entries((option.properties ?? {}) as Record<string, JsonSchema>)) {
            properties.set(property, [...(properties.get(property) ?? []), schema]);
          }
        }
        return objectBody(name, [...properties].map(([property, schemas]) => [property, schemas.length === 1 ? schemas[0]! : { anyOf: schemas }] as const), root, hint);
      }
      if (arrays.length === options.length && arrays.every((option) => option.items !== undefined)) {
        return arrayBody(name, { anyOf: arrays.map((option) => option.items as JsonSchema) }, root, hint);
      }
      return generic(name);
    }
    if (node.type === "object" && node.additionalProperties === false) {
      return objectBody(name, Object.entries((node.properties ?? {}) as Record<string, JsonSchema>), root, hint);
    }
    if (node.type === "array" && node.items !== undefined && !Array.isArray(node.items)) {
      return arrayBody(name, node.items as JsonSchema, root, hint);
    }
    return generic(name);
  }

  function objectBody(name: string, properties: readonly (readonly [string, JsonSchema])[], root: JsonSchema, hint: string): string {
    const lines = [`function ${name}(v: any): void {`, "  freeze(v);"];
    const visits = properties
      .map(([property, schema]) => [JSON.stringify(property), visit("x", schema, root, `${hint}_${property}`)] as const)
      .filter(([, call]) => call !== "");
    if (visits.length > 0) lines.push("  let x: any;");
    for (const [property, call] of visits) lines.push(`  x = v[${property}];`, `  ${call}`);
    lines.push("}");
    return lines.join("\n");
  }

  function arrayBody(name: string, items: JsonSchema, root: JsonSchema, hint: string): string {
    const call = visit("x", items, root, `${hint}_item`);
    const lines = [`function ${name}(v: any): void {`, "  freeze(v);"];
    if (call !== "") lines.push("  for (let i = 0; i < v.length; i += 1) {", "    const x: any = v[i];", `    ${call}`, "  }");
    lines.push("}");
    return lines.join("\n");
  }

  const exports = Object.entries(roots).map(([kind, root]) => {
    const record = freezerOf({ $ref: root.$ref as string }, root, kind);
    return `  ${JSON.stringify(kind)}: (records: readonly unknown[]): void => {\n    freeze(records);\n    for (let i = 0; i < records.length; i += 1) ${record}(records[i]);\n  },`;
  });

  return [
    "// Generated by scripts/build-data.ts from the zod schemas (see scripts/lib/freezer-codegen.ts).",
    "// Do not edit; run `npm run build:data`.",
    ...(usesGeneric ? ['import { deepFreeze } from "../core/freeze.js";', ""] : []),
    "const freeze = Object.freeze;",
    "",
    ...[...functions.values()].flatMap((source) => [source, ""]),
    "/** Deep-freezes an array of records of each kind, following the shape its schema gives. */",
    "export const RECORD_FREEZERS = {",
    ...exports,
    "} as const;",
    "",
  ].join("\n");
}
