import { z } from "zod";
import { claimsFor, Id, recordBase } from "./common.js";
import { ActorLink, Tenure } from "./relations.js";

const actorBase = {
  ...recordBase,
  name: z.string().min(1).meta({ description: "The name most used in English-language reporting." }),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: "Other names and spellings (Shibani / Shaibani, Turkiye / Türkiye / Turkey)." }),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, "must be a Wikidata QID such as Q796")
    .optional()
    .meta({ description: "The Wikidata QID, only where a source confirms it." }),
  description: z.string().optional().meta({ description: "A one-line description in our own words." }),
};

/**
 * A sovereign state, keyed by its ISO 3166-1 codes.
 *
 * @example
 * ```ts
 * import { StateActor } from "mena-security-data/schema";
 * StateActor.shape.kind.value; // "state"
 * ```
 */
export const StateActor = z
  .strictObject({
    kind: z.literal("state"),
    ...actorBase,
    iso3166Alpha2: z.string().regex(/^[A-Z]{2}$/).meta({ description: "ISO 3166-1 alpha-2 code." }),
    iso3166Alpha3: z.string().regex(/^[A-Z]{3}$/).meta({ description: "ISO 3166-1 alpha-3 code." }),
  })
  .meta({ id: "StateActor", description: "A sovereign state." });
/**
 * A sovereign state.
 *
 * @example
 * ```ts
 * import type { StateActor } from "mena-security-data/schema";
 * const code = (state: StateActor) => state.iso3166Alpha3;
 * ```
 */
export type StateActor = z.infer<typeof StateActor>;

/**
 * A person, with the positions they held and the bodies they were members of, over time.
 *
 * @example
 * ```ts
 * import { PersonActor } from "mena-security-data/schema";
 * PersonActor.shape.kind.value; // "person"
 * ```
 */
export const PersonActor = z
  .strictObject({
    kind: z.literal("person"),
    ...actorBase,
    positions: z
      .array(Tenure)
      .default([])
      .meta({ description: "Offices held (Foreign Minister of Iraq, leader of a party), each with its dates and citations." }),
    memberships: z
      .array(Tenure)
      .default([])
      .meta({ description: "Bodies the person belonged to (a crisis cell, a committee), each with dates and citations." }),
  })
  .meta({ id: "PersonActor", description: "A person." });
/**
 * A person.
 *
 * @example
 * ```ts
 * import type { PersonActor } from "mena-security-data/schema";
 * const roles = (person: PersonActor) => person.positions.map((p) => p.role);
 * ```
 */
export type PersonActor = z.infer<typeof PersonActor>;

/**
 * What kind of organization an organization actor is.
 *
 * @example
 * ```ts
 * import { OrganizationClass } from "mena-security-data/schema";
 * OrganizationClass.options.includes("armed-group"); // true
 * ```
 */
export const OrganizationClass = z
  .enum([
    "government-body",
    "security-body",
    "intelligence-service",
    "armed-forces",
    "party-or-alliance",
    "armed-group",
    "news-outlet",
    "reference-work",
    "joint-body",
    "international-organization",
  ])
  .meta({ id: "OrganizationClass", description: "The classification of an organization." });
/**
 * The classification of an organization.
 *
 * @example
 * ```ts
 * import type { OrganizationClass } from "mena-security-data/schema";
 * const classification: OrganizationClass = "intelligence-service";
 * ```
 */
export type OrganizationClass = z.infer<typeof OrganizationClass>;

/**
 * Where an organization is in its life.
 *
 * @example
 * ```ts
 * import { OrganizationLifecycle } from "mena-security-data/schema";
 * OrganizationLifecycle.parse("planned");
 * ```
 */
export const OrganizationLifecycle = z.enum(["planned", "active", "dissolved"]).meta({
  id: "OrganizationLifecycle",
  description: "planned (announced, not yet working), active, or dissolved.",
});
/**
 * Where an organization is in its life.
 *
 * @example
 * ```ts
 * import type { OrganizationLifecycle } from "mena-security-data/schema";
 * const lifecycle: OrganizationLifecycle = "planned";
 * ```
 */
export type OrganizationLifecycle = z.infer<typeof OrganizationLifecycle>;

/**
 * An organization: a government body, party or alliance, armed group, intelligence service, news
 * outlet or joint body.
 *
 * @example
 * ```ts
 * import { OrganizationActor } from "mena-security-data/schema";
 * OrganizationActor.shape.kind.value; // "organization"
 * ```
 */
export const OrganizationActor = z
  .strictObject({
    kind: z.literal("organization"),
    ...actorBase,
    classification: OrganizationClass,
    lifecycle: OrganizationLifecycle.optional().meta({ description: "Where the organization is in its life, when reported." }),
    jurisdiction: z
      .array(Id)
      .default([])
      .meta({ description: "The ids of the states the organization belongs to or operates for." }),
    overseenBy: z
      .array(ActorLink)
      .default([])
      .meta({ description: "Actors that supervise or lead the organization from outside its membership." }),
    claims: claimsFor({ lifecycle: OrganizationLifecycle }),
  })
  .meta({ id: "OrganizationActor", description: "An organization." });
/**
 * An organization.
 *
 * @example
 * ```ts
 * import type { OrganizationActor } from "mena-security-data/schema";
 * const isPlanned = (org: OrganizationActor) => org.lifecycle === "planned";
 * ```
 */
export type OrganizationActor = z.infer<typeof OrganizationActor>;

/**
 * Any actor: a state, a person or an organization, told apart by `kind`.
 *
 * @example
 * ```ts
 * import { Actor } from "mena-security-data/schema";
 * const iraq = Actor.parse({
 *   kind: "state", id: "iraq", name: "Iraq", iso3166Alpha2: "IQ", iso3166Alpha3: "IRQ",
 *   citations: [{ source: "shafaq-2025-03-20-iraq-crisis-cell", quote: "Iraq has established" }],
 * });
 * ```
 */
export const Actor = z
  .discriminatedUnion("kind", [StateActor, PersonActor, OrganizationActor])
  .meta({ id: "Actor", description: "An actor: a state, a person or an organization." });
/**
 * Any actor.
 *
 * @example
 * ```ts
 * import type { Actor } from "mena-security-data/schema";
 * const label = (actor: Actor) => `${actor.name} (${actor.kind})`;
 * ```
 */
export type Actor = z.infer<typeof Actor>;
/**
 * The kinds of actor.
 *
 * @example
 * ```ts
 * import type { ActorKind } from "mena-security-data/schema";
 * const kind: ActorKind = "person";
 * ```
 */
export type ActorKind = Actor["kind"];
