import { z } from "zod";
import { Id } from "./common.js";

/**
 * Where a retired id leads: to the id that replaced it (rename or merge), or nowhere, with the
 * reason it was withdrawn. Ids are forever: a released id is never deleted without one.
 *
 * @example
 * ```ts
 * import { Redirect } from "mena-security-data/schema";
 * Redirect.parse({ to: "asaad-al-shibani", reason: "renamed", since: "0.2.0" });
 * ```
 */
export const Redirect = z
  .strictObject({
    to: Id.optional().meta({ description: "The id that replaces this one (rename or merge). Absent for a withdrawn id." }),
    reason: z.enum(["renamed", "merged", "withdrawn"]).meta({ description: "Why the id was retired." }),
    note: z.string().optional().meta({ description: "More about why, in our own words (required for a withdrawal)." }),
    since: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, "must be a version such as 0.2.0")
      .optional()
      .meta({ description: "The package version that retired the id." }),
  })
  .refine((r) => (r.reason === "withdrawn") === (r.to === undefined), {
    message: "a renamed or merged id needs `to`; a withdrawn one must not have it",
  })
  .refine((r) => r.reason !== "withdrawn" || r.note !== undefined, { message: "a withdrawn id needs a note saying why" })
  .meta({ id: "Redirect", description: "Where a retired id leads, or why it was withdrawn." });
/**
 * A redirect from a retired id.
 *
 * @example
 * ```ts
 * import type { Redirect } from "mena-security-data/schema";
 * const redirect: Redirect = { to: "asaad-al-shibani", reason: "renamed", since: "0.2.0" };
 * ```
 */
export type Redirect = z.infer<typeof Redirect>;

/**
 * All redirects: retired id → redirect.
 *
 * @example
 * ```ts
 * import { Redirects } from "mena-security-data/schema";
 * Redirects.parse({ "old-id": { to: "new-id", reason: "renamed" } });
 * ```
 */
export const Redirects = z.record(Id, Redirect).meta({ id: "Redirects", description: "Retired ids and where they lead." });
/**
 * All redirects.
 *
 * @example
 * ```ts
 * import type { Redirects } from "mena-security-data/schema";
 * const redirects: Redirects = { "asaad-al-shaibani": { to: "asaad-al-shibani", reason: "renamed" } };
 * ```
 */
export type Redirects = z.infer<typeof Redirects>;
