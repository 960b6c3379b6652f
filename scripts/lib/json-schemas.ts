import { z } from "zod";

/** The schema exports a JSON Schema is made for (the current ones, or those of an older ref). */
export interface SchemaModule {
  readonly Actor: z.ZodType;
  readonly Meeting: z.ZodType;
  readonly Agreement: z.ZodType;
  readonly Source: z.ZodType;
  readonly Redirect?: z.ZodType;
}

/**
 * JSON Schema (2020-12) of each record kind, generated from the zod schemas with their field
 * descriptions. Describes the canonical (output) form, which is what the JSON files hold.
 */
export function recordJsonSchemas(module: SchemaModule): Record<string, Record<string, unknown>> {
  const make = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", unrepresentable: "any" }) as Record<string, unknown>;
  const out: Record<string, Record<string, unknown>> = {
    actor: make(module.Actor),
    meeting: make(module.Meeting),
    agreement: make(module.Agreement),
    source: make(module.Source),
  };
  if (module.Redirect) out.redirect = make(module.Redirect);
  return out;
}
