/**
 * Reference implementations of the query helpers: plain scans over the arrays, written for
 * obviousness, not speed. Property tests check the indexed helpers against these.
 */
import { claimsConflict, selectClaim } from "../../src/core/claims.js";
import { dateInterval } from "../../src/core/dates.js";
import { foldWords } from "../../src/core/normalize.js";
import { SEARCH_SPELLINGS } from "../../src/query/search.js";
import type {
  ActorRecord,
  AgreementRecord,
  DatasetRecordsReadonly,
  MeetingRecord,
  TenureRecord,
} from "../../src/query/types.js";

type Opts = { from?: string; to?: string; status?: readonly string[]; affiliated?: boolean; excludeOwnSide?: boolean; kinds?: readonly string[]; foldTo?: "state" };
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

const find = (data: DatasetRecordsReadonly, id: string) => data.actors.find((actor) => actor.id === id);
const tenuresOf = (actor: ActorRecord | undefined) => (actor?.kind === "person" ? [...actor.positions, ...actor.memberships] : []);

/**
 * Affiliation, the one definition (src/query/affiliation.ts), as a scan: a person is affiliated
 * with a body on a record's date when one of their positions or memberships, with a status kept,
 * is in it and covers that date.
 */
export function naiveAffiliated(data: DatasetRecordsReadonly, personId: string, bodyId: string, record: Dated, opts: Opts | undefined): boolean {
  return tenuresOf(find(data, personId)).some((tenure) => tenure.of === bodyId && okStatus(opts, tenure.status) && covers(tenure, record));
}

/** The states an actor stands for on a record's date: a state itself, a person the states they are affiliated with. */
export function naiveStatesFor(data: DatasetRecordsReadonly, actorId: string, record: Dated, opts: Opts | undefined): string[] {
  const actor = find(data, actorId);
  if (actor?.kind === "state") return [actor.id];
  return data.actors.filter((state) => state.kind === "state" && naiveAffiliated(data, actorId, state.id, record, opts)).map((state) => state.id);
}

/** The actors on an actor's side on a record's date (see src/query/affiliation.ts). */
export function naiveSide(data: DatasetRecordsReadonly, actorId: string, record: Dated, opts: Opts | undefined): Set<string> {
  const actor = find(data, actorId);
  const home = (id: string) => {
    const body = find(data, id);
    if (body?.kind === "state") return body.id;
    if (body?.kind === "organization" && body.jurisdiction.length === 1) return body.jurisdiction[0];
    return undefined;
  };
  let own: string[] = [];
  if (actor?.kind === "state") own = [actor.id];
  if (actor?.kind === "organization") own = [...actor.jurisdiction];
  if (actor?.kind === "person") {
    own = tenuresOf(actor)
      .filter((tenure) => okStatus(opts, tenure.status) && covers(tenure, record))
      .map((tenure) => home(tenure.of))
      .filter((id): id is string => id !== undefined);
  }
  const bodies = new Set([actorId, ...own]);
  for (const other of data.actors) {
    if (other.kind === "organization" && own.includes(home(other.id) ?? "")) bodies.add(other.id);
  }
  const side = new Set(bodies);
  for (const other of data.actors) {
    if ([...bodies].some((body) => naiveAffiliated(data, other.id, body, record, opts))) side.add(other.id);
  }
  return side;
}

function involved<R extends MeetingRecord | AgreementRecord>(
  data: DatasetRecordsReadonly,
  records: readonly R[],
  links: (r: R) => readonly { actor: string; status: string }[],
  actorId: string,
  opts: Opts | undefined,
): R[] {
  const actor = find(data, actorId);
  const takesPart = (r: R, who: string) => links(r).some((l) => l.actor === who && okStatus(opts, l.status));
  const viaAffiliation = (r: R) =>
    opts?.affiliated === true && actor !== undefined && actor.kind !== "person" && links(r).some((l) => okStatus(opts, l.status) && naiveAffiliated(data, l.actor, actorId, r, opts));
  return records
    .filter((r) => okStatus(opts, r.status) && inRange(r, opts))
    .filter((r) => takesPart(r, actorId) || viaAffiliation(r))
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
  const counts = new Map<string, { meetings: number; agreements: number; dates: string[] }>();
  const count = (records: readonly (MeetingRecord | AgreementRecord)[], field: "meetings" | "agreements") => {
    for (const r of records) {
      const side = opts?.excludeOwnSide ? naiveSide(data, actorId, r, opts) : new Set([actorId]);
      const links = "participants" in r ? r.participants : r.parties;
      for (const other of new Set(links.filter((l) => okStatus(opts, l.status)).map((l) => l.actor))) {
        const actor = find(data, other);
        if (other === actorId || !actor || side.has(other) || (opts?.kinds && !opts.kinds.includes(actor.kind))) continue;
        const c = counts.get(other) ?? { meetings: 0, agreements: 0, dates: [] };
        c[field] += 1;
        if (r.date) c.dates.push(r.date.value);
        counts.set(other, c);
      }
    }
  };
  count(naiveMeetingsOf(data, actorId, opts), "meetings");
  count(naiveAgreementsOf(data, actorId, opts), "agreements");
  // The most recent event: the latest start; of two dates starting the same day, the more precise.
  const start = (date: string) => Date.parse(dateInterval(date).start);
  const latestOf = (dates: string[]) => [...dates].sort((a, b) => start(a) - start(b) || a.length - b.length).at(-1);
  const byRecency = opts?.excludeOwnSide !== undefined || opts?.kinds !== undefined;
  const recency = (latest: string | undefined) => (latest === undefined ? -Infinity : start(latest));
  return [...counts]
    .map(([id, c]) => ({ id, meetings: c.meetings, agreements: c.agreements, total: c.meetings + c.agreements, latest: latestOf(c.dates) }))
    .sort((x, y) => y.total - x.total || (byRecency && recency(y.latest) !== recency(x.latest) ? recency(y.latest) - recency(x.latest) : 0) || (x.id < y.id ? -1 : 1));
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
      const listed = (actor: string) =>
        opts.actors!.includes(actor) ||
        (opts.affiliated === true && opts.actors!.some((body) => find(data, body)?.kind !== "person" && naiveAffiliated(data, actor, body, r, opts)));
      if (opts.actors && !links.some((l) => okStatus(opts, l.status) && listed(l.actor))) continue;
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
      const actors = links.filter((l) => okStatus(opts, l.status)).map((l) => l.actor);
      const nodes = opts.foldTo === "state" ? actors.flatMap((actor) => naiveStatesFor(data, actor, r, opts)) : actors;
      const ids = [...new Set(nodes)].sort();
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

type Fact = { status: string; citations: readonly { source: string; stance?: string | undefined }[] };
type Alternatives = Record<string, readonly (Fact & { value: unknown })[] | undefined>;

/**
 * `asOf(date)` as plain rules over copies: keep the citations of sources published by the end of
 * `date` (or never dated), drop facts left without one, recompute statuses without upgrading,
 * filter claims and re-select flat fields, drop references to records that went; actors stay when
 * a known citation is on them or their relations, a known relation names them, or a known record
 * refers to them.
 */
export function naiveAsOf(data: DatasetRecordsReadonly, date: string): DatasetRecordsReadonly {
  const end = dateInterval(date).end;
  const known = (id: string) => {
    const source = data.sources.find((s) => s.id === id);
    return source !== undefined && (source.published === undefined || dateInterval(source.published.value).end <= end);
  };
  const publishedOf = (id: string) => data.sources.find((s) => s.id === id)?.published?.value;
  const status = (original: string, citations: Fact["citations"], conflict: boolean) => {
    const denied = citations.some((c) => c.stance === "denies");
    if (original === "confirmed" && new Set(citations.filter((c) => c.stance !== "denies").map((c) => c.source)).size >= 2) return "confirmed";
    if (original === "denied" && denied) return "denied";
    if (original === "disputed" && (denied || conflict)) return "disputed";
    return "reported";
  };
  const fact = <F extends Fact>(f: F, conflict = false): F | undefined => {
    const citations = f.citations.filter((c) => known(c.source));
    return citations.length === 0 ? undefined : { ...f, citations, status: status(f.status, citations, conflict) };
  };
  const facts = <F extends Fact>(list: readonly F[]) => list.map((f) => fact(f)).filter((f): f is F => f !== undefined);
  const conflicting = (alternatives: readonly (Fact & { value: unknown })[]) => {
    const live = alternatives.filter((a) => a.status !== "denied");
    return live.some((a, i) => live.some((b, j) => j > i && claimsConflict(a.value, b.value)));
  };
  /** The record with its claims as of the day, flat fields re-selected; and whether a field still conflicts. */
  const withClaims = <R extends { claims?: unknown }>(record: R, valid: (field: string, value: unknown) => boolean = () => true) => {
    const out: Record<string, unknown> = { ...record };
    const claims = record.claims as Alternatives | undefined;
    if (!claims) return { record: out as R, conflict: false };
    const kept: Alternatives = {};
    let conflict = false;
    for (const [field, alternatives] of Object.entries(claims)) {
      if (!alternatives) continue;
      const left = facts(alternatives.filter((a) => valid(field, a.value)));
      if (left.length > 0) kept[field] = left;
      if (conflicting(left)) conflict = true;
      const selected = selectClaim(left as Parameters<typeof selectClaim>[0], publishedOf);
      if (selected) out[field] = selected.value;
      else if (field !== "stage") delete out[field];
    }
    if (Object.keys(kept).length > 0) out.claims = kept;
    else delete out.claims;
    return { record: out as R, conflict };
  };

  const meetingIds = new Set(data.meetings.filter((m) => m.citations.some((c) => known(c.source))).map((m) => m.id));
  const agreements = data.agreements.flatMap((a) => {
    const { record, conflict } = withClaims(a, (field, value) => field !== "reachedAt" || meetingIds.has(value as string));
    const kept = fact(record, conflict);
    if (!kept) return [];
    const out: Record<string, unknown> = { ...kept, parties: facts(a.parties) };
    if (kept.reachedAt !== undefined && !meetingIds.has(kept.reachedAt)) delete out.reachedAt;
    return [out as unknown as AgreementRecord];
  });
  const meetings = data.meetings.flatMap((m) => {
    if (!meetingIds.has(m.id)) return [];
    const { record, conflict } = withClaims(m);
    const reached = agreements.filter((a) => a.reachedAt === m.id).map((a) => a.id);
    const outcomes = [...m.outcomes.filter((id) => reached.includes(id)), ...reached.filter((id) => !m.outcomes.includes(id)).sort()];
    return [{ ...fact(record, conflict)!, participants: facts(m.participants), outcomes } as MeetingRecord];
  });
  const sources = data.sources.filter((s) => known(s.id));

  const names = new Set<string>();
  const actorParts = data.actors.map((actor) => {
    const { record, conflict } = actor.kind === "organization" ? withClaims(actor) : { record: actor as ActorRecord, conflict: false };
    const out: Record<string, unknown> = { ...record };
    let relation = false;
    if (actor.kind === "person") {
      out.positions = facts(actor.positions);
      out.memberships = facts(actor.memberships);
      for (const t of [...(out.positions as TenureRecord[]), ...(out.memberships as TenureRecord[])]) {
        names.add(t.of);
        relation = true;
      }
    }
    if (actor.kind === "organization") {
      out.overseenBy = facts(actor.overseenBy);
      for (const link of out.overseenBy as { actor: string }[]) {
        names.add(link.actor);
        relation = true;
      }
    }
    const citations = actor.citations.filter((c) => known(c.source));
    if (relation || citations.length > 0) names.add(actor.id);
    return { ...out, citations, status: status(actor.status, citations, conflict) } as unknown as ActorRecord;
  });
  for (const m of meetings) {
    for (const p of m.participants) names.add(p.actor);
    if (m.place) names.add(m.place.country);
    for (const alternative of m.claims?.place ?? []) names.add(alternative.value.country);
  }
  for (const a of agreements) {
    for (const p of a.parties) names.add(p.actor);
    for (const id of a.establishes) names.add(id);
  }
  for (const s of sources) names.add(s.publisher);
  for (const actor of data.actors) if (actor.kind === "organization" && names.has(actor.id)) for (const state of actor.jurisdiction) names.add(state);
  const actors = actorParts.filter((actor) => names.has(actor.id));
  return { actors, meetings, agreements, sources, ...(data.redirects ? { redirects: data.redirects } : {}) };
}

/** `contested()` as a scan, each fact as `kind id path status date` and its sides as `stance value count`. */
export function naiveContested(data: DatasetRecordsReadonly, opts: { kinds?: readonly string[]; status?: readonly string[] } = {}) {
  const out: { line: string; sides: string[]; start: number; precision: number; id: string; order: number }[] = [];
  const wanted = (s: string) => (s === "denied" || s === "disputed") && (!opts.status || opts.status.includes(s));
  const sides = (citations: Fact["citations"], value?: unknown) =>
    [
      ...(citations.some((c) => c.stance !== "denies") ? [`supports ${JSON.stringify(value)} ${citations.filter((c) => c.stance !== "denies").length}`] : []),
      ...(citations.some((c) => c.stance === "denies") ? [`denies ${JSON.stringify(value)} ${citations.filter((c) => c.stance === "denies").length}`] : []),
    ];
  const firstPublished = (citations: Fact["citations"]) =>
    citations
      .map((c) => data.sources.find((s) => s.id === c.source)?.published?.value)
      .filter((v): v is string => v !== undefined)
      .sort((a, b) => (dateInterval(a).end < dateInterval(b).end ? -1 : dateInterval(a).end > dateInterval(b).end ? 1 : b.length - a.length))[0];
  const add = (kind: string, id: string, path: string, s: string, date: string | undefined, factSides: string[]) => {
    out.push({
      line: `${kind} ${id} ${path} ${s} ${date}`,
      sides: factSides,
      start: date === undefined ? Infinity : Date.parse(dateInterval(date).start),
      precision: date === undefined ? 3 : date.length === 10 ? 0 : date.length === 7 ? 1 : 2,
      id,
      order: out.length,
    });
  };
  const walk = (kind: string, record: { id: string; status: string; citations: Fact["citations"]; claims?: unknown }, own: string | undefined, relations: [string, readonly (Fact & { from?: { value: string } | undefined })[]][]) => {
    if (opts.kinds && !opts.kinds.includes(kind)) return;
    if (wanted(record.status)) add(kind, record.id, "", record.status, own ?? firstPublished(record.citations), sides(record.citations));
    for (const [field, list] of relations) {
      list.forEach((r, i) => {
        if (wanted(r.status)) add(kind, record.id, `${field}.${i}`, r.status, own ?? r.from?.value ?? firstPublished(r.citations), sides(r.citations));
      });
    }
    for (const [field, alternatives] of Object.entries((record.claims ?? {}) as Alternatives)) {
      if (!alternatives) continue;
      const live = alternatives.filter((a) => a.status !== "denied");
      const conflict = live.some((a, i) => live.some((b, j) => j > i && claimsConflict(a.value, b.value)));
      if (record.status === "disputed" && conflict && wanted("disputed")) {
        add(kind, record.id, `claims.${field}`, "disputed", own ?? firstPublished(alternatives.flatMap((a) => a.citations)), alternatives.flatMap((a) => sides(a.citations, a.value)));
      }
      alternatives.forEach((a, i) => {
        if (a.status === "denied" && wanted("denied")) add(kind, record.id, `claims.${field}.${i}`, "denied", own ?? firstPublished(a.citations), sides(a.citations, a.value));
      });
    }
  };
  for (const m of data.meetings) walk("meeting", m, m.date?.value, [["participants", m.participants]]);
  for (const a of data.agreements) walk("agreement", a, a.date?.value, [["parties", a.parties]]);
  for (const actor of data.actors) {
    walk("actor", actor, undefined, actor.kind === "person" ? [["positions", actor.positions], ["memberships", actor.memberships]] : actor.kind === "organization" ? [["overseenBy", actor.overseenBy]] : []);
  }
  return out
    .sort((a, b) => a.start - b.start || a.precision - b.precision || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.order - b.order))
    .map(({ line, sides: factSides }) => ({ line, sides: factSides }));
}
