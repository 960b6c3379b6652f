import { dayRange } from "../core/dates.js";
import type { DateIndex, Dated, Indexes } from "./indexes.js";
import type { AgreementRecord, MeetingRecord, TimelineEvent } from "./types.js";

/** Every kind of timeline event, in the order events of one day come in (`satisfies` keeps it complete). */
const TYPE_ORDER = { meeting: 0, agreement: 1, "position-start": 2, "position-end": 3 } as const satisfies Record<TimelineEvent["type"], number>;

/** The kinds of timeline event, for checking the `kinds` argument. */
export const TIMELINE_KINDS = Object.keys(TYPE_ORDER) as readonly TimelineEvent["type"][];

/** Orders timeline events: by start, the more precise first, meetings before agreements before position changes, then by id. */
export function compareTimeline(a: Dated<TimelineEvent>, b: Dated<TimelineEvent>): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.precision !== b.precision) return a.precision - b.precision;
  if (a.record.type !== b.record.type) return TYPE_ORDER[a.record.type] - TYPE_ORDER[b.record.type];
  const idA = a.record.record.id;
  const idB = b.record.record.id;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/** Timeline events made once, in timeline order: per precision for meetings and agreements. */
export interface EventIndexes {
  readonly meetings: DateIndex<TimelineEvent>;
  readonly agreements: DateIndex<TimelineEvent>;
  readonly tenures: readonly Dated<TimelineEvent>[];
}

function eventsOf<R extends MeetingRecord | AgreementRecord>(type: "meeting" | "agreement", index: DateIndex<R>): DateIndex<TimelineEvent> {
  // index.byPrecision is index.all split by precision in the same order (see dateIndex), so the
  // events split the same way make the same lists, with no lookup from item to event.
  const all: Dated<TimelineEvent>[] = [];
  const byPrecision: [Dated<TimelineEvent>[], Dated<TimelineEvent>[], Dated<TimelineEvent>[]] = [[], [], []];
  for (const item of index.all) {
    if (item.precision === 3) continue;
    const record = { type, date: item.record.date?.value ?? "", record: item.record } as TimelineEvent;
    const event = { record, start: item.start, end: item.end, precision: item.precision };
    all.push(event);
    byPrecision[item.precision as 0 | 1 | 2].push(event);
  }
  return { all, byPrecision };
}

export function buildEventIndexes(index: Indexes): EventIndexes {
  const tenures: Dated<TimelineEvent>[] = [];
  for (const actor of index.actors.values()) {
    if (actor.kind !== "person") continue;
    for (const tenure of [...actor.positions, ...actor.memberships]) {
      for (const [type, date] of [
        ["position-start", tenure.from],
        ["position-end", tenure.to],
      ] as const) {
        if (!date) continue;
        const range = dayRange(date.value);
        tenures.push({ record: { type, date: date.value, record: actor, tenure }, ...range });
      }
    }
  }
  return {
    meetings: eventsOf("meeting", index.meetingsByDate),
    agreements: eventsOf("agreement", index.agreementsByDate),
    tenures: tenures.sort(compareTimeline),
  };
}

/** Merges lists each already sorted by `compare` into one sorted list, pair by pair. */
export function mergeSorted<T>(lists: readonly (readonly T[])[], compare: (a: T, b: T) => number): T[] {
  let merged: readonly T[] = [];
  for (const list of lists) {
    if (list.length === 0) continue;
    if (merged.length === 0) {
      merged = list;
      continue;
    }
    const out: T[] = new Array<T>(merged.length + list.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < merged.length && j < list.length) out[k++] = compare(merged[i]!, list[j]!) <= 0 ? merged[i++]! : list[j++]!;
    while (i < merged.length) out[k++] = merged[i++]!;
    while (j < list.length) out[k++] = list[j++]!;
    merged = out;
  }
  return merged.slice();
}

