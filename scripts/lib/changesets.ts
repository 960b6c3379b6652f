import readChangesets from "@changesets/read";
import { bumpCovers, maxBump, type Bump } from "./data-diff.js";

export const PACKAGE_NAME = "mena-security-data";

/** The largest bump the pending changesets (`.changeset/*.md`) give this package. */
export async function pendingBump(root = process.cwd()): Promise<{ bump: Bump; count: number }> {
  const changesets = await readChangesets(root);
  let bump: Bump = "none";
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      if (release.name === PACKAGE_NAME && release.type !== "none") bump = maxBump(bump, release.type);
    }
  }
  return { bump, count: changesets.length };
}

/**
 * Whether the pending changesets cover what the diff requires. Returns the problem in words, or
 * undefined when the release is fine.
 */
export function releaseProblem(required: Bump, pending: Bump): string | undefined {
  if (bumpCovers(pending, required)) return undefined;
  return pending === "none"
    ? `the data or schemas changed (a ${required} change) but no changeset is pending: run npm run changeset`
    : `the pending changesets bump ${pending}, but the changes require ${required}`;
}
