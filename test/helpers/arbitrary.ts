import fc from "fast-check";
import type { DatasetRecordsReadonly } from "../../src/query/types.js";

const STATUSES = ["reported", "confirmed", "denied", "disputed"] as const;
const TOPICS = ["counter-terrorism", "border-security", "smuggling", "refugees"] as const;
const NAMES = ["Al-Shibani", "Shaibani", "Türkiye", "Turkey", "Fuad Hussein", "O'Neil", "al Sharaa", "Kalın", "Abdullah II", "Safadi"];

const cite = [{ source: "src", quote: "quoted words" }];

/** A partial date: a year, a month or a day, in 2023–2025 (small range, so overlaps are common). */
export const partialDate = fc
  .tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 2 }))
  .map(([y, m, d, precision]) => {
    const mm = String(m).padStart(2, "0");
    const dd = String(d).padStart(2, "0");
    return precision === 0 ? `${y}` : precision === 1 ? `${y}-${mm}` : `${y}-${mm}-${dd}`;
  });

const maybeDate = fc.option(partialDate.map((value) => ({ value })), { nil: undefined, freq: 4 });
const status = fc.constantFrom(...STATUSES);

/**
 * Random datasets shaped like the real one: a few states and organizations, people holding
 * dated or open tenures in them, meetings and agreements with partial (or missing) dates, random
 * claim statuses, and names with diacritics, apostrophes and "al-".
 */
export const datasetArbitrary: fc.Arbitrary<DatasetRecordsReadonly> = fc
  .record({
    states: fc.integer({ min: 1, max: 4 }),
    orgs: fc.integer({ min: 0, max: 3 }),
    people: fc.integer({ min: 1, max: 6 }),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 400, maxLength: 400 }),
    meetingDates: fc.array(maybeDate, { minLength: 0, maxLength: 25 }),
    agreementDates: fc.array(maybeDate, { minLength: 0, maxLength: 10 }),
    tenureDates: fc.array(fc.tuple(maybeDate, maybeDate), { minLength: 12, maxLength: 12 }),
    statuses: fc.array(status, { minLength: 200, maxLength: 200 }),
  })
  .map(({ states, orgs, people, seed, meetingDates, agreementDates, tenureDates, statuses }) => {
    let cursor = 0;
    const next = (n: number) => seed[cursor++ % seed.length]! % n;
    let statusCursor = 0;
    const nextStatus = () => statuses[statusCursor++ % statuses.length]!;
    const stateIds = Array.from({ length: states }, (_, i) => `state-${i}`);
    const orgIds = Array.from({ length: orgs }, (_, i) => `org-${i}`);
    const personIds = Array.from({ length: people }, (_, i) => `person-${i}`);
    const actorIds = [...stateIds, ...orgIds, ...personIds];
    const bodies = [...stateIds, ...orgIds];
    const actors = [
      ...stateIds.map((id, i) => ({ kind: "state" as const, id, name: `${NAMES[next(NAMES.length)]} ${i}`, aliases: [], iso3166Alpha2: "AA", iso3166Alpha3: "AAA", status: nextStatus(), citations: cite })),
      ...orgIds.map((id, i) => ({ kind: "organization" as const, id, name: `Org ${NAMES[next(NAMES.length)]} ${i}`, aliases: [`Body ${i}`], classification: "joint-body" as const, jurisdiction: [], overseenBy: [], status: nextStatus(), citations: cite })),
      ...personIds.map((id, i) => {
        const tenures = Array.from({ length: next(3) }, (_, t) => {
          const [from, to] = tenureDates[(i * 2 + t) % tenureDates.length]!;
          const ordered = from && to && from.value > to.value ? [to, from] : [from, to];
          return { role: `role ${t}`, of: bodies[next(bodies.length)]!, from: ordered[0], to: ordered[1], status: nextStatus(), citations: cite };
        });
        return {
          kind: "person" as const,
          id,
          name: `${NAMES[next(NAMES.length)]} ${i}`,
          aliases: next(2) === 0 ? [`${NAMES[next(NAMES.length)]} alias ${i}`] : [],
          positions: tenures.filter((_, t) => t % 2 === 0),
          memberships: tenures.filter((_, t) => t % 2 === 1),
          status: nextStatus(),
          citations: cite,
        };
      }),
    ];
    const links = () => {
      const count = 1 + next(Math.min(4, actorIds.length));
      const chosen = new Set<string>();
      while (chosen.size < count) chosen.add(actorIds[next(actorIds.length)]!);
      return [...chosen].map((actor) => ({ actor, status: nextStatus(), citations: cite }));
    };
    const topics = () => TOPICS.filter(() => next(2) === 0);
    const meetings = meetingDates.map((date, i) => ({
      id: `meeting-${i}`, title: `Talks ${NAMES[next(NAMES.length)]} ${i}`, kind: "talks" as const, date,
      participants: links(), topics: topics(), outcomes: [], status: nextStatus(), citations: cite,
    }));
    const agreements = agreementDates.map((date, i) => ({
      id: `agreement-${i}`, title: `Accord ${i}`, kind: "agreement" as const, stage: "agreed" as const, date,
      parties: links(), purposes: [], topics: topics(), establishes: [], status: nextStatus(), citations: cite,
    }));
    const sources = [{ id: "src", title: "A source", publisher: stateIds[0]!, url: "https://example.org/", published: { value: "2026" }, language: "en", textHeld: false }];
    return { actors, meetings, agreements, sources } as unknown as DatasetRecordsReadonly;
  });

/** Query options: a random range (or none), status list (or none), affiliated flag. */
export const rangeOptions = fc.record(
  {
    from: partialDate,
    to: partialDate,
    status: fc.subarray([...STATUSES], { minLength: 1 }),
    affiliated: fc.boolean(),
  },
  { requiredKeys: [] },
);
