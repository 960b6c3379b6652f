/** Semver bumps: what a change to the data or the schemas requires (docs/versioning.md). */

/** A semver bump, or none. */
export type Bump = "none" | "patch" | "minor" | "major";
const BUMP_ORDER: readonly Bump[] = ["none", "patch", "minor", "major"];

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

/** Whether bump `a` is at least bump `b`. */
export function bumpCovers(a: Bump, b: Bump): boolean {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b);
}
