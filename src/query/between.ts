import { EVENT_KINDS, type EventKind } from "../schema/kinds.js";
import { optionsArgument, statusFilter } from "./args.js";
import { eventsOf } from "./events-of.js";
import { linksOf, type EventRecord, type Indexes } from "./indexes.js";
import { currentId } from "./resolve-id.js";
import type { ActorRangeOptions, Shared } from "./types.js";

/** The records of each event kind that both actors take part in, in date order (see {@link Dataset.between}). */
export function between(index: Indexes, a: unknown, b: unknown, options: ActorRangeOptions | undefined): Shared {
  optionsArgument("options", options);
  const keep = statusFilter(options?.status);
  const ids = [currentId(index, a, "a"), currentId(index, b, "b")] as const;
  const shared = (kind: EventKind): EventRecord[] => {
    if (ids[0] === undefined || ids[1] === undefined) return [];
    if (options?.affiliated === true) {
      const second = new Set(eventsOf(index, kind, ids[1], options).map((item) => item.record.id));
      return eventsOf(index, kind, ids[0], options).filter((item) => second.has(item.record.id)).map((item) => item.record);
    }
    // For `between` ≥ 1000× a scan (docs/performance.md): only the actor with fewer records is
    // looked up, and the other checked in each record's links; an actor in most meetings costs nothing.
    const size = (id: string) => index.byActor[kind].get(id)?.length ?? 0;
    const [mine, other] = size(ids[0]) <= size(ids[1]) ? ids : [ids[1], ids[0]];
    const found = eventsOf(index, kind, mine, options).map((item) => item.record);
    return mine === other ? found : found.filter((record) => linksOf(kind, record).some((link) => link.actor === other && keep(link.status)));
  };
  return Object.fromEntries(EVENT_KINDS.map((kind) => [kind, shared(kind)])) as unknown as Shared;
}
