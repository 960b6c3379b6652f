import { dayRange } from "../core/dates.js";
import { inIdOrder } from "../core/ids.js";
import { foldWords } from "../core/normalize.js";
import type {
  ActorRecord,
  Affiliation,
  AgreementRecord,
  DatasetRecordsReadonly,
  MeetingRecord,
  PersonRecord,
  SourceRecord,
} from "./types.js";

/** A record with its date interval precomputed as day numbers (undated: start = +Infinity). */
export interface Dated<R> {
  readonly record: R;
  /** First day the date stands for (days since 1970-01-01), or +Infinity when undated. */
  readonly start: number;
  /** Last day the date stands for, or -Infinity when undated. */
  readonly end: number;
  /** 0 day, 1 month, 2 year (3 when undated): the more precise sorts first on ties. */
  readonly precision: number;
}

/**
 * Date-sorted records split by precision (day, month, year). In each part every interval has a
 * bounded length (1, at most 31 and at most 366 days), so a range query can binary-search each
 * part with a tight look-back instead of scanning a whole year of day-precise records.
 */
export interface DateIndex<R> {
  /** Every record in date order (undated last). */
  readonly all: readonly Dated<R>[];
  /** The dated records of each precision (0 day, 1 month, 2 year), in date order. */
  readonly byPrecision: readonly [readonly Dated<R>[], readonly Dated<R>[], readonly Dated<R>[]];
}

/**
 * The date index of one kind of record, which also keeps the records' id order: `inIdOrder` holds
 * the same items sorted by id, and `idPositions[rank]` is the position in `inIdOrder` of the item
 * at `all[rank]`. The per-actor lists are built from these (see byActor).
 */
export interface RecordDateIndex<R> extends DateIndex<R> {
  readonly inIdOrder: readonly Dated<R>[];
  readonly idPositions: Int32Array;
}

/** How far before a window's start an interval of each precision can start and still overlap it. */
export const LOOK_BACK_DAYS = [0, 30, 365] as const;

/** The sort key of an undated record: after every dated one. */
export const UNDATED = { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY, precision: 3 } as const;

/** A searchable name: the folded words of one name, alias or title of a record. */
interface NameEntry {
  readonly kind: "actor" | "meeting" | "agreement" | "source";
  readonly record: ActorRecord | MeetingRecord | AgreementRecord | SourceRecord;
  readonly words: readonly string[];
  readonly joined: string;
}

/** Everything the helpers look up, built once per dataset. */
export interface Indexes {
  readonly actors: ReadonlyMap<string, ActorRecord>;
  readonly meetings: ReadonlyMap<string, MeetingRecord>;
  readonly agreements: ReadonlyMap<string, AgreementRecord>;
  readonly sources: ReadonlyMap<string, SourceRecord>;
  /** Every dated-or-not meeting, in date order (undated last). */
  readonly meetingsByDate: RecordDateIndex<MeetingRecord>;
  readonly agreementsByDate: RecordDateIndex<AgreementRecord>;
  /** Per actor: their meetings / agreements, in date order (undated last). */
  readonly meetingsByActor: ReadonlyMap<string, readonly Dated<MeetingRecord>[]>;
  readonly agreementsByActor: ReadonlyMap<string, readonly Dated<AgreementRecord>[]>;
  /** Per state or organization: the people who held a position or membership in it. */
  readonly affiliationsOf: ReadonlyMap<string, readonly Affiliation[]>;
}

/** The search index of one kind: every name (or title) folded into words, sorted for prefix lookup. */
export interface NameIndex {
  /** Every word of every name, sorted. */
  readonly words: readonly string[];
  /** For each word (same position), the index of its name in `names`. */
  readonly owners: Int32Array;
  readonly names: readonly NameEntry[];
}

/** Orders dated items: by start, day-precise first on ties, then by id; undated last. */
export function compareDated(a: Dated<{ readonly id: string }>, b: Dated<{ readonly id: string }>): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.precision !== b.precision) return a.precision - b.precision;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

function dated<R extends { readonly date?: { readonly value: string } | undefined }>(record: R): Dated<R> {
  if (!record.date) return { record, ...UNDATED };
  const range = dayRange(record.date.value);
  return { record, start: range.start, end: range.end, precision: range.precision };
}

const byStartThenPrecision = (a: Dated<unknown>, b: Dated<unknown>) => a.start - b.start || a.precision - b.precision;

/**
 * Sorts records into date order. Array.prototype.sort is stable, so when the records come in id
 * order (as canonical data does) a numeric sort on (start, precision) already breaks ties by id.
 */
export function dateIndex<R extends { readonly id: string; readonly date?: { readonly value: string } | undefined }>(
  records: readonly R[],
  packLimit = PACK_LIMIT,
): RecordDateIndex<R> {
  const items = inIdOrder(records).map(dated);
  const idPositions = datePositions(items, packLimit);
  const all = Array.from(idPositions, (position) => items[position]!);
  const byPrecision: [Dated<R>[], Dated<R>[], Dated<R>[]] = [[], [], []];
  for (const item of all) if (item.precision < 3) byPrecision[item.precision as 0 | 1 | 2].push(item);
  return { all, byPrecision, inIdOrder: items, idPositions };
}

/** Up to this many records of one kind, date order is found by a numeric sort of packed keys. */
const PACK_LIMIT = 2 ** 21;

/**
 * The positions of the items (given in id order) in date order: by start, the more precise first,
 * then id order; undated last. Each dated item is packed into one number, (start × 4 + precision)
 * × packLimit + position, so a plain numeric sort of a Float64Array orders them, with no
 * comparator calls (several times faster at 10⁵ records). Every such number is an exact integer
 * (|start| < 4 × 10⁶ days, so below 2⁵³). Beyond packLimit records, a comparator sort does it.
 */
function datePositions(items: readonly Dated<unknown>[], packLimit: number): Int32Array {
  const positions = new Int32Array(items.length);
  if (items.length > packLimit) {
    const order = Array.from(items.keys()).sort((a, b) => byStartThenPrecision(items[a]!, items[b]!));
    positions.set(order);
    return positions;
  }
  const undated: number[] = [];
  const packed = new Float64Array(items.length);
  let count = 0;
  for (let position = 0; position < items.length; position += 1) {
    const item = items[position]!;
    if (item.precision === 3) undated.push(position);
    else packed[count++] = (item.start * 4 + item.precision) * packLimit + position;
  }
  const dated = packed.subarray(0, count).sort();
  for (let rank = 0; rank < count; rank += 1) positions[rank] = ((dated[rank]! % packLimit) + packLimit) % packLimit;
  positions.set(undated, count);
  return positions;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mapById<R extends { readonly id: string }>(records: readonly R[]): Map<string, R> {
  const map = new Map<string, R>();
  for (const record of records) map.set(record.id, record);
  return map;
}

/**
 * Per actor, the items whose records link to them, in date order. Walking the records in date
 * order would visit them all over memory; instead the links are read in id order (about the order
 * records lie in memory: measured 2–3× faster at 10⁵ meetings), as actor numbers in one flat
 * list, and only those numbers are then walked in date order, so every list comes out sorted.
 */
function byActor<R extends { readonly id: string }>(
  index: RecordDateIndex<R>,
  links: (record: R) => readonly { readonly actor: string }[],
): Map<string, Dated<R>[]> {
  const numbers = new Map<string, number>();
  const lists: Dated<R>[][] = [];
  const starts = new Int32Array(index.inIdOrder.length + 1);
  const linked: number[] = [];
  for (let position = 0; position < index.inIdOrder.length; position += 1) {
    starts[position] = linked.length;
    for (const link of links(index.inIdOrder[position]!.record)) {
      let number = numbers.get(link.actor);
      if (number === undefined) {
        number = lists.length;
        numbers.set(link.actor, number);
        lists.push([]);
      }
      linked.push(number);
    }
  }
  starts[index.inIdOrder.length] = linked.length;
  for (let rank = 0; rank < index.all.length; rank += 1) {
    const position = index.idPositions[rank]!;
    const item = index.all[rank]!;
    for (let j = starts[position]!; j < starts[position + 1]!; j += 1) lists[linked[j]!]!.push(item);
  }
  const map = new Map<string, Dated<R>[]>();
  for (const [actor, number] of numbers) map.set(actor, lists[number]!);
  return map;
}

/**
 * The indexes the query helpers use. Each is built on first use and then kept: `getActor` after
 * loading pays only for the id map, `meetingsOf` for the per-actor lists, and so on. Assumes the
 * dataset is valid (ids unique, references resolve): the bundled data was validated at build
 * time and `createDataset` validates before it calls this.
 */
export function buildIndexes(data: DatasetRecordsReadonly): Indexes {
  let actors: Map<string, ActorRecord> | undefined;
  let meetings: Map<string, MeetingRecord> | undefined;
  let agreements: Map<string, AgreementRecord> | undefined;
  let sources: Map<string, SourceRecord> | undefined;
  let meetingsByDate: RecordDateIndex<MeetingRecord> | undefined;
  let agreementsByDate: RecordDateIndex<AgreementRecord> | undefined;
  let meetingsByActor: Map<string, Dated<MeetingRecord>[]> | undefined;
  let agreementsByActor: Map<string, Dated<AgreementRecord>[]> | undefined;
  let affiliationsOf: Map<string, Affiliation[]> | undefined;
  return {
    get actors() {
      return (actors ??= mapById(data.actors));
    },
    get meetings() {
      return (meetings ??= mapById(data.meetings));
    },
    get agreements() {
      return (agreements ??= mapById(data.agreements));
    },
    get sources() {
      return (sources ??= mapById(data.sources));
    },
    get meetingsByDate() {
      return (meetingsByDate ??= dateIndex(data.meetings));
    },
    get agreementsByDate() {
      return (agreementsByDate ??= dateIndex(data.agreements));
    },
    get meetingsByActor() {
      return (meetingsByActor ??= byActor(this.meetingsByDate, (meeting) => meeting.participants));
    },
    get agreementsByActor() {
      return (agreementsByActor ??= byActor(this.agreementsByDate, (agreement) => agreement.parties));
    },
    get affiliationsOf() {
      if (affiliationsOf) return affiliationsOf;
      affiliationsOf = new Map<string, Affiliation[]>();
      for (const actor of data.actors) {
        if (actor.kind !== "person") continue;
        const person = actor as PersonRecord;
        for (const tenure of person.positions) push(affiliationsOf, tenure.of, { person, of: tenure.of, via: "position", tenure });
        for (const tenure of person.memberships) push(affiliationsOf, tenure.of, { person, of: tenure.of, via: "membership", tenure });
      }
      return affiliationsOf;
    },
  };
}

/** Every actor's names (its name, then its aliases), by id. */
function actorNames(data: DatasetRecordsReadonly): Map<string, readonly string[]> {
  const names = new Map<string, readonly string[]>();
  for (const actor of data.actors) names.set(actor.id, [actor.name, ...actor.aliases]);
  return names;
}

/**
 * A title and its other spellings: where the title writes one name of a linked actor
 * ("Asaad Al-Shibani"), the same title with each of that actor's other names ("Asaad
 * al-Shaibani"), so a search by any spelling the sources use finds the meeting.
 */
export function titleSpellings(title: string, links: readonly { readonly actor: string }[], namesOf: ReadonlyMap<string, readonly string[]>): string[] {
  const spellings = [title];
  const lower = title.toLowerCase();
  for (const link of links) {
    const names = namesOf.get(link.actor) ?? [];
    for (const written of names) {
      const at = lower.indexOf(written.toLowerCase());
      if (at === -1) continue;
      for (const other of names) {
        if (other !== written) spellings.push(title.slice(0, at) + other + title.slice(at + written.length));
      }
    }
  }
  return spellings;
}

/**
 * Builds the search index of one kind. Called on the first search of that kind, not with the
 * other indexes: folding every name costs more than all the other indexes together, and most
 * users never search.
 */
export function buildNameIndex(data: DatasetRecordsReadonly, kind: NameEntry["kind"]): NameIndex {
  const names: NameEntry[] = [];
  const addName = (record: NameEntry["record"], text: string) => {
    const words = foldWords(text);
    if (words.length > 0) names.push({ kind, record, words, joined: words.join("") });
  };
  if (kind === "actor") {
    for (const actor of data.actors) {
      addName(actor, actor.name);
      for (const alias of actor.aliases) addName(actor, alias);
    }
  } else if (kind === "meeting" || kind === "agreement") {
    const namesOf = actorNames(data);
    const records = kind === "meeting" ? data.meetings : data.agreements;
    for (const record of records) {
      const links = "participants" in record ? record.participants : record.parties;
      for (const title of titleSpellings(record.title, links, namesOf)) addName(record, title);
    }
  }
  else for (const source of data.sources) { if (source.title !== undefined) addName(source, source.title); };
  const pairs: [string, number][] = [];
  names.forEach((entry, index) => {
    for (const word of new Set(entry.words)) pairs.push([word, index]);
  });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { words: pairs.map((pair) => pair[0]), owners: Int32Array.from(pairs, (pair) => pair[1]), names };
}
