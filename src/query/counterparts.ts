import type { ClaimStatus } from "../generated/record-types.js";
import { onSideOf } from "./affiliation.js";
import { vocabularyArgument, type Window } from "./args.js";
import type { Dated, Indexes } from "./indexes.js";
import { agreementLinks, involvedIn, meetingLinks, type LinksOf } from "./involved.js";
import type { ActorRecord, AgreementRecord, Counterpart, CounterpartOptions, MeetingRecord } from "./types.js";

/** The kinds of actor, for checking counterparts' `kinds`. */
const ACTOR_KINDS: readonly ActorRecord["kind"][] = ["state", "person", "organization"];

interface Tally {
  meetings: number;
  agreements: number;
  /** Start day of the most recent dated event counted (-Infinity when none is dated). */
  latestStart: number;
  /** Its precision (0 day, 1 month, 2 year): of two dates starting the same day, the more precise is the one shown. */
  latestPrecision: number;
  latest: string | undefined;
}

/**
 * Who an actor (a resolved id) met or agreed with: each other actor linked to the same meeting or
 * agreement, once per event. With `excludeOwnSide`, leaves out the actor's side on the day of each
 * event (see affiliation.ts); with `kinds`, keeps only those kinds of actor. Most events first;
 * ties by id, or, when `excludeOwnSide` or `kinds` is given, by the more recent shared event.
 */
export function counterpartsOf(
  index: Indexes,
  id: string,
  window: Window,
  keep: (status: ClaimStatus) => boolean,
  options: CounterpartOptions | undefined,
): Counterpart[] {
  const kinds = vocabularyArgument("kinds", options?.kinds, ACTOR_KINDS);
  if (options?.excludeOwnSide !== undefined && typeof options.excludeOwnSide !== "boolean") {
    throw new TypeError(`excludeOwnSide must be a boolean, got ${JSON.stringify(options.excludeOwnSide)}`);
  }
  const self = index.actors.get(id);
  const affiliated = options?.affiliated === true;
  const counts = new Map<string, Tally>();
  const tally = <R extends MeetingRecord | AgreementRecord>(items: readonly Dated<R>[], links: LinksOf<R>, field: "meetings" | "agreements") => {
    for (const item of items) {
      const side = options?.excludeOwnSide && self ? onSideOf(self, index.actors, item.start, item.end, keep) : undefined;
      for (const other of new Set(links(item.record).filter((link) => keep(link.status)).map((link) => link.actor))) {
        if (other === id) continue;
        const actor = index.actors.get(other);
        if (actor === undefined || (kinds && !kinds.has(actor.kind)) || side?.(actor)) continue;
        let count = counts.get(other);
        if (!count) {
          count = { meetings: 0, agreements: 0, latestStart: Number.NEGATIVE_INFINITY, latestPrecision: 3, latest: undefined };
          counts.set(other, count);
        }
        count[field] += 1;
        const later = item.start > count.latestStart || (item.start === count.latestStart && item.precision < count.latestPrecision);
        if (item.start !== Number.POSITIVE_INFINITY && later) {
          count.latestStart = item.start;
          count.latestPrecision = item.precision;
          count.latest = item.record.date?.value;
        }
      }
    }
  };
  tally(involvedIn(index, index.meetingsByActor, meetingLinks, id, window, keep, affiliated), meetingLinks, "meetings");
  tally(involvedIn(index, index.agreementsByActor, agreementLinks, id, window, keep, affiliated), agreementLinks, "agreements");
  const byRecency = options?.excludeOwnSide !== undefined || options?.kinds !== undefined;
  const ranked = [...counts].map(([other, count]) => ({
    latestStart: count.latestStart,
    counterpart: { actor: index.actors.get(other)!, meetings: count.meetings, agreements: count.agreements, total: count.meetings + count.agreements, latest: count.latest },
  }));
  ranked.sort(
    (x, y) =>
      y.counterpart.total - x.counterpart.total ||
      (byRecency && y.latestStart !== x.latestStart ? (y.latestStart > x.latestStart ? 1 : -1) : 0) ||
      (x.counterpart.actor.id < y.counterpart.actor.id ? -1 : 1),
  );
  return ranked.map((entry) => entry.counterpart);
}
