/**
 * Reference implementations of the query helpers: plain scans over the arrays, written for
 * obviousness, not speed. Property tests check the indexed helpers against these.
 */
import { dateInterval } from "../../src/data/dates.js";
import { foldWords } from "../../src/data/normalize.js";
import { SEARCH_SPELLINGS } from "../../src/query/search.js";
import type {
  ActorRecord,
  AgreementRecord,
  DatasetRecordsReadonly,
  MeetingRecord,
  TenureRecord,
} from "../../src/query/types.js";

type Opts = { from?: string; to?: string; status?: readonly string[]; affiliated?: boolean };
type Dated = { id: string; date?: { value: string } | undefined };

const okStatus = (opts: { status?: readonly string[] } | undefined, status: string) => !opts?.status || opts.status.includes(status);

export function inRange(record: Dated, opts: Opts | undefined): boolean {
  if (opts?.from === undefined && opts?.to === undefined) return true;
  if (!record.date) return false;
  const { start, end } = dateInterval(record.date.value);
  if (opts.from !== undefined && end < dateInterval(opts.from).start) return false;
  if (opts.to !== undefined && start > dateInterval(opts.to).end) return false;
  return true;
}

export function byDate(a: Dated, b: Dated): number {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const sa = dateInterval(a.date.value).start;
  const sb = dateInterval(b.date.value).start;
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (a.date.value.length !== b.date.value.length) return b.date.value.length - a.date.value.length;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function covers(tenure: TenureRecord, record: Dated): boolean {
  if (!record.date) return !tenure.from && !tenure.to;
  const { start, end } = dateInterval(record.date.value);
  if (tenure.from && dateInterval(tenure.from.value).start > end) return false;
  if (tenure.to && dateInterval(tenure.to.value).end < start) return false;
  return true;
}

function tenuresIn(data: DatasetRecordsReadonly, orgId: string) {
  const out: { person: string; tenure: TenureRecord }[] = [];
  for (const actor of data.actors) {
    if (actor.kind !== "person") continue;
    for (const tenure of [...actor.positions, ...actor.memberships]) if (tenure.of === orgId) out.push({ person: actor.id, tenure });
  }
  return out;
}

function involved<R extends MeetingRecord | AgreementRecord>(
  data: DatasetRecordsReadonly,
  records: readonly R[],
  links: (r: R) => readonly { actor: string; status: string }[],
  actorId: string,
  opts: Opts | undefined,
): R[] {
  const actor = data.actors.find((a) => a.id === actorId);
  const takesPart = (r: R, who: string) => links(r).some((l) => l.actor === who && okStatus(opts, l.status));
  const affiliations = opts?.affiliated && actor && actor.kind !== "person" ? tenuresIn(data, actorId).filter((t) => okStatus(opts, t.tenure.status)) : [];
  return records
    .filter((r) => okStatus(opts, r.status) && inRange(r, opts))
    .filter((r) => takesPart(r, actorId) || affiliations.some((t) => takesPart(r, t.person) && covers(t.tenure, r)))
    .sort(byDate);
}

export const naiveMeetingsOf = (data: DatasetRecordsReadonly, actorId: string, opts?: Opts) =>
  involved(data, data.meetings, (m) => m.participants, actorId, opts);
export const naiveAgreementsOf = (data: DatasetRecordsReadonly, actorId: string, opts?: Opts) =>
  involved(data, data.agreements, (a) => a.parties, actorId, opts);

export function naiveBetween(data: DatasetRecordsReadonly, a: string, b: string, opts?: Opts) {
  const both = <R extends { id: string }>(x: R[], y: R[]) => x.filter((r) => y.some((s) => s.id === r.id));
  return {
    meetings: both(naiveMeetingsOf(data, a, opts), naiveMeetingsOf(data, b, opts)),
    agreements: both(naiveAgreementsOf(data, a, opts), naiveAgreementsOf(data, b, opts)),
  };
}

export function naiveCounterparts(data: DatasetRecordsReadonly, actorId: string, opts?: Opts) {
  const counts = new Map<string, { meetings: number; agreements: number }>();
  for (const m of naiveMeetingsOf(data, actorId, opts)) {
    for (const other of new Set(m.participants.filter((l) => okStatus(opts, l.status)).map((l) => l.actor))) {
      if (other === actorId) continue;
      const c = counts.get(other) ?? { meetings: 0, agreements: 0 };
      c.meetings += 1;
      counts.set(other, c);
    }
  }
  for (const a of naiveAgreementsOf(data, actorId, opts)) {
    for (const other of new Set(a.parties.filter((l) => okStatus(opts, l.status)).map((l) => l.actor))) {
      if (other === actorId) continue;
      const c = counts.get(other) ?? { meetings: 0, agreements: 0 };
      c.agreements += 1;
      counts.set(other, c);
    }
  }
  return [...counts]
    .map(([id, c]) => ({ id, ...c, total: c.meetings + c.agreements }))
    .sort((x, y) => y.total - x.total || (x.id < y.id ? -1 : 1));
}

export function naiveMembersOf(data: DatasetRecordsReadonly, orgId: string, at?: string, status?: readonly string[]) {
  return tenuresIn(data, orgId)
    .filter((t) => at === undefined || covers(t.tenure, { id: "", date: { value: at } }))
    .filter((t) => !status || status.includes(t.tenure.status))
    .map((t) => `${t.person}:${t.tenure.role}`);
}

export function naiveTimeline(data: DatasetRecordsReadonly, opts: Opts & { actors?: string[]; topics?: string[]; kinds?: string[] }) {
  const events: { type: string; date: string; id: string }[] = [];
  const want = (type: string) => !opts.kinds || opts.kinds.includes(type);
  const pick = (type: string, records: readonly (MeetingRecord | AgreementRecord)[]) => {
    if (!want(type)) return;
    for (const r of records) {
      if (!r.date || !okStatus(opts, r.status) || !inRange(r, opts)) continue;
      if (opts.topics && !r.topics.some((t) => opts.topics!.includes(t))) continue;
      const links = "participants" in r ? r.participants : r.parties;
      if (opts.actors && !links.some((l) => opts.actors!.includes(l.actor) && okStatus(opts, l.status))) continue;
      events.push({ type, date: r.date.value, id: r.id });
    }
  };
  pick("meeting", data.meetings);
  pick("agreement", data.agreements);
  if (!opts.topics) {
    for (const actor of data.actors) {
      if (actor.kind !== "person") continue;
      for (const tenure of [...actor.positions, ...actor.memberships]) {
        for (const [type, date] of [["position-start", tenure.from], ["position-end", tenure.to]] as const) {
          if (!date || !want(type) || !okStatus(opts, tenure.status)) continue;
          if (!inRange({ id: actor.id, date }, opts)) continue;
          if (opts.actors && !opts.actors.includes(actor.id) && !opts.actors.includes(tenure.of)) continue;
          events.push({ type, date: date.value, id: actor.id });
        }
      }
    }
  }
  const order: Record<string, number> = { meeting: 0, agreement: 1, "position-start": 2, "position-end": 3 };
  return events.sort((a, b) => {
    const sa = dateInterval(a.date).start;
    const sb = dateInterval(b.date).start;
    if (sa !== sb) return sa < sb ? -1 : 1;
    if (a.date.length !== b.date.length) return b.date.length - a.date.length;
    if (a.type !== b.type) return order[a.type]! - order[b.type]!;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export function naiveSearchIds(data: DatasetRecordsReadonly, text: string): string[] {
  const query = foldWords(text).map((word) => SEARCH_SPELLINGS.get(word) ?? word);
  if (query.length === 0) return [];
  const namesOf = (id: string) => {
    const actor = data.actors.find((a) => a.id === id);
    return actor ? [actor.name, ...actor.aliases] : [];
  };
  // A meeting or agreement is also found by its title with a linked actor's name, where the title
  // writes it, replaced by any other name of that actor.
  const titles = (record: MeetingRecord | AgreementRecord): [string, string][] => {
    const links = "participants" in record ? record.participants : record.parties;
    const out: [string, string][] = [[record.id, record.title]];
    for (const link of links) {
      const names = namesOf(link.actor);
      for (const written of names) {
        const at = record.title.toLowerCase().indexOf(written.toLowerCase());
        if (at === -1) continue;
        for (const other of names) out.push([record.id, record.title.slice(0, at) + other + record.title.slice(at + written.length)]);
      }
    }
    return out;
  };
  const names: [string, string][] = [
    ...data.actors.flatMap((a: ActorRecord) => [a.name, ...a.aliases].map((n): [string, string] => [a.id, n])),
    ...data.meetings.flatMap(titles),
    ...data.agreements.flatMap(titles),
    ...data.sources.map((s): [string, string] => [s.id, s.title ?? ""]),
  ];
  const hits = new Set<string>();
  for (const [id, name] of names) {
    const words = foldWords(name);
    if (query.every((q) => words.some((w) => w.startsWith(q)))) hits.add(id);
  }
  return [...hits].sort();
}

export function naiveGraphEdges(data: DatasetRecordsReadonly, opts: Opts) {
  const edges = new Map<string, number>();
  const add = (records: readonly (MeetingRecord | AgreementRecord)[]) => {
    for (const r of records) {
      if (!okStatus(opts, r.status) || !inRange(r, opts)) continue;
      const links = "participants" in r ? r.participants : r.parties;
      const ids = [...new Set(links.filter((l) => okStatus(opts, l.status)).map((l) => l.actor))].sort();
      for (let i = 0; i < ids.length; i += 1)
        for (let j = i + 1; j < ids.length; j += 1) edges.set(`${ids[i]}|${ids[j]}`, (edges.get(`${ids[i]}|${ids[j]}`) ?? 0) + 1);
    }
  };
  add(data.meetings);
  add(data.agreements);
  return [...edges].map(([k, w]) => `${k}:${w}`).sort();
}

/** Positions and memberships of a person that cover `at` and have one of `status`, by scanning. */
export function naivePositionsOf(data: DatasetRecordsReadonly, personId: string, at?: string, status?: readonly string[]) {
  const person = data.actors.find((actor) => actor.id === personId);
  if (!person || person.kind !== "person") return [];
  return [...person.positions, ...person.memberships]
    .filter((tenure) => at === undefined || covers(tenure, { id: "", date: { value: at } }))
    .filter((tenure) => !status || status.includes(tenure.status))
    .map((tenure) => `${tenure.of}:${tenure.role}`);
}

/** The actors linked to a meeting or agreement (participants or parties) with one of `status`. */
export function naiveInvolvements(
  data: DatasetRecordsReadonly,
  kind: "meetings" | "agreements",
  id: string,
  status?: readonly string[],
): string[] {
  const record = (data[kind] as readonly (MeetingRecord | AgreementRecord)[]).find((r) => r.id === id);
  if (!record) return [];
  const links = "participants" in record ? record.participants : record.parties;
  const known = new Set(data.actors.map((actor) => actor.id));
  return links.filter((link) => known.has(link.actor) && (!status || status.includes(link.status))).map((link) => `${link.actor}:${link.status}`);
}
