/**
 * The flat tables the CSV and Parquet exports hold, and that datapackage.json describes: one per
 * record kind plus link tables (participants, parties, tenures, citations, claims…), with ids as
 * keys. One definition drives all three formats, so they cannot drift apart.
 */
import { selectClaim } from "../../src/core/claims.js";
import { dateInterval, datePrecision } from "../../src/core/dates.js";
import { sourcedFacts } from "../../src/core/sourced-facts.js";
import type { DatasetRecordsReadonly, DateRecord } from "../../src/query/types.js";
import { KINDS, RECORD_KIND_INFO, RECORD_KINDS, SOURCED_KINDS, type RecordKind, type SourcedKind } from "../../src/schema/kinds.js";

/** A column: its name, Frictionless type and description. */
export interface Column {
  readonly name: string;
  readonly type: "string" | "integer" | "boolean" | "date";
  readonly description: string;
  /** Whether the column may be empty. */
  readonly optional?: boolean;
}

/** A table: columns, keys and a function that makes its rows from the canonical data. */
export interface Table {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly { readonly fields: readonly string[]; readonly reference: { readonly resource: string; readonly fields: readonly string[] } }[];
  readonly rows: (data: DatasetRecordsReadonly) => Record<string, string | number | boolean | null>[];
}

type Cell = string | number | boolean | null;
const s = (name: string, description: string, optional = false): Column => ({ name, type: "string", description, optional });
const d = (name: string, description: string): Column => ({ name, type: "date", description, optional: true });
const i = (name: string, description: string): Column => ({ name, type: "integer", description });
const b = (name: string, description: string): Column => ({ name, type: "boolean", description });
const fk = (field: string, resource: RecordKind, target = "id") => ({ fields: [field], reference: { resource, fields: [target] } });

/** The date columns of a record: as given, its precision, its first and last day, inferred parts. */
function dateCells(prefix: string, date: DateRecord | undefined): Record<string, Cell> {
  if (!date) return { [prefix]: null, [`${prefix}_precision`]: null, [`${prefix}_start`]: null, [`${prefix}_end`]: null, [`${prefix}_inferred`]: null };
  const interval = dateInterval(date.value);
  return {
    [prefix]: date.value,
    [`${prefix}_precision`]: datePrecision(date.value),
    [`${prefix}_start`]: interval.start,
    [`${prefix}_end`]: interval.end,
    [`${prefix}_inferred`]: date.inferred ? date.inferred.parts.join(" ") : null,
  };
}
const dateColumns = (prefix: string, what: string): Column[] => [
  s(prefix, `${what}, ISO 8601 at the precision the sources give (YYYY, YYYY-MM or YYYY-MM-DD)`, true),
  s(`${prefix}_precision`, "year, month or day", true),
  d(`${prefix}_start`, `first day the ${what.toLowerCase()} can stand for`),
  d(`${prefix}_end`, `last day the ${what.toLowerCase()} can stand for`),
  s(`${prefix}_inferred`, "the parts of the date inferred rather than stated (space-separated), if any", true),
];

/** The table of each kind's own records is named after the kind (its plural); foreign keys reference it. */
const TABLE = KINDS;

/** A record of a kind that is a sourced fact: an actor, a meeting or an agreement. */
type SourcedRecord = DatasetRecordsReadonly[SourcedKind][number];

/** The records of the sourced kinds, in registry order. */
const sourcedRecords = (data: DatasetRecordsReadonly): readonly SourcedRecord[] => SOURCED_KINDS.flatMap((kind): readonly SourcedRecord[] => data[kind]);

const STATUS = "claim status: reported, confirmed, denied or disputed";

/** The tables of each kind: its own records' table first, then its link tables. */
const KIND_TABLES: { readonly [K in RecordKind]: readonly Table[] } = {
  actors: [{
    name: TABLE.actors,
    description: "States, people and organizations.",
    columns: [
      s("id", "the actor's id"), s("kind", "state, person or organization"), s("name", "the name most used in English-language reporting"),
      s("classification", "for an organization: what kind of organization", true), s("lifecycle", "for an organization: planned, active or dissolved", true),
      s("iso3166_alpha2", "for a state: ISO 3166-1 alpha-2 code", true), s("iso3166_alpha3", "for a state: ISO 3166-1 alpha-3 code", true),
      s("wikidata", "Wikidata QID, only where a source confirms it", true), s("description", "a one-line description in our own words", true),
      s("status", STATUS), s("note", "an editorial note in our own words", true),
    ],
    primaryKey: ["id"],
    foreignKeys: [],
    rows: (data) => data.actors.map((a) => ({
      id: a.id, kind: a.kind, name: a.name,
      classification: a.kind === "organization" ? a.classification : null, lifecycle: a.kind === "organization" ? a.lifecycle ?? null : null,
      iso3166_alpha2: a.kind === "state" ? a.iso3166Alpha2 : null, iso3166_alpha3: a.kind === "state" ? a.iso3166Alpha3 : null,
      wikidata: a.wikidata ?? null, description: a.description ?? null, status: a.status, note: a.note ?? null,
    })),
  },
  {
    name: "actor_aliases",
    description: "Other names and spellings of actors.",
    columns: [s("actor_id", "the actor"), i("alias_index", "position in the actor's alias list"), s("alias", "the other name or spelling")],
    primaryKey: ["actor_id", "alias_index"],
    foreignKeys: [fk("actor_id", TABLE.actors)],
    rows: (data) => data.actors.flatMap((a) => a.aliases.map((alias, index) => ({ actor_id: a.id, alias_index: index, alias }))),
  },
  {
    name: "tenures",
    description: "Positions held and memberships, over time.",
    columns: [
      s("person_id", "the person"), s("type", "position or membership"), i("tenure_index", "position in the person's list of that type"),
      s("role", "the role or title, as reported"), s("of_id", "the state or organization"),
      ...dateColumns("from_date", "When the tenure began"), ...dateColumns("to_date", "When the tenure ended"),
      s("status", STATUS), s("note", "an editorial note in our own words", true),
    ],
    primaryKey: ["person_id", "type", "tenure_index"],
    foreignKeys: [fk("person_id", TABLE.actors), fk("of_id", TABLE.actors)],
    rows: (data) => data.actors.flatMap((a) => a.kind !== "person" ? [] : (["positions", "memberships"] as const).flatMap((field) => a[field].map((t, index) => ({
      person_id: a.id, type: field === "positions" ? "position" : "membership", tenure_index: index, role: t.role, of_id: t.of,
      ...dateCells("from_date", t.from), ...dateCells("to_date", t.to), status: t.status, note: t.note ?? null,
    })))),
  },
  {
    name: "organization_jurisdictions",
    description: "The states an organization belongs to or operates for.",
    columns: [s("organization_id", "the organization"), s("state_id", "the state")],
    primaryKey: ["organization_id", "state_id"],
    foreignKeys: [fk("organization_id", TABLE.actors), fk("state_id", TABLE.actors)],
    rows: (data) => data.actors.flatMap((a) => a.kind !== "organization" ? [] : a.jurisdiction.map((state) => ({ organization_id: a.id, state_id: state }))),
  },
  {
    name: "organization_overseers",
    description: "Actors that supervise or lead an organization from outside its membership.",
    columns: [s("organization_id", "the organization"), i("link_index", "position in the organization's list"), s("actor_id", "the overseer"), s("role", "the role, as reported", true), s("status", STATUS)],
    primaryKey: ["organization_id", "link_index"],
    foreignKeys: [fk("organization_id", TABLE.actors), fk("actor_id", TABLE.actors)],
    rows: (data) => data.actors.flatMap((a) => a.kind !== "organization" ? [] : a.overseenBy.map((l, index) => ({ organization_id: a.id, link_index: index, actor_id: l.actor, role: l.role ?? null, status: l.status }))),
  }],
  meetings: [{
    name: TABLE.meetings,
    description: "Meetings: visits, talks, conferences.",
    columns: [s("id", "the meeting's id"), s("title", "a descriptive title in our own words"), s("kind", "what sort of meeting"), ...dateColumns("date", "When the meeting took place"),
      s("place_city", "the city, as reported", true), s("place_country", "the state the place is in", true), s("status", STATUS), s("note", "an editorial note in our own words", true)],
    primaryKey: ["id"],
    foreignKeys: [fk("place_country", TABLE.actors)],
    rows: (data) => data.meetings.map((m) => ({ id: m.id, title: m.title, kind: m.kind, ...dateCells("date", m.date), place_city: m.place?.city ?? null, place_country: m.place?.country ?? null, status: m.status, note: m.note ?? null })),
  },
  {
    name: "meeting_participants",
    description: "Who took part in each meeting.",
    columns: [s("meeting_id", "the meeting"), i("participant_index", "position in the meeting's list"), s("actor_id", "the participant"), s("role", "the capacity, as reported", true), s("status", STATUS)],
    primaryKey: ["meeting_id", "participant_index"],
    foreignKeys: [fk("meeting_id", TABLE.meetings), fk("actor_id", TABLE.actors)],
    rows: (data) => data.meetings.flatMap((m) => m.participants.map((p, index) => ({ meeting_id: m.id, participant_index: index, actor_id: p.actor, role: p.role ?? null, status: p.status }))),
  }],
  agreements: [{
    name: TABLE.agreements,
    description: "Agreements: memoranda, committees, operations centres.",
    columns: [s("id", "the agreement's id"), s("title", "a descriptive title in our own words"), s("kind", "what sort of agreement"), s("stage", "proposed, agreed, signed, operational, suspended or ended"),
      ...dateColumns("date", "When the agreement was reached"), s("reached_at", "the meeting it was reached at", true), s("status", STATUS), s("note", "an editorial note in our own words", true)],
    primaryKey: ["id"],
    foreignKeys: [fk("reached_at", TABLE.meetings)],
    rows: (data) => data.agreements.map((a) => ({ id: a.id, title: a.title, kind: a.kind, stage: a.stage, ...dateCells("date", a.date), reached_at: a.reachedAt ?? null, status: a.status, note: a.note ?? null })),
  },
  {
    name: "agreement_parties",
    description: "The parties to each agreement.",
    columns: [s("agreement_id", "the agreement"), i("party_index", "position in the agreement's list"), s("actor_id", "the party"), s("role", "the capacity, as reported", true), s("status", STATUS)],
    primaryKey: ["agreement_id", "party_index"],
    foreignKeys: [fk("agreement_id", TABLE.agreements), fk("actor_id", TABLE.actors)],
    rows: (data) => data.agreements.flatMap((a) => a.parties.map((p, index) => ({ agreement_id: a.id, party_index: index, actor_id: p.actor, role: p.role ?? null, status: p.status }))),
  },
  {
    name: "agreement_purposes",
    description: "What each agreement is for, in our own words.",
    columns: [s("agreement_id", "the agreement"), i("purpose_index", "position in the list"), s("purpose", "the purpose")],
    primaryKey: ["agreement_id", "purpose_index"],
    foreignKeys: [fk("agreement_id", TABLE.agreements)],
    rows: (data) => data.agreements.flatMap((a) => a.purposes.map((purpose, index) => ({ agreement_id: a.id, purpose_index: index, purpose }))),
  },
  {
    name: "agreement_bodies",
    description: "The organizations an agreement establishes.",
    columns: [s("agreement_id", "the agreement"), s("organization_id", "the organization it sets up")],
    primaryKey: ["agreement_id", "organization_id"],
    foreignKeys: [fk("agreement_id", TABLE.agreements), fk("organization_id", TABLE.actors)],
    rows: (data) => data.agreements.flatMap((a) => a.establishes.map((organization) => ({ agreement_id: a.id, organization_id: organization }))),
  }],
  sources: [{
    name: TABLE.sources,
    description: "The documents the data cites.",
    columns: [s("id", "the source's id"), s("title", "the title as published", true), s("publisher", "the publishing actor"), s("url", "where it was published", true),
      ...dateColumns("published", "The publication date"), s("language", "BCP 47 language tag"), b("text_held", "whether its full text is held (quotes from it are checked)"), s("note", "an editorial note", true)],
    primaryKey: ["id"],
    foreignKeys: [fk("publisher", TABLE.actors)],
    rows: (data) => data.sources.map((source) => ({ id: source.id, title: source.title ?? null, publisher: source.publisher, url: source.url ?? null, ...dateCells("published", source.published), language: source.language, text_held: source.textHeld, note: source.note ?? null })),
  }],
};

/** The tables over the facts of every sourced kind: topics, field-level claims, citations. */
const FACT_TABLES: readonly Table[] = [
  {
    name: "topics",
    description: "The topics of meetings and agreements, from the controlled vocabulary.",
    columns: [s("record_id", "the meeting or agreement"), s("record_kind", "meeting or agreement"), s("topic", "the topic")],
    primaryKey: ["record_id", "topic"],
    foreignKeys: [],
    rows: (data) => SOURCED_KINDS.flatMap((kind) => data[kind].flatMap((record: SourcedRecord) =>
      ("topics" in record ? record.topics : []).map((topic) => ({ record_id: record.id, record_kind: RECORD_KIND_INFO[kind].singular, topic })))),
  },
  {
    name: "claims",
    description: "Field-level claims: every value sources give for a field, and which one the record shows.",
    columns: [s("record_id", "the record"), s("field", "the field the sources disagree on or refine"), i("alternative_index", "position in the list"),
      s("value", "the value, as JSON"), s("status", "reported, confirmed or denied"), b("selected", "whether the record shows this value (the selection rule's pick)")],
    primaryKey: ["record_id", "field", "alternative_index"],
    foreignKeys: [],
    rows: (data) => {
      const published = new Map(data.sources.map((source) => [source.id, source.published?.value]));
      const rows: Record<string, Cell>[] = [];
      for (const record of sourcedRecords(data)) {
        const claims = ("claims" in record ? record.claims : undefined) as Record<string, readonly { value: unknown; status: "reported" | "confirmed" | "denied"; citations: readonly { source: string }[] }[] | undefined> | undefined;
        for (const [field, alternatives] of Object.entries(claims ?? {})) {
          if (!alternatives) continue;
          const selected = selectClaim(alternatives, (id) => published.get(id));
          alternatives.forEach((alternative, index) => rows.push({ record_id: record.id, field, alternative_index: index, value: JSON.stringify(alternative.value), status: alternative.status, selected: alternative === selected }));
        }
      }
      return rows;
    },
  },
  {
    name: "citations",
    description: "Every citation of every record and relation: the source, and a short verbatim quote or a note in our own words.",
    columns: [s("record_id", "the record"), s("record_kind", "actor, meeting or agreement"), s("relation", "record for the record itself, else the relation: participants, parties, positions, memberships, overseenBy or claims.<field>"),
      i("relation_index", "position in that relation's list (0 for the record)"), i("citation_index", "position in the citation list"), s("source_id", "the cited source"),
      s("quote", "a short verbatim excerpt, where the source's text is held", true), s("note", "what the source says, in our own words", true), s("url", "a more precise address", true), s("stance", "supports or denies")],
    primaryKey: ["record_id", "relation", "relation_index", "citation_index"],
    foreignKeys: [fk("source_id", TABLE.sources)],
    rows: (data) => [...sourcedFacts(data)].flatMap((fact) => fact.citations.map((c, index) => ({
      record_id: fact.id, record_kind: RECORD_KIND_INFO[fact.kind].singular, relation: fact.relation, relation_index: fact.index === -1 ? 0 : fact.index, citation_index: index, source_id: c.source,
      quote: c.quote ?? null, note: c.note ?? null, url: c.url ?? null, stance: c.stance ?? "supports",
    }))),
  },
];

/** The table of retired ids. */
const REDIRECTS_TABLE: Table = {
  name: "redirects",
  description: "Retired ids and where they lead (rename, merge) or why they were withdrawn.",
  columns: [s("from_id", "the retired id"), s("to_id", "the id that replaces it", true), s("reason", "renamed, merged or withdrawn"), s("note", "why", true), s("since", "the version that retired it", true)],
  primaryKey: ["from_id"],
  foreignKeys: [],
  rows: (data) => Object.entries(data.redirects ?? {}).map(([from, r]) => ({ from_id: from, to_id: r.to ?? null, reason: r.reason, note: r.note ?? null, since: r.since ?? null })),
};

/**
 * Every table of the flat exports, in the order they are written: the tables of the sourced kinds
 * (registry order), the tables over their facts, the tables of the other kinds (sources), redirects.
 */
export const TABLES: readonly Table[] = [
  ...SOURCED_KINDS.flatMap((kind) => KIND_TABLES[kind]),
  ...FACT_TABLES,
  ...RECORD_KINDS.filter((kind) => !RECORD_KIND_INFO[kind].sourced).flatMap((kind) => KIND_TABLES[kind]),
  REDIRECTS_TABLE,
];
