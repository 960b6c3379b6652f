import type { EventKind } from "../schema/kinds.js";
import { tenureCovers } from "./affiliation.js";
import { optionsArgument, statusFilter, windowArgument } from "./args.js";
import { compareDated, linksOf, type Dated, type Indexes } from "./indexes.js";
import { currentId } from "./resolve-id.js";
import type { ActorRangeOptions, KindRecord } from "./types.js";
import { inWindow } from "./window.js";

/**
 * The records of an event kind an actor takes part in (`meetingsOf`, `agreementsOf`), in date
 * order: the record and the actor's link both pass `status`. With `affiliated`, a state or
 * organization also takes part in what the people affiliated with it (see affiliation.ts) take
 * part in on the record's date.
 */
export function eventsOf<K extends EventKind>(index: Indexes, kind: K, actorId: unknown, options: ActorRangeOptions | undefined, name = "actorId"): Dated<KindRecord<K>>[] {
  optionsArgument("options", options);
  const window = windowArgument(options);
  const keep = statusFilter(options?.status);
  const id = currentId(index, actorId, name);
  if (id === undefined) return [];
  const byActor = index.byActor[kind] as ReadonlyMap<string, readonly Dated<KindRecord<K>>[]>;
  const takesPart = (record: KindRecord<K>, who: string) => keep(record.status) && linksOf(kind, record).some((link) => link.actor === who && keep(link.status));
  const own = inWindow(byActor.get(id) ?? [], window).filter((item) => takesPart(item.record, id));
  const actor = index.byId.actors.get(id);
  if (options?.affiliated !== true || actor === undefined || actor.kind === "person") return own;
  const seen = new Set(own.map((item) => item.record.id));
  for (const affiliation of index.affiliationsOf.get(id) ?? []) {
    if (!keep(affiliation.tenure.status)) continue;
    const person = affiliation.person.id;
    for (const item of inWindow(byActor.get(person) ?? [], window)) {
      if (seen.has(item.record.id) || !takesPart(item.record, person) || !tenureCovers(affiliation.tenure, item.start, item.end)) continue;
      seen.add(item.record.id);
      own.push(item);
    }
  }
  return own.sort(compareDated);
}
