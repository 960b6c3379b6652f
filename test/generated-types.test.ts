/**
 * The record types of the main entry are generated from the zod schemas (scripts/lib/record-types.ts)
 * so its declarations need no zod. This file proves each generated type and `z.infer` of its
 * schema mutually assignable: if a schema changes and the generated type does not follow, the
 * type-check (`npm run typecheck`, part of `npm test`) fails here.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type * as generated from "../src/generated/record-types.js";
import type * as schemas from "../src/schema/index.js";

/** `true` only when A and B are each assignable to the other. */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Each line fails to compile if the generated type and the schema's type drift apart.
const checks = {
  Actor: true satisfies Mutual<generated.Actor, z.infer<typeof schemas.Actor>>,
  StateActor: true satisfies Mutual<generated.StateActor, z.infer<typeof schemas.StateActor>>,
  PersonActor: true satisfies Mutual<generated.PersonActor, z.infer<typeof schemas.PersonActor>>,
  OrganizationActor: true satisfies Mutual<generated.OrganizationActor, z.infer<typeof schemas.OrganizationActor>>,
  Meeting: true satisfies Mutual<generated.Meeting, z.infer<typeof schemas.Meeting>>,
  Agreement: true satisfies Mutual<generated.Agreement, z.infer<typeof schemas.Agreement>>,
  Source: true satisfies Mutual<generated.Source, z.infer<typeof schemas.Source>>,
  Citation: true satisfies Mutual<generated.Citation, z.infer<typeof schemas.Citation>>,
  PartialDate: true satisfies Mutual<generated.PartialDate, z.infer<typeof schemas.PartialDate>>,
  Tenure: true satisfies Mutual<generated.Tenure, z.infer<typeof schemas.Tenure>>,
  ActorLink: true satisfies Mutual<generated.ActorLink, z.infer<typeof schemas.ActorLink>>,
  Place: true satisfies Mutual<generated.Place, z.infer<typeof schemas.Place>>,
  ClaimStatus: true satisfies Mutual<generated.ClaimStatus, z.infer<typeof schemas.ClaimStatus>>,
  Topic: true satisfies Mutual<generated.Topic, z.infer<typeof schemas.Topic>>,
  AgreementStage: true satisfies Mutual<generated.AgreementStage, z.infer<typeof schemas.AgreementStage>>,
  Redirect: true satisfies Mutual<generated.Redirect, z.infer<typeof schemas.Redirect>>,
} as const;

// And a deliberate drift does fail: a type missing a required field is not mutual.
const drift: Mutual<Omit<generated.Meeting, "title">, z.infer<typeof schemas.Meeting>> = false;

describe("generated record types", () => {
  it("match the zod schemas' types (checked at compile time; listed here)", () => {
    expect(Object.values(checks).every(Boolean)).toBe(true);
    expect(drift).toBe(false);
  });
});
