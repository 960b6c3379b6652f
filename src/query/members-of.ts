import { affiliationFilter } from "./affiliation.js";
import type { Indexes } from "./indexes.js";
import { currentId } from "./resolve-id.js";
import type { Affiliation, AtOptions } from "./types.js";

/** The people who held a position or membership in a state or organization (see {@link Dataset.membersOf}). */
export function membersOf(index: Indexes, orgId: unknown, options: AtOptions | undefined): Affiliation[] {
  const keep = affiliationFilter(options);
  const id = currentId(index, orgId, "orgId");
  return id === undefined ? [] : (index.affiliationsOf.get(id) ?? []).filter(keep);
}
