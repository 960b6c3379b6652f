import type { EventKind } from "../schema/kinds.js";
import { optionsArgument, statusFilter } from "./args.js";
import { linksOf, type Indexes } from "./indexes.js";
import { currentId } from "./resolve-id.js";
import type { Involvement, RangeOptions } from "./types.js";

/** The actors linked to an event record (`participantsOf`, `partiesOf`), each with its actor record. */
export function involvementsIn(index: Indexes, kind: EventKind, recordId: unknown, options: Pick<RangeOptions, "status"> | undefined, name: string): Involvement[] {
  optionsArgument("options", options);
  const keep = statusFilter(options?.status);
  const id = currentId(index, recordId, name);
  const record = id === undefined ? undefined : index.byId[kind].get(id);
  const out: Involvement[] = [];
  for (const link of record ? linksOf(kind, record) : []) {
    const actor = index.byId.actors.get(link.actor);
    if (actor && keep(link.status)) out.push({ actor, role: link.role, status: link.status, citations: link.citations });
  }
  return out;
}
