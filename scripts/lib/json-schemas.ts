import { z } from "zod";
import { RECORD_KIND_INFO, RECORD_KINDS, type RecordKind } from "../../src/schema/kinds.js";

/** The name a kind's schema is exported under: its singular, capitalised (`Meeting`). */
type SchemaExportName<K extends RecordKind> = Capitalize<(typeof RECORD_KIND_INFO)[K]["singular"]>;

/** The schema exports a JSON Schema is made for (the current ones, or those of an older ref). */
export type SchemaModule = { readonly [K in RecordKind as SchemaExportName<K>]: z.ZodType } & {
  readonly Redirect?: z.ZodType;
};

/** The name of a kind's schema, and of its type: its singular, capitalised (`Meeting` for meetings). */
export function schemaNameOf<K extends RecordKind>(kind: K): SchemaExportName<K> {
  const { singular } = RECORD_KIND_INFO[kind];
  return `${singular[0]!.toUpperCase()}${singular.slice(1)}` as SchemaExportName<K>;
}

/** The schema of a kind in a schema module, which an older ref may lack. */
export function kindSchema(module: Partial<SchemaModule> | undefined, kind: RecordKind): z.ZodType | undefined {
  return module?.[schemaNameOf(kind)];
}

/**
 * JSON Schema (2020-12) of each record kind, by its singular name (as in meeting.schema.json), generated from the
 * zod schemas with their field descriptions; and of redirects, where the module has them.
 * Describes the canonical (output) form, which is what the JSON files hold.
 */
export function recordJsonSchemas(module: SchemaModule): Record<string, Record<string, unknown>> {
  const make = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", unrepresentable: "any" }) as Record<string, unknown>;
  const out: Record<string, Record<string, unknown>> = {};
  for (const kind of RECORD_KINDS) out[RECORD_KIND_INFO[kind].singular] = make(kindSchema(module, kind)!);
  if (module.Redirect) out.redirect = make(module.Redirect);
  return out;
}
