import { z } from "zod";
import { attested, Id, PartialDate } from "./common.js";

/**
 * An actor taking part in something (a meeting participant, an agreement party, an overseer of
 * an organization), with an optional role and its own citations.
 *
 * @example
 * ```ts
 * import { ActorLink } from "mena-security-data/schema";
 * ActorLink.parse({
 *   actor: "fuad-hussein",
 *   role: "Foreign Minister of Iraq",
 *   citations: [{ source: "shafaq-2025-03-20-iraq-crisis-cell", quote: "Iraqi Foreign Minister Fuad Hussein" }],
 * });
 * ```
 */
export const ActorLink = z
  .strictObject({
    actor: Id.meta({ description: "The id of the actor." }),
    role: z.string().optional().meta({ description: "The capacity in which the actor takes part, as reported." }),
    note: z.string().optional().meta({ description: "An editorial note in our own words (an inference, a caveat)." }),
    ...attested,
  })
  .meta({ id: "ActorLink", description: "An actor's part in a meeting, agreement or organization, with citations." });
/**
 * An actor's part in a meeting, agreement or organization.
 *
 * @example
 * ```ts
 * import type { ActorLink } from "mena-security-data/schema";
 * const who = (link: ActorLink) => `${link.actor} as ${link.role ?? "participant"}`;
 * ```
 */
export type ActorLink = z.infer<typeof ActorLink>;

/**
 * A position held, or a membership, over time (Popolo's Membership): a role in an organization or
 * state, from and to partial dates, with citations.
 *
 * @example
 * ```ts
 * import { Tenure } from "mena-security-data/schema";
 * Tenure.parse({
 *   role: "Foreign Minister",
 *   of: "iraq",
 *   citations: [{ source: "shafaq-2025-03-20-iraq-crisis-cell", quote: "Foreign Minister Fuad Hussein" }],
 * });
 * ```
 */
export const Tenure = z
  .strictObject({
    role: z.string().min(2).meta({ description: "The role or title, as reported (\"Foreign Minister\", \"member\")." }),
    of: Id.meta({ description: "The id of the state or organization the role is held in." }),
    from: PartialDate.optional().meta({ description: "When the tenure began, when known." }),
    to: PartialDate.optional().meta({ description: "When the tenure ended, when known; absent means open or unknown." }),
    note: z.string().optional().meta({ description: "An editorial note in our own words (an inference, a caveat)." }),
    ...attested,
  })
  .meta({ id: "Tenure", description: "A position or membership held over time, with citations." });
/**
 * A position or membership held over time.
 *
 * @example
 * ```ts
 * import type { Tenure } from "mena-security-data/schema";
 * const open = (tenure: Tenure) => tenure.to === undefined;
 * ```
 */
export type Tenure = z.infer<typeof Tenure>;
