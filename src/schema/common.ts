import { z } from "zod";
import { isPartialIsoDate } from "../core/dates.js";

/**
 * A record id: a lowercase kebab-case slug, unique across every kind of record.
 *
 * @example
 * ```ts
 * import { Id } from "mena-security-data/schema";
 * Id.parse("fuad-hussein"); // "fuad-hussein"
 * ```
 */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug (a-z, 0-9, single hyphens)")
  .meta({
    id: "Id",
    description:
      "A kebab-case slug, unique across all kinds of record (actors, meetings, agreements, sources). Never reused: a renamed or merged id leaves a redirect.",
  });
/**
 * A record id (see {@link Id}).
 *
 * @example
 * ```ts
 * import type { Id } from "mena-security-data/schema";
 * const id: Id = "fuad-hussein";
 * ```
 */
export type Id = z.infer<typeof Id>;

const DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * An ISO 8601 calendar date at the precision a source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { IsoPartialDate } from "mena-security-data/schema";
 * IsoPartialDate.parse("2025-03"); // "2025-03"
 * ```
 */
export const IsoPartialDate = z
  .string()
  .regex(DATE_PATTERN, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isPartialIsoDate, "is not a real calendar date")
  .meta({
    id: "IsoPartialDate",
    description: "An ISO 8601 date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.",
  });
/**
 * An ISO 8601 date string of year, month or day precision.
 *
 * @example
 * ```ts
 * import type { IsoPartialDate } from "mena-security-data/schema";
 * const month: IsoPartialDate = "2025-03";
 * ```
 */
export type IsoPartialDate = z.infer<typeof IsoPartialDate>;

/**
 * The parts of a date that can be inferred rather than stated.
 *
 * @example
 * ```ts
 * import { DatePart } from "mena-security-data/schema";
 * DatePart.parse("month");
 * ```
 */
export const DatePart = z.enum(["year", "month", "day"]).meta({
  description: "A part of a date: year, month or day.",
});
/**
 * A part of a date.
 *
 * @example
 * ```ts
 * import type { DatePart } from "mena-security-data/schema";
 * const part: DatePart = "year";
 * ```
 */
export type DatePart = z.infer<typeof DatePart>;

/**
 * A date with the precision its source gives, and a note of any part that was inferred rather
 * than stated. A partial date stands for an interval: `2025-01` is all of January 2025.
 *
 * @example
 * ```ts
 * import { PartialDate } from "mena-security-data/schema";
 * PartialDate.parse({
 *   value: "2025-03-14",
 *   inferred: { parts: ["year"], reason: "The report says 'On March 14' and was published in March 2025." },
 * });
 * ```
 */
export const PartialDate = z
  .strictObject({
    value: IsoPartialDate,
    inferred: z
      .strictObject({
        parts: z.array(DatePart).min(1).meta({ description: "Which parts of the date were inferred." }),
        reason: z.string().min(10).meta({ description: "Why, and from what, the parts were inferred." }),
      })
      .optional()
      .meta({
        description:
          "Present when part of the date is not stated by the source but inferred from context (for example a year the report leaves out).",
      }),
  })
  .meta({
    id: "PartialDate",
    description:
      "A date at the precision the source gives. Stands for an interval: 2025-01 covers all of January 2025.",
  });
/**
 * A date with its precision and any inferred parts (see {@link PartialDate}).
 *
 * @example
 * ```ts
 * import type { PartialDate } from "mena-security-data/schema";
 * const date: PartialDate = { value: "2025-03-14", inferred: { parts: ["year"], reason: "Year from the publication date." } };
 * ```
 */
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * How a record or a relation stands across its sources.
 * - `reported`: stated by at least one source, contradicted by none.
 * - `confirmed`: stated by two or more independent sources, contradicted by none.
 * - `denied`: stated by a source and denied by another; kept, never deleted.
 * - `disputed`: sources disagree on it (or on one of its fields).
 *
 * @example
 * ```ts
 * import { ClaimStatus } from "mena-security-data/schema";
 * ClaimStatus.options; // ["reported", "confirmed", "denied", "disputed"]
 * ```
 */
export const ClaimStatus = z.enum(["reported", "confirmed", "denied", "disputed"]).meta({
  id: "ClaimStatus",
  description:
    "How the claim stands across sources: reported (one side, uncontradicted), confirmed (two or more sources agree), denied (a source denies it), disputed (sources disagree).",
});
/**
 * How a claim stands across its sources.
 *
 * @example
 * ```ts
 * import type { ClaimStatus } from "mena-security-data/schema";
 * const keep: ClaimStatus[] = ["reported", "confirmed", "disputed"];
 * ```
 */
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * A reference to a source backing (or denying) a fact. Where the source's full text is held, the
 * quote is a short verbatim excerpt of it (checked at build time, whitespace may differ). Where it
 * is not, the citation carries a note in our own words instead.
 *
 * @example
 * ```ts
 * import { Citation } from "mena-security-data/schema";
 * Citation.parse({
 *   source: "shafaq-2025-03-20-iraq-crisis-cell",
 *   quote: "Iraq has established a national security crisis cell",
 * });
 * ```
 */
export const Citation = z
  .strictObject({
    source: Id.meta({ description: "The id of the cited source record." }),
    quote: z
      .string()
      .min(3)
      .max(400, "is longer than a short quote (400 characters)")
      .optional()
      .meta({
        description:
          "A short verbatim excerpt of the source. Required when the source's text is held; checked against it (whitespace may differ).",
      }),
    note: z
      .string()
      .min(3)
      .optional()
      .meta({
        description:
          "What the source says, in our own words. Required when the source's text is not held; may also explain an inference.",
      }),
    url: z
      .url()
      .optional()
      .meta({ description: "A more precise address than the source's own URL (a page anchor, an archived copy)." }),
    stance: z
      .enum(["supports", "denies"])
      .optional()
      .meta({ description: "Whether the source supports (default) or denies the fact it is cited for." }),
  })
  .refine((citation) => citation.quote !== undefined || citation.note !== undefined, {
    message: "needs a quote (when the source text is held) or a note in our own words",
  })
  .meta({ id: "Citation", description: "A source backing (or denying) a fact, with a short quote or a note." });
/**
 * A citation of a source (see {@link Citation}).
 *
 * @example
 * ```ts
 * import type { Citation } from "mena-security-data/schema";
 * const citation: Citation = { source: "shafaq-2025-03-20-iraq-crisis-cell", quote: "Iraq has established" };
 * ```
 */
export type Citation = z.infer<typeof Citation>;

/**
 * At least one citation.
 *
 * @example
 * ```ts
 * import { Citations } from "mena-security-data/schema";
 * Citations.safeParse([]).success; // false: at least one citation
 * ```
 */
export const Citations = z
  .array(Citation)
  .min(1, "needs at least one citation")
  .meta({ description: "The sources for this fact; at least one." });

/** The fields shared by every sourced fact: a claim status and its citations. */
export const attested = {
  status: ClaimStatus.default("reported"),
  citations: Citations,
};

/**
 * One of several values that sources give for a field, with its own status and citations. Used
 * where sources disagree or one source makes another's value more precise.
 *
 * @example
 * ```ts
 * import { claimAlternative, AgreementStage } from "mena-security-data/schema";
 * const StageClaim = claimAlternative(AgreementStage);
 * ```
 */
export function claimAlternative<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value: value.meta({ description: "The value this source (or these sources) give." }),
    status: ClaimStatus.exclude(["disputed"]).default("reported").meta({
      description: "reported, confirmed (two or more sources) or denied (shown only for the record).",
    }),
    citations: Citations,
  });
}

/**
 * A `claims` object for the given fields: for each, the alternative values sources give.
 * The flat field of the record holds the value the selection rule picks (see docs/provenance.md).
 *
 * @example
 * ```ts
 * import { claimsFor, PartialDate } from "mena-security-data/schema";
 * const MeetingClaims = claimsFor({ date: PartialDate });
 * ```
 */
export function claimsFor<Shape extends Record<string, z.ZodType>>(fields: Shape) {
  const shape = Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, z.array(claimAlternative(value)).min(1).optional()]),
  ) as { [K in keyof Shape]: z.ZodOptional<z.ZodArray<ReturnType<typeof claimAlternative<Shape[K]>>>> };
  return z.strictObject(shape).optional().meta({
    description:
      "Field-level claims: where sources give different values for a field, every alternative with its status and citations. The flat field shows the selected one.",
  });
}

/** Fields every record has: an id, a claim status, citations and an optional note. */
export const recordBase = {
  id: Id,
  ...attested,
  note: z.string().optional().meta({ description: "An editorial note in our own words." }),
};
