/**
 * A seeded generator of valid synthetic datasets, for benchmarks and scale tests: N meetings over
 * N/10 actors, with realistic skew (a few actors, like the states, are in most meetings), partial
 * dates of every precision, tenures, and N/10 agreements. Same seed, same dataset.
 */

/** A small, fast, seeded PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ["counter-terrorism", "border-security", "smuggling", "refugees", "drug-trafficking", "regional-security"];
const SYLLABLES = ["al", "sha", "bi", "ni", "fu", "ad", "kha", "lid", "ham", "id", "sa", "fa", "di", "ka", "lin", "ab", "dul", "lah"];

/** The plain records of a synthetic dataset, ready for `createDataset` or `JSON.stringify`. */
export interface SyntheticDataset {
  actors: Record<string, unknown>[];
  meetings: Record<string, unknown>[];
  agreements: Record<string, unknown>[];
  sources: Record<string, unknown>[];
}

/**
 * Makes a valid dataset of `meetings` meetings over `meetings / 10` actors (at least 20).
 *
 * @example
 * ```ts
 * const data = syntheticDataset(10_000, 42);
 * createDataset(data);
 * ```
 */
export function syntheticDataset(meetingCount: number, seed = 1): SyntheticDataset {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const actorCount = Math.max(20, Math.floor(meetingCount / 10));
  const stateCount = Math.max(3, Math.floor(actorCount * 0.02));
  const orgCount = Math.max(2, Math.floor(actorCount * 0.08));
  const sources = Array.from({ length: 20 }, (_, i) => ({
    id: `source-${i}`,
    title: `Synthetic report ${i}`,
    publisher: "state-0",
    url: `https://example.org/report/${i}`,
    published: { value: "2026-01-01" },
    language: "en",
    textHeld: false,
  }));
  const cite = () => [{ source: `source-${Math.floor(random() * 20)}`, note: "Synthetic fact, for benchmarks." }];
  const name = () => {
    const parts = 2 + Math.floor(random() * 3);
    let word = "";
    for (let i = 0; i < parts; i += 1) word += pick(SYLLABLES);
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const date = () => {
    const year = 2000 + Math.floor(random() * 26);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
    const precision = random();
    return { value: precision < 0.1 ? `${year}` : precision < 0.3 ? `${year}-${month}` : `${year}-${month}-${day}` };
  };
  const actors: Record<string, unknown>[] = [];
  const bodies: string[] = [];
  for (let i = 0; i < stateCount; i += 1) {
    actors.push({ kind: "state", id: `state-${i}`, name: `State ${name()} ${i}`, iso3166Alpha2: "AA", iso3166Alpha3: "AAA", citations: cite() });
    bodies.push(`state-${i}`);
  }
  for (let i = 0; i < orgCount; i += 1) {
    actors.push({ kind: "organization", id: `org-${i}`, name: `Org ${name()} ${i}`, classification: "government-body", citations: cite() });
    bodies.push(`org-${i}`);
  }
  const personCount = actorCount - stateCount - orgCount;
  for (let i = 0; i < personCount; i += 1) {
    const from = date();
    const tenure = { role: "minister", of: pick(bodies), from, citations: cite() };
    actors.push({
      kind: "person",
      id: `person-${i}`,
      name: `${name()} Al-${name()} ${i}`,
      aliases: random() < 0.3 ? [`${name()} ${i}`] : [],
      positions: [tenure],
      memberships: random() < 0.2 ? [{ role: "member", of: pick(bodies), citations: cite() }] : [],
      citations: cite(),
    });
  }
  const ids = actors.map((actor) => actor.id as string);
  // Skew: the first actors (states, then organizations) are chosen far more often.
  const skewed = () => ids[Math.floor(ids.length * random() ** 3)]!;
  const links = () => {
    const chosen = new Set<string>();
    const count = 2 + Math.floor(random() * 3);
    while (chosen.size < count) chosen.add(skewed());
    return [...chosen].map((actor) => ({ actor, citations: cite() }));
  };
  const topics = () => TOPICS.filter(() => random() < 0.3);
  const meetings = Array.from({ length: meetingCount }, (_, i) => ({
    id: `meeting-${i}`,
    title: `Talks ${name()} ${i}`,
    kind: "talks",
    date: date(),
    participants: links(),
    topics: topics(),
    citations: cite(),
  }));
  const agreements = Array.from({ length: Math.floor(meetingCount / 10) }, (_, i) => ({
    id: `agreement-${i}`,
    title: `Accord ${name()} ${i}`,
    kind: "agreement",
    stage: "agreed",
    date: date(),
    parties: links(),
    topics: topics(),
    citations: cite(),
  }));
  return { actors, meetings, agreements, sources };
}
