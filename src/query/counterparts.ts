import { EVENT_KINDS, type EventKind } from "../schema/kinds.js";
import { onSideOf } from "./affiliation.js";
import { optionsArgument, statusFilter, vocabularyArgument } from "./args.js";
import { eventsOf } from "./events-of.js";
import { linksOf, type Indexes } from "./indexes.js";
import { currentId } from "./resolve-id.js";
import type { ActorRecord, Counterpart, CounterpartOptions } from "./types.js";

/** The kinds of actor, for checking counterparts' `kinds`. */
const ACTOR_KINDS: readonly ActorRecord["kind"][] = ["state", "person", "organization"];

interface Tally {
  /** Events shared, per event kind. */
  readonly events: Record<EventKind, number>;
  /** Start day of the most recent dated event counted (-Infinity when none is dated). */
  latestStart: number;
  /** Its precision (0 day, 1 month, 2 year): of two dates starting the same day, the more precise is the one shown. */
  latestPrecision: number;
  latest: string | undefined;
}

/**
 * Who an actor met or agreed with (see {@link Dataset.counterparts}): each other actor linked to
 * the same meeting or agreement, once per event. With `excludeOwnSide`, leaves out the actor's side
 * on the day of each event (see affiliation.ts); with `kinds`, keeps only those kinds of actor. Most
 * events first; ties by id, or, when `excludeOwnSide` or `kinds` is given, by the more recent event.
 */
export function counterparts(index: Indexes, actorId: unknown, options: CounterpartOptions | undefined): Counterpart[] {
  optionsArgument("options", options);
  const keep = statusFilter(options?.status);
  const kinds = vocabularyArgument("kinds", options?.kinds, ACTOR_KINDS);
  if (options?.excludeOwnSide !== undefined && typeof options.excludeOwnSide !== "boolean") {
    throw new TypeError(`excludeOwnSide must be a boolean, got ${JSON.stringify(options.excludeOwnSide)}`);
  }
  const shared = EVENT_KINDS.map((kind) => [kind, eventsOf(index, kind, actorId, options)] as const);
  const id = currentId(index, actorId, "actorId");
  if (id === undefined) return [];
  const actors = index.byId.actors;
  const self = actors.get(id);
  const counts = new Map<string, Tally>();
  for (const [kind, items] of shared) {
    for (const item of items) {
      const side = options?.excludeOwnSide && self ? onSideOf(self, actors, item.start, item.end, keep) : undefined;
      for (const other of new Set(linksOf(kind, item.record).filter((link) => keep(link.status)).map((link) => link.actor))) {
        if (other === id) continue;
        const actor = actors.get(other);
        if (actor === undefined || (kinds && !kinds.has(actor.kind)) || side?.(actor)) continue;
        let count = counts.get(other);
        if (!count) {
          count = { events: Object.fromEntries(EVENT_KINDS.map((each) => [each, 0])) as unknown as Record<EventKind, number>, latestStart: Number.NEGATIVE_INFINITY, latestPrecision: 3, latest: undefined };
          counts.set(other, count);
        }
        count.events[kind] += 1;
        const later = item.start > count.latestStart || (item.start === count.latestStart && item.precision < count.latestPrecision);
        if (item.start !== Number.POSITIVE_INFINITY && later) {
          count.latestStart = item.start;
          count.latestPrecision = item.precision;
          count.latest = item.record.date?.value;
        }
      }
    }
  }
  const byRecency = options?.excludeOwnSide !== undefined || options?.kinds !== undefined;
  const ranked = [...counts].map(([other, { events, latestStart, latest }]) => ({
    latestStart,
    counterpart: { actor: actors.get(other)!, ...events, total: EVENT_KINDS.reduce((sum, kind) => sum + events[kind], 0), latest } as Counterpart,
  }));
  ranked.sort(
    (x, y) =>
      y.counterpart.total - x.counterpart.total ||
      (byRecency && y.latestStart !== x.latestStart ? (y.latestStart > x.latestStart ? 1 : -1) : 0) ||
      (x.counterpart.actor.id < y.counterpart.actor.id ? -1 : 1),
  );
  return ranked.map((entry) => entry.counterpart);
}
