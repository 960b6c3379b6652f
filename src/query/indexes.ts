import { dateInterval } from "../data/dates.js";
import { foldWords } from "../data/normalize.js";
import type {
  ActorRecord,
  Affiliation,
  AgreementRecord,
  DatasetRecordsReadonly,
  MeetingRecord,
  PersonRecord,
  SourceRecord,
} from "./types.js";

/** A meeting or agreement with its date interval precomputed (undated: empty strings). */
export interface Dated<R> {
  readonly record: R;
  /** First day the date stands for, or "" when undated. */
  readonly start: string;
  /** Last day the date stands for, or "" when undated. */
  readonly end: string;
  /** The date as given ("" when undated), for tie-breaking by precision. */
  readonly value: string;
}

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
  readonly meetingsByDate: readonly Dated<MeetingRecord>[];
  readonly agreementsByDate: readonly Dated<AgreementRecord>[];
  /** Per actor: their meetings / agreements, in date order (undated last). */
  readonly meetingsByActor: ReadonlyMap<string, readonly Dated<MeetingRecord>[]>;
  readonly agreementsByActor: ReadonlyMap<string, readonly Dated<AgreementRecord>[]>;
  /** Per state or organization: the people who held a position or membership in it. */
  readonly affiliationsOf: ReadonlyMap<string, readonly Affiliation[]>;
  /** Name entries sorted by word, for prefix search: [word, entry index]. */
  readonly words: readonly (readonly [string, number])[];
  readonly names: readonly NameEntry[];
}

/** Orders dated items: by start, day-precise first on ties, then by id; undated last. */
export function compareDated(a: Dated<{ readonly id: string }>, b: Dated<{ readonly id: string }>): number {
  if (a.start !== b.start) {
    if (a.start === "") return 1;
    if (b.start === "") return -1;
    return a.start < b.start ? -1 : 1;
  }
  if (a.value.length !== b.value.length) return b.value.length - a.value.length;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

function dated<R extends { readonly date?: { readonly value: string } | undefined }>(record: R): Dated<R> {
  if (!record.date) return { record, start: "", end: "", value: "" };
  const interval = dateInterval(record.date.value);
  return { record, start: interval.start, end: interval.end, value: record.date.value };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds every index the query helpers use, in one pass over each kind. Assumes the dataset is
 * valid (ids unique, references resolve): the bundled data was validated at build time and
 * `createDataset` validates before it calls this.
 */
export function buildIndexes(data: DatasetRecordsReadonly): Indexes {
  const actors = new Map<string, ActorRecord>();
  const meetings = new Map<string, MeetingRecord>();
  const agreements = new Map<string, AgreementRecord>();
  const sources = new Map<string, SourceRecord>();
  for (const actor of data.actors) actors.set(actor.id, actor);
  for (const source of data.sources) sources.set(source.id, source);

  const meetingsByDate = data.meetings.map((meeting) => {
    meetings.set(meeting.id, meeting);
    return dated(meeting);
  });
  meetingsByDate.sort(compareDated);
  const agreementsByDate = data.agreements.map((agreement) => {
    agreements.set(agreement.id, agreement);
    return dated(agreement);
  });
  agreementsByDate.sort(compareDated);

  // Walking the date-sorted lists keeps every per-actor list sorted without sorting again.
  const meetingsByActor = new Map<string, Dated<MeetingRecord>[]>();
  for (const item of meetingsByDate) {
    for (const participant of item.record.participants) push(meetingsByActor, participant.actor, item);
  }
  const agreementsByActor = new Map<string, Dated<AgreementRecord>[]>();
  for (const item of agreementsByDate) {
    for (const party of item.record.parties) push(agreementsByActor, party.actor, item);
  }

  const affiliationsOf = new Map<string, Affiliation[]>();
  const names: NameEntry[] = [];
  const addName = (kind: NameEntry["kind"], record: NameEntry["record"], text: string) => {
    const words = foldWords(text);
    if (words.length > 0) names.push({ kind, record, words, joined: words.join("") });
  };
  for (const actor of data.actors) {
    addName("actor", actor, actor.name);
    for (const alias of actor.aliases) addName("actor", actor, alias);
    if (actor.kind !== "person") continue;
    const person = actor as PersonRecord;
    for (const tenure of person.positions) push(affiliationsOf, tenure.of, { person, of: tenure.of, via: "position", tenure });
    for (const tenure of person.memberships) push(affiliationsOf, tenure.of, { person, of: tenure.of, via: "membership", tenure });
  }
  for (const meeting of data.meetings) addName("meeting", meeting, meeting.title);
  for (const agreement of data.agreements) addName("agreement", agreement, agreement.title);
  for (const source of data.sources) addName("source", source, source.title);

  const words: [string, number][] = [];
  names.forEach((entry, index) => {
    for (const word of new Set(entry.words)) words.push([word, index]);
  });
  words.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));

  return {
    actors,
    meetings,
    agreements,
    sources,
    meetingsByDate,
    agreementsByDate,
    meetingsByActor,
    agreementsByActor,
    affiliationsOf,
    words,
    names,
  };
}
