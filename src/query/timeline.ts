import { dayRange } from "../core/dates.js";
import { TOPICS } from "../generated/vocabularies.js";
import { EVENT_KIND_SINGULARS, EVENT_KINDS, RECORD_KIND_INFO, type EventKind } from "../schema/kinds.js";
import { tenureCovers } from "./affiliation.js";
import { idsArgument, optionsArgument, statusFilter, vocabularyArgument, windowArgument } from "./args.js";
import { linksOf, type DateIndex, type Dated, type EventRecord, type Indexes } from "./indexes.js";
import { currentId } from "./resolve-id.js";
import type { TenureRecord, TimelineEvent, TimelineOptions } from "./types.js";
import { inDateIndex, inWindow, mergeSorted } from "./window.js";

/** Every kind of timeline event, in the order events of one day come in. */
export const TIMELINE_KINDS: readonly TimelineEvent["type"][] = [...EVENT_KIND_SINGULARS, "position-start", "position-end"];
const TYPE_ORDER = new Map(TIMELINE_KINDS.map((type, order) => [type, order]));

/** Orders timeline events: by start, the more precise first, then by {@link TIMELINE_KINDS}, then by id. */
function compareTimeline(a: Dated<TimelineEvent>, b: Dated<TimelineEvent>): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.precision !== b.precision) return a.precision - b.precision;
  if (a.record.type !== b.record.type) return TYPE_ORDER.get(a.record.type)! - TYPE_ORDER.get(b.record.type)!;
  const idA = a.record.record.id;
  const idB = b.record.record.id;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * Each dataset's timeline events, made on its first timeline call and kept: for `timeline` over a
 * month ≥ 1000× a scan (docs/performance.md), a range then allocates nothing per event. An event
 * kind's are in its date index's order, split the same way by precision; position changes sorted.
 */
interface Events {
  readonly byKind: { readonly [K in EventKind]: DateIndex<TimelineEvent> };
  readonly tenures: readonly Dated<TimelineEvent>[];
}
const madeEvents = new WeakMap<Indexes, Events>();

function eventsOf(index: Indexes): Events {
  const known = madeEvents.get(index);
  if (known) return known;
  const byKind = Object.fromEntries(
    EVENT_KINDS.map((kind) => {
      const type = RECORD_KIND_INFO[kind].singular;
      const event = ({ record, start, end, precision }: Dated<EventRecord>) => ({ record: { type, date: record.date?.value ?? "", record } as TimelineEvent, start, end, precision });
      const { all, byPrecision } = index.byDate[kind];
      return [kind, { all: all.filter((item) => item.precision < 3).map(event), byPrecision: byPrecision.map((list) => list.map(event)) }];
    }),
  ) as unknown as Events["byKind"];
  const tenures: Dated<TimelineEvent>[] = [];
  for (const actor of index.data.actors) {
    if (actor.kind !== "person") continue;
    for (const tenure of [...actor.positions, ...actor.memberships]) {
      for (const [type, date] of [["position-start", tenure.from], ["position-end", tenure.to]] as const) {
        if (date) tenures.push({ record: { type, date: date.value, record: actor, tenure }, ...dayRange(date.value) });
      }
    }
  }
  const events = { byKind, tenures: tenures.sort(compareTimeline) };
  madeEvents.set(index, events);
  return events;
}

/** Meetings, agreements and position changes merged in date order (see {@link Dataset.timeline}). */
export function timeline(index: Indexes, options: TimelineOptions | undefined): TimelineEvent[] {
  optionsArgument("options", options);
  const window = windowArgument(options);
  const keep = statusFilter(options?.status);
  const kinds = vocabularyArgument("kinds", options?.kinds, TIMELINE_KINDS);
  const topics = vocabularyArgument("topics", options?.topics, TOPICS);
  const actorList = idsArgument("actors", options?.actors);
  const actorIds = actorList && new Set(actorList.map((id) => currentId(index, id, "actors")).filter((id): id is string => id !== undefined));
  const wanted = (type: TimelineEvent["type"]) => kinds === undefined || kinds.has(type);
  // With affiliated: the people affiliated with a listed state or organization, each with the
  // tenures that make them so (checked against each event's date).
  const affiliates = new Map<string, TenureRecord[]>();
  for (const id of options?.affiliated && actorIds ? actorIds : []) {
    if (index.byId.actors.get(id)?.kind === "person") continue;
    for (const { person, tenure } of index.affiliationsOf.get(id) ?? []) {
      if (keep(tenure.status)) affiliates.set(person.id, [...(affiliates.get(person.id) ?? []), tenure]);
    }
  }
  const listed = (actor: string, start: number, end: number) =>
    actorIds!.has(actor) || (affiliates.get(actor)?.some((tenure) => tenureCovers(tenure, start, end)) ?? false);
  const events = eventsOf(index);
  const filtered = options?.status !== undefined || topics !== undefined || actorIds !== undefined;
  const lists: (readonly Dated<TimelineEvent>[])[] = [];
  for (const kind of EVENT_KINDS) {
    if (!wanted(RECORD_KIND_INFO[kind].singular)) continue;
    const found = inDateIndex(events.byKind[kind], window, compareTimeline);
    lists.push(
      !filtered
        ? found
        : found.filter(({ record: event, start, end }) => {
            const record = event.record as EventRecord;
            if (!keep(record.status) || (topics && !record.topics.some((topic) => topics.has(topic)))) return false;
            return !actorIds || linksOf(kind, record).some((link) => keep(link.status) && listed(link.actor, start, end));
          }),
    );
  }
  if ((wanted("position-start") || wanted("position-end")) && topics === undefined) {
    lists.push(
      inWindow(events.tenures, window).filter(({ record: event }) => {
        if (!("tenure" in event) || !wanted(event.type) || !keep(event.tenure.status)) return false;
        return !actorIds || actorIds.has(event.record.id) || actorIds.has(event.tenure.of);
      }),
    );
  }
  return mergeSorted(lists, compareTimeline).map((item) => item.record);
}
