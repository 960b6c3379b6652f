import { z } from "zod";
import { claimsFor, Id, PartialDate, recordBase } from "./common.js";
import { ActorLink } from "./relations.js";

/**
 * The controlled vocabulary of topics for meetings and agreements.
 *
 * @example
 * ```ts
 * import { Topic } from "mena-security-data/schema";
 * Topic.options; // the controlled vocabulary
 * ```
 */
export const Topic = z
  .enum([
    "counter-terrorism",
    "border-security",
    "smuggling",
    "arms-trafficking",
    "drug-trafficking",
    "refugees",
    "armed-groups",
    "detainees",
    "intelligence-sharing",
    "regional-security",
    "sovereignty",
    "diplomatic-relations",
    "military-cooperation",
    "border-demarcation",
    "missing-persons",
    "economic-cooperation",
  ])
  .meta({ id: "Topic", description: "A topic from the controlled vocabulary." });
/**
 * A topic from the controlled vocabulary.
 *
 * @example
 * ```ts
 * import type { Topic } from "mena-security-data/schema";
 * const topic: Topic = "border-security";
 * ```
 */
export type Topic = z.infer<typeof Topic>;

/**
 * The kinds of meeting.
 *
 * @example
 * ```ts
 * import { MeetingKind } from "mena-security-data/schema";
 * MeetingKind.parse("talks");
 * ```
 */
export const MeetingKind = z
  .enum(["bilateral-meeting", "official-visit", "talks", "multilateral-conference", "phone-call"])
  .meta({ id: "MeetingKind", description: "What sort of meeting it was." });
/**
 * What sort of meeting it was.
 *
 * @example
 * ```ts
 * import type { MeetingKind } from "mena-security-data/schema";
 * const kind: MeetingKind = "official-visit";
 * ```
 */
export type MeetingKind = z.infer<typeof MeetingKind>;

/**
 * Where a meeting took place: a city (when reported) and the state it is in.
 *
 * @example
 * ```ts
 * import { Place } from "mena-security-data/schema";
 * Place.parse({ city: "Baghdad", country: "iraq" });
 * ```
 */
export const Place = z
  .strictObject({
    city: z.string().optional().meta({ description: "The city, as reported." }),
    country: Id.meta({ description: "The id of the state actor the place is in." }),
  })
  .meta({ id: "Place", description: "A city and the state it is in." });
/**
 * A place.
 *
 * @example
 * ```ts
 * import type { Place } from "mena-security-data/schema";
 * const place: Place = { city: "Amman", country: "jordan" };
 * ```
 */
export type Place = z.infer<typeof Place>;

/**
 * A meeting: a visit, talks or a conference, with its participants, topics and outcomes.
 *
 * @example
 * ```ts
 * import { Meeting } from "mena-security-data/schema";
 * Meeting.shape.participants; // the participants' schema
 * ```
 */
export const Meeting = z
  .strictObject({
    ...recordBase,
    title: z.string().min(3).meta({ description: "A descriptive title in our own words." }),
    kind: MeetingKind,
    date: PartialDate.optional().meta({ description: "When the meeting took place, at the precision reported." }),
    place: Place.optional().meta({ description: "Where the meeting took place." }),
    participants: z.array(ActorLink).min(1).meta({ description: "Who took part, each with a role and citations." }),
    topics: z.array(Topic).default([]).meta({ description: "What was discussed, from the controlled vocabulary." }),
    outcomes: z.array(Id).default([]).meta({ description: "The ids of agreements reached at this meeting." }),
    claims: claimsFor({ date: PartialDate, place: Place }),
  })
  .meta({ id: "Meeting", description: "A meeting between actors." });
/**
 * A meeting.
 *
 * @example
 * ```ts
 * import type { Meeting } from "mena-security-data/schema";
 * const when = (meeting: Meeting) => meeting.date?.value ?? "undated";
 * ```
 */
export type Meeting = z.infer<typeof Meeting>;
