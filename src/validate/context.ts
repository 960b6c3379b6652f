import { dayRange } from "../core/dates.js";
import type { DatasetRecords } from "../schema/dataset.js";
import { RECORD_KINDS, type RecordKind } from "../schema/kinds.js";
import type { Source } from "../schema/source.js";

/**
 * Options for {@link crossCheck}.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { crossCheck, validateDataset } from "mena-security-data/dataset";
 * const { data } = validateDataset(JSON.parse(readFileSync("my-dataset.json", "utf8")));
 * crossCheck(data, { sourceTexts: new Map([["my-source", readFileSync("my-source.txt", "utf8")]]) });
 * ```
 */
export interface CrossCheckOptions {
  /**
   * The full texts of held sources, by source id. When given, every quote of a held source must
   * stand verbatim in its text (whitespace may differ), and every source marked `textHeld` must
   * have a text. When omitted (a user's dataset without texts), quotes are not checked.
   */
  readonly sourceTexts?: ReadonlyMap<string, string>;
  /**
   * Ids of records that exist but failed their schema (already reported). References to them are
   * not reported again as unknown, so one broken file gives one set of messages, not a cascade.
   */
  readonly knownInvalid?: ReadonlySet<string>;
}

/** A record found by id, with its kind (testing `kind` narrows `record`). */
export type FoundRecord = { readonly [K in RecordKind]: { readonly kind: K; readonly record: DatasetRecords[K][number] } }[RecordKind];

/** A source, its text (whitespace collapsed) when held, and the last day of its publication. */
export interface SourceEntry {
  readonly source: Source;
  readonly text: string | undefined;
  /** The last day of `published`, as a day number (see `dayRange`). */
  readonly publishedEnd: number | undefined;
}

/** What every rule on parsed records reads: the records, and the lookups made once for all rules. */
export interface RecordsContext {
  readonly data: DatasetRecords;
  readonly options: CrossCheckOptions;
  /** Every record by id; of records sharing an id, the first in registry order of kinds. */
  readonly records: ReadonlyMap<string, FoundRecord>;
  /** The records whose id an earlier record already has, and that record's kind. */
  readonly repeatedIds: readonly { readonly kind: RecordKind; readonly id: string; readonly earlier: RecordKind }[];
  /** Every source by id. */
  readonly sources: ReadonlyMap<string, SourceEntry>;
}

/** Collapses runs of whitespace so a quote may wrap differently from its source. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Makes the lookups the rules share, once per dataset. */
export function recordsContext(data: DatasetRecords, options: CrossCheckOptions): RecordsContext {
  const records = new Map<string, FoundRecord>();
  const repeatedIds: { kind: RecordKind; id: string; earlier: RecordKind }[] = [];
  for (const kind of RECORD_KINDS) {
    for (const record of data[kind]) {
      const earlier = records.get(record.id);
      if (earlier === undefined) records.set(record.id, { kind, record } as FoundRecord);
      else repeatedIds.push({ kind, id: record.id, earlier: earlier.kind });
    }
  }
  const sources = new Map<string, SourceEntry>();
  for (const source of data.sources) {
    if (sources.has(source.id)) continue;
    const text = options.sourceTexts?.get(source.id);
    sources.set(source.id, {
      source,
      text: text === undefined ? undefined : normalizeWhitespace(text),
      publishedEnd: source.published === undefined ? undefined : dayRange(source.published.value).end,
    });
  }
  return { data, options, records, repeatedIds, sources };
}
