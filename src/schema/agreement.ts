import { z } from "zod";
import { claimsFor, Id, PartialDate, recordBase } from "./common.js";
import { Topic } from "./meeting.js";
import { ActorLink } from "./relations.js";

/**
 * The kinds of agreement.
 *
 * @example
 * ```ts
 * import { AgreementKind } from "mena-security-data/schema";
 * AgreementKind.options; // ["agreement", "memorandum", …]
 * ```
 */
export const AgreementKind = z
  .enum(["agreement", "memorandum", "joint-committee", "operations-centre", "joint-statement", "roadmap"])
  .meta({ id: "AgreementKind", description: "What sort of agreement it is." });
/**
 * What sort of agreement it is.
 *
 * @example
 * ```ts
 * import type { AgreementKind } from "mena-security-data/schema";
 * const kind: AgreementKind = "joint-committee";
 * ```
 */
export type AgreementKind = z.infer<typeof AgreementKind>;

/**
 * Where an agreement stands. Named `stage` so it never clashes with the claim `status`
 * (reported / confirmed / denied / disputed) that every record carries.
 *
 * @example
 * ```ts
 * import { AgreementStage } from "mena-security-data/schema";
 * AgreementStage.options; // ["proposed", "agreed", "signed", …]
 * ```
 */
export const AgreementStage = z
  .enum(["proposed", "agreed", "signed", "operational", "suspended", "ended"])
  .meta({
    id: "AgreementStage",
    description: "proposed, agreed (in principle), signed, operational, suspended or ended.",
  });
/**
 * Where an agreement stands.
 *
 * @example
 * ```ts
 * import type { AgreementStage } from "mena-security-data/schema";
 * const stage: AgreementStage = "agreed";
 * ```
 */
export type AgreementStage = z.infer<typeof AgreementStage>;

/**
 * An agreement between actors: its parties, when and where it was reached, what it is for and the
 * bodies it establishes.
 *
 * @example
 * ```ts
 * import { Agreement } from "mena-security-data/schema";
 * Agreement.shape.stage; // the stage's schema
 * ```
 */
export const Agreement = z
  .strictObject({
    ...recordBase,
    title: z.string().min(3).meta({ description: "A descriptive title in our own words." }),
    kind: AgreementKind,
    stage: AgreementStage,
    date: PartialDate.optional().meta({ description: "When the agreement was reached, at the precision reported." }),
    reachedAt: Id.optional().meta({ description: "The id of the meeting at which it was reached, when known." }),
    parties: z.array(ActorLink).min(1).meta({ description: "The parties, each with citations." }),
    purposes: z.array(z.string().min(3)).default([]).meta({ description: "What it is for, in our own words." }),
    topics: z.array(Topic).default([]).meta({ description: "Its topics, from the controlled vocabulary." }),
    establishes: z
      .array(Id)
      .default([])
      .meta({ description: "The ids of organization actors (a committee, an operations centre) it sets up." }),
    claims: claimsFor({ date: PartialDate, stage: AgreementStage, reachedAt: Id }),
  })
  .meta({ id: "Agreement", description: "An agreement between actors." });
/**
 * An agreement.
 *
 * @example
 * ```ts
 * import type { Agreement } from "mena-security-data/schema";
 * const partyIds = (agreement: Agreement) => agreement.parties.map((p) => p.actor);
 * ```
 */
export type Agreement = z.infer<typeof Agreement>;
