import { affiliationFilter, affiliationsOfPerson } from "./affiliation.js";
import type { Indexes } from "./indexes.js";
import { currentId } from "./resolve-id.js";
import type { Affiliation, AtOptions } from "./types.js";

/** The positions and memberships a person held (see {@link Dataset.positionsOf}). */
export function positionsOf(index: Indexes, personId: unknown, options: AtOptions | undefined): Affiliation[] {
  const keep = affiliationFilter(options);
  const id = currentId(index, personId, "personId");
  const person = id === undefined ? undefined : index.byId.actors.get(id);
  return person?.kind === "person" ? affiliationsOfPerson(person).filter(keep) : [];
}
