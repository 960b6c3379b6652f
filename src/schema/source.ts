import { z } from "zod";
import { Id, PartialDate } from "./common.js";

/**
 * A document the data cites. Its full text, where we hold it, is `data/sources/<id>.txt` (used to
 * check quotes at build time; not shipped in the npm package).
 *
 * @example
 * ```ts
 * import { Source } from "mena-security-data/schema";
 * Source.shape.textHeld; // boolean schema
 * ```
 */
export const Source = z
  .strictObject({
    id: Id,
    title: z
      .string()
      .min(3)
      .optional()
      .meta({ description: "The title as published. Absent when our notes do not record it (the note then says what the source is)." }),
    publisher: Id.meta({ description: "The id of the publishing actor (a news outlet)." }),
    url: z.url().optional().meta({ description: "Where the document was published. Absent when our notes do not record it." }),
    published: PartialDate.optional().meta({
      description: "The publication date. Absent for a living document (an encyclopedia article) with no single date.",
    }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a BCP 47 language tag such as en or ar")
      .meta({ description: "The language of the document, as a BCP 47 tag." }),
    textHeld: z
      .boolean()
      .meta({ description: "Whether the full text is held in data/sources/<id>.txt, so quotes from it can be checked." }),
    note: z.string().optional().meta({ description: "An editorial note in our own words." }),
  })
  .refine((source) => source.title !== undefined || source.note !== undefined, {
    message: "a source without a title needs a note saying what it is",
    path: ["title"],
  })
  .refine((source) => source.url !== undefined || source.note !== undefined, {
    message: "a source without a URL needs a note saying where it was published",
    path: ["url"],
  })
  .meta({ id: "Source", description: "A document the data cites." });
/**
 * A source document.
 *
 * @example
 * ```ts
 * import type { Source } from "mena-security-data/schema";
 * const held = (source: Source) => source.textHeld;
 * ```
 */
export type Source = z.infer<typeof Source>;
