// The one walk over every sourced fact: a record, each of its relations (tenures, links) and each
// alternative of its field-level claims. Validation, the flat exports, the docs catalogue and the
// tests all use it, so a new relation field (listed in the registry) reaches all of them at once.
import type { Citation, ClaimStatus, PartialDate } from "../generated/record-types.js";
import { RECORD_KIND_INFO, SOURCED_KINDS, type SourcedKind } from "../schema/kinds.js";
import type { DeepReadonly } from "./freeze.js";

/** One sourced fact: where it is, what it asserts about its status, and what supports it. */
export interface SourcedFact {
  /** The kind of record it belongs to. */
  readonly kind: SourcedKind;
  /** The record's id. */
  readonly id: string;
  /** `"record"` for the record itself, the relation field (`"participants"`), or `"claims.<field>"`. */
  readonly relation: string;
  /** The position in the relation or claim list; `-1` for the record itself. */
  readonly index: number;
  /** The field path of the fact inside its record (`""`, `"participants.2"`, `"claims.date.1"`). */
  readonly path: string;
  /** The fact's own object (the record, the link, the tenure or the claim alternative). */
  readonly value: DeepReadonly<{ readonly status: ClaimStatus; readonly citations: readonly Citation[] }> & Readonly<Record<string, unknown>>;
  /** Its claim status. */
  readonly status: ClaimStatus;
  /** Its citations. */
  readonly citations: readonly DeepReadonly<Citation>[];
  /** The date the fact asserts, if any (a record's `date`, a tenure's `from`, a date claim's value). */
  readonly date: DeepReadonly<PartialDate> | undefined;
  /** The field path of that date (`"date"`, `"positions.0.from"`, `"claims.date.1.value"`), or `""`. */
  readonly datePath: string;
}

type Fact = SourcedFact["value"];
type AnyRecord = { readonly id: string } & Readonly<Record<string, unknown>>;
/** Any dataset of the sourced kinds, parsed or bundled (read-only is enough). */
export type SourcedData = { readonly [K in SourcedKind]: readonly object[] };

const join = (base: string, leaf: string) => (base === "" ? leaf : `${base}.${leaf}`);
const isDate = (value: unknown): value is DeepReadonly<PartialDate> => typeof value === "object" && value !== null && typeof (value as { value?: unknown }).value === "string";

/**
 * Every sourced fact of one record, in a fixed order: the record, then each relation field the
 * registry lists for its kind, then each claim alternative.
 */
export function* sourcedFactsOf(kind: SourcedKind, record: object): Generator<SourcedFact> {
  const r = record as AnyRecord;
  const claims = r.claims as Readonly<Record<string, readonly Fact[] | undefined>> | undefined;
  const date = isDate(r.date) ? r.date : undefined;
  yield { kind, id: r.id, relation: "record", index: -1, path: "", value: r as unknown as Fact, status: (r as unknown as Fact).status, citations: (r as unknown as Fact).citations, date, datePath: date ? "date" : "" };
  for (const field of RECORD_KIND_INFO[kind].relations as readonly string[]) {
    const list = r[field] as readonly Fact[] | undefined;
    if (!Array.isArray(list)) continue;
    for (let index = 0; index < list.length; index += 1) {
      const value = list[index] as Fact;
      const path = `${field}.${index}`;
      const from = isDate(value.from) ? value.from : undefined;
      yield { kind, id: r.id, relation: field, index, path, value, status: value.status, citations: value.citations, date: from, datePath: from ? join(path, "from") : "" };
    }
  }
  if (claims === undefined) return;
  for (const [field, alternatives] of Object.entries(claims)) {
    if (alternatives === undefined) continue;
    for (let index = 0; index < alternatives.length; index += 1) {
      const value = alternatives[index] as Fact;
      const path = `claims.${field}.${index}`;
      const claimed = field === "date" && isDate(value.value) ? value.value : undefined;
      yield { kind, id: r.id, relation: `claims.${field}`, index, path, value, status: value.status, citations: value.citations, date: claimed, datePath: claimed ? join(path, "value") : "" };
    }
  }
}

/**
 * Every sourced fact in a dataset: each record of every sourced kind (in registry order), its
 * relations and its claim alternatives.
 *
 * @example
 * ```ts
 * // internal: count the facts that cite a source
 * // [...sourcedFacts(data)].filter((fact) => fact.citations.some((c) => c.source === "reuters")).length
 * ```
 */
export function* sourcedFacts(data: SourcedData): Generator<SourcedFact> {
  for (const kind of SOURCED_KINDS) for (const record of data[kind]) yield* sourcedFactsOf(kind, record);
}
