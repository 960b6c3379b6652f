/**
 * What the data covers, computed from the records: the codebook's period and states, how many
 * meetings and agreements fall in it, how many of them cite two or more publishers, and the events
 * per state pair and per month. Used by `npm run validate` (the share line), the manifest
 * (`coverage`) and the docs (the generated tables of docs/coverage.md).
 */
import type { DatasetRecordsReadonly as DatasetRecords } from "../../src/query/types.js";
import type { ActorRecord as Actor } from "../../src/query/types.js";
import { endKey } from "../../src/core/dates.js";
import { citedSourceIds } from "../../src/query/known.js";
import { EVENT_KINDS, kindOfSingular, RECORD_KIND_INFO, type EventKind, type EventKindSingular } from "../../src/schema/kinds.js";

/** The codebook's period: from the fall of the Assad government to the end of 2025. */
export const COVERAGE_PERIOD = { from: "2024-12-08", to: "2025-12-31" } as const;
/** The codebook's states: Syria and the neighbours the first report names around it. */
export const COVERAGE_STATES = ["syria", "iraq", "jordan", "turkiye", "lebanon", "iran", "kuwait"] as const;

/** One meeting or agreement, as the coverage counts see it. */
export interface CoveredEvent {
  readonly kind: EventKindSingular;
  readonly id: string;
  readonly title: string;
  readonly date: string | undefined;
  /** The codebook's states taking part, directly or through their officials and bodies. */
  readonly states: readonly string[];
  /** The distinct publishers of the sources cited anywhere on the record. */
  readonly publishers: readonly string[];
}

/** The coverage summary written to manifest.json: the period, the states, and the covered events of each event kind. */
export interface CoverageSummary extends Readonly<Record<EventKind, number>> {
  readonly period: { readonly from: string; readonly to: string };
  readonly states: readonly string[];
  /** Events (meetings and agreements) citing two or more publishers. */
  readonly eventsWithTwoPublishers: number;
  /** That number as a share of all events, rounded to three decimals. */
  readonly twoPublisherShare: number;
}

/** The states an actor stands for: itself, a person's states of office, a body's one jurisdiction. */
function statesOf(actor: Actor | undefined, actors: ReadonlyMap<string, Actor>): string[] {
  if (actor === undefined) return [];
  if (actor.kind === "state") return [actor.id];
  if (actor.kind === "organization") return actor.jurisdiction.length === 1 ? [...actor.jurisdiction] : [];
  return [...actor.positions, ...actor.memberships].flatMap((tenure) => {
    const body = actors.get(tenure.of);
    return body?.kind === "person" ? [] : statesOf(body, actors);
  });
}

/** Whether a partial date's interval overlaps the period (2024-12 does: it holds 2024-12-08). */
const inPeriod = (date: string | undefined) =>
  date !== undefined && endKey(date) >= COVERAGE_PERIOD.from && `${date}-01-01`.slice(0, 10) <= COVERAGE_PERIOD.to;

/**
 * The meetings and agreements in the codebook's period that involve at least two of its states,
 * or Syria and a neighbour (the same thing here: Syria is one of the states), in date order.
 */
export function coveredEvents(data: DatasetRecords): CoveredEvent[] {
  const actors = new Map(data.actors.map((actor) => [actor.id, actor]));
  const publisherOf = new Map(data.sources.map((source) => [source.id, source.publisher]));
  const scope = new Set<string>(COVERAGE_STATES);
  const events: CoveredEvent[] = [];
  const add = (kind: EventKindSingular, record: DatasetRecords[EventKind][number], links: readonly { readonly actor: string }[]) => {
    const states = [...new Set(links.flatMap((link) => statesOf(actors.get(link.actor), actors)))].filter((state) => scope.has(state)).sort();
    if (states.length < 2 || !inPeriod(record.date?.value)) return;
    const publishers = [...new Set([...citedSourceIds(record)].map((source) => publisherOf.get(source)).filter((id): id is string => id !== undefined))].sort();
    events.push({ kind, id: record.id, title: record.title, date: record.date?.value, states, publishers });
  };
  for (const kind of EVENT_KINDS) {
    const { singular, actorLinks } = RECORD_KIND_INFO[kind];
    for (const record of data[kind]) add(singular, record, (record as unknown as Record<string, readonly { readonly actor: string }[]>)[actorLinks]!);
  }
  return events.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id));
}

/**
 * The summary of {@link coveredEvents} for manifest.json.
 */
export function coverageSummary(data: DatasetRecords): CoverageSummary {
  const events = coveredEvents(data);
  const withTwo = events.filter((event) => event.publishers.length >= 2).length;
  const counts = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, events.filter((event) => event.kind === RECORD_KIND_INFO[kind].singular).length])) as Record<EventKind, number>;
  return {
    period: { ...COVERAGE_PERIOD },
    states: [...COVERAGE_STATES],
    ...counts,
    eventsWithTwoPublishers: withTwo,
    twoPublisherShare: events.length === 0 ? 0 : Math.round((withTwo / events.length) * 1000) / 1000,
  };
}

/** The one line `npm run validate` prints about coverage. */
export function coverageLine(summary: CoverageSummary): string {
  const total = summary.meetings + summary.agreements;
  return `coverage ${summary.period.from} to ${summary.period.to}: ${summary.meetings} meetings and ${summary.agreements} agreements; ${summary.eventsWithTwoPublishers} of ${total} events (${Math.round(summary.twoPublisherShare * 100)}%) cite two or more publishers`;
}

const pairKey = (a: string, b: string) => [a, b].sort().join(" – ");

/**
 * The generated part of the coverage guide: events per state pair and per month, in Markdown.
 */
export function coverageTables(data: DatasetRecords): string {
  const events = coveredEvents(data);
  const names = new Map(data.actors.map((actor) => [actor.id, actor.name]));
  const summary = coverageSummary(data);
  // Counts by event kind, a column each; an event counts in its kind's column.
  const noEvents = () => Object.fromEntries(EVENT_KINDS.map((kind) => [kind, 0])) as Record<EventKind, number>;
  const count = (row: Record<EventKind, number>, event: CoveredEvent) => {
    row[kindOfSingular(event.kind) as EventKind] += 1;
  };
  const total = (row: Record<EventKind, number>) => EVENT_KINDS.reduce((sum, kind) => sum + row[kind], 0);
  const cells = (row: Record<EventKind, number>) => EVENT_KINDS.map((kind) => ` ${row[kind]} |`).join("");
  const pairs = new Map<string, Record<EventKind, number> & { twoPublishers: number }>();
  for (const event of events) {
    for (let i = 0; i < event.states.length; i += 1) {
      for (let j = i + 1; j < event.states.length; j += 1) {
        const key = pairKey(names.get(event.states[i]!) ?? event.states[i]!, names.get(event.states[j]!) ?? event.states[j]!);
        const row = pairs.get(key) ?? { ...noEvents(), twoPublishers: 0 };
        count(row, event);
        if (event.publishers.length >= 2) row.twoPublishers += 1;
        pairs.set(key, row);
      }
    }
  }
  const months = new Map<string, Record<EventKind, number>>();
  for (const event of events) {
    const month = event.date!.slice(0, 7);
    const row = months.get(month) ?? noEvents();
    count(row, event);
    months.set(month, row);
  }
  const heads = EVENT_KINDS.map((kind) => ` ${kind} |`).join("");
  const rightAligned = EVENT_KINDS.map(() => " ---: |").join("");
  const lines = [
    "---",
    "title: Coverage tables",
    "---",
    "# Coverage tables",
    "",
    "Generated from the data by the docs build; see [coverage](../coverage.md) for the rules.",
    "",
    `${coverageLine(summary)}.`,
    "",
    "An event with several of the states counts once for each pair of them.",
    "",
    "## Events per state pair",
    "",
    `| states |${heads} with two or more publishers |`,
    `| --- |${rightAligned} ---: |`,
    ...[...pairs.entries()]
      .sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))
      .map(([pair, row]) => `| ${pair} |${cells(row)} ${row.twoPublishers} |`),
    "",
    "## Events per month",
    "",
    `| month |${heads}`,
    `| --- |${rightAligned}`,
    ...[...months.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([month, row]) => `| ${month} |${cells(row)}`),
    "",
  ];
  return lines.join("\n");
}
