import fc from "fast-check";
import { selectClaim } from "../../src/core/claims.js";
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

const STAGES = ["proposed", "agreed", "signed", "operational"] as const;
const LIFECYCLES = ["planned", "active", "dissolved"] as const;
const ALTERNATIVE_STATUSES = ["reported", "confirmed", "denied"] as const;

type Citation = { source: string; note: string; stance?: "denies" };
type Alternative = { value: unknown; status: string; citations: Citation[] };
type Loose = Record<string, unknown> & { id: string };

/**
 * Random datasets whose facts cite several sources with random publication dates (some with none,
 * as a living reference work has), so that `asOf` keeps some citations and drops others: the shapes
 * of {@link datasetArbitrary}, with every citation list replaced by one to three citations of
 * random sources (some denying), organizations given jurisdictions and overseers, and field claims
 * (meeting date and place, agreement stage and reachedAt, organization lifecycle) whose flat field
 * shows the value the selection rule picks; meetings' outcomes follow the agreements' reachedAt.
 */
export const datedDatasetArbitrary: fc.Arbitrary<DatasetRecordsReadonly> = fc
  .record({
    base: datasetArbitrary,
    published: fc.array(fc.option(partialDate, { nil: undefined, freq: 5 }), { minLength: 1, maxLength: 6 }),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 600, maxLength: 600 }),
    claimDates: fc.array(partialDate, { minLength: 12, maxLength: 12 }),
  })
  .map(({ base, published, seed, claimDates }) => {
    let cursor = 0;
    const next = (n: number) => seed[cursor++ % seed.length]! % n;
    const pick = <T>(list: readonly T[]): T => list[next(list.length)]!;
    const actorIds = base.actors.map((actor) => actor.id);
    const states = base.actors.filter((actor) => actor.kind === "state").map((actor) => actor.id);
    const sources = published.map((date, i) => ({
      id: `src-${i}`, title: `Report ${i}`, publisher: pick(actorIds), url: `https://example.org/${i}`,
      ...(date === undefined ? {} : { published: { value: date } }), language: "en", textHeld: false,
    }));
    const publishedOf = (id: string) => sources.find((source) => source.id === id)?.published?.value;
    const citations = (): Citation[] =>
      Array.from({ length: 1 + next(3) }, () => ({ source: pick(sources).id, note: "what it says", ...(next(4) === 0 ? { stance: "denies" as const } : {}) }));
    const cited = <T extends object>(fact: T): T => ({ ...fact, citations: citations() });
    const alternatives = (values: () => unknown): Alternative[] =>
      Array.from({ length: 1 + next(3) }, () => ({ value: values(), status: pick(ALTERNATIVE_STATUSES), citations: citations() }));
    /** Sets claims.<field> (sometimes) and the flat field to the value the rule selects. */
    const claim = (record: Loose, field: string, values: () => unknown, required: boolean) => {
      if (next(3) !== 0) return;
      const list = alternatives(values);
      const claims = (record.claims ?? {}) as Record<string, Alternative[]>;
      claims[field] = list;
      record.claims = claims;
      const selected = selectClaim(list as Parameters<typeof selectClaim>[0], publishedOf);
      if (selected !== undefined) record[field] = selected.value;
      else if (!required) delete record[field];
    };
    const actors = base.actors.map((actor) => {
      const out: Loose = cited({ ...actor });
      if (actor.kind === "person") {
        out.positions = actor.positions.map(cited);
        out.memberships = actor.memberships.map(cited);
      }
      if (actor.kind === "organization") {
        out.jurisdiction = states.filter(() => next(3) === 0);
        out.overseenBy = next(2) === 0 ? [cited({ actor: pick(actorIds), status: pick(STATUSES) })] : [];
        claim(out, "lifecycle", () => pick(LIFECYCLES), false);
      }
      return out;
    });
    const meetings = base.meetings.map((meeting) => {
      const out: Loose = cited({ ...meeting, participants: meeting.participants.map(cited) });
      if (next(2) === 0) out.place = { city: "A city", country: pick(states) };
      claim(out, "date", () => ({ value: pick(claimDates) }), false);
      claim(out, "place", () => ({ country: pick(states) }), false);
      return out;
    });
    const meetingIds = meetings.map((meeting) => meeting.id);
    const agreements = base.agreements.map((agreement) => {
      const out: Loose = cited({ ...agreement, parties: agreement.parties.map(cited), stage: pick(STAGES) });
      if (meetingIds.length > 0) {
        if (next(2) === 0) out.reachedAt = pick(meetingIds);
        claim(out, "reachedAt", () => pick(meetingIds), false);
      }
      claim(out, "stage", () => pick(STAGES), true);
      return out;
    });
    for (const meeting of meetings) meeting.outcomes = agreements.filter((agreement) => agreement.reachedAt === meeting.id).map((agreement) => agreement.id);
    return { actors, meetings, agreements, sources } as unknown as DatasetRecordsReadonly;
  });
