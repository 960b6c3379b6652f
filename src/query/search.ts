import { foldWords } from "../core/normalize.js";
import { EVENT_KINDS, RECORD_KIND_INFO, RECORD_KIND_SINGULARS, kindOfSingular, type RecordKind } from "../schema/kinds.js";
import { optionsArgument, shown, stringArgument, vocabularyArgument } from "./args.js";
import { linksOf, type Indexes } from "./indexes.js";
import type { KindRecord, SearchHit, SearchOptions } from "./types.js";

/**
 * Spellings users type that no cited source writes, folded to the one the data uses. They belong
 * here, in search's folding, not in the data: every alias in the data is written by a source.
 */
export const SEARCH_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["turkey", "turkiye"],
  ["daesh", "isis"],
  ["isil", "isis"],
  ["shaybani", "shaibani"],
]);

const SCORES = { exact: 1, prefix: 0.8, words: 0.6 } as const;

/** A searchable name: the folded words of one name, alias or title of a record. */
interface NameEntry {
  readonly hit: Omit<SearchHit, "score">;
  readonly words: readonly string[];
  readonly joined: string;
}

/** The search index of one kind: every word of every name, sorted for prefix lookup, with its name. */
interface NameIndex {
  readonly words: readonly string[];
  readonly owners: readonly NameEntry[];
}

/** Each dataset's name index per kind, built on its first search of that kind (folding every name costs more than every other index). */
const nameIndexes = new WeakMap<Indexes, Map<RecordKind, NameIndex>>();

/**
 * The names of a record: an actor's name and aliases, a title; and where a meeting's or
 * agreement's title writes one name of a linked actor ("Asaad Al-Shibani"), the same title with
 * each of that actor's other names, so a search by any spelling the sources use finds it.
 */
function namesOf(index: Indexes, kind: RecordKind, record: KindRecord<RecordKind>): string[] {
  if ("name" in record) return [record.name, ...record.aliases];
  if (record.title === undefined) return [];
  const spellings = [record.title];
  const event = EVENT_KINDS.find((eventKind) => eventKind === kind);
  if (event === undefined) return spellings;
  const lower = record.title.toLowerCase();
  for (const link of linksOf(event, record as KindRecord<typeof event>)) {
    const actor = index.byId.actors.get(link.actor);
    const names = actor ? [actor.name, ...actor.aliases] : [];
    for (const written of names) {
      const at = lower.indexOf(written.toLowerCase());
      if (at === -1) continue;
      for (const other of names) if (other !== written) spellings.push(record.title.slice(0, at) + other + record.title.slice(at + written.length));
    }
  }
  return spellings;
}

function nameIndex(index: Indexes, kind: RecordKind): NameIndex {
  const built = nameIndexes.get(index) ?? new Map<RecordKind, NameIndex>();
  nameIndexes.set(index, built);
  const found = built.get(kind);
  if (found) return found;
  const pairs: [string, NameEntry][] = [];
  for (const record of index.data[kind]) {
    for (const text of namesOf(index, kind, record)) {
      const words = foldWords(text);
      const entry: NameEntry = { hit: { kind: RECORD_KIND_INFO[kind].singular, record } as NameEntry["hit"], words, joined: words.join("") };
      for (const word of new Set(words)) pairs.push([word, entry]);
    }
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const made = { words: pairs.map((pair) => pair[0]), owners: pairs.map((pair) => pair[1]) };
  built.set(kind, made);
  return made;
}

function lowerBound(words: readonly string[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

const byScore = (a: SearchHit, b: SearchHit) => b.score - a.score || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);

/**
 * Ranked search (see {@link Dataset.search}). The longest query word picks the candidates by
 * binary search over the sorted words; every other query word must prefix a word of the same
 * name. A name equal to the query scores highest, then one that starts with it, then one that
 * merely contains its words; shorter names rank above longer ones.
 */
export function search(index: Indexes, text: unknown, options: SearchOptions | undefined): SearchHit[] {
  const query = foldWords(stringArgument("text", text)).map((word) => SEARCH_SPELLINGS.get(word) ?? word);
  optionsArgument("options", options);
  const kinds = [...(vocabularyArgument("kinds", options?.kinds, RECORD_KIND_SINGULARS) ?? RECORD_KIND_SINGULARS)];
  const limit = options?.limit === undefined ? 20 : options.limit;
  if (typeof limit !== "number" || !(limit >= 0)) throw new TypeError(`limit must be a non-negative number, got ${shown(limit)}`);
  if (query.length === 0 || limit === 0) return [];
  const pivot = query.reduce((longest, word) => (word.length > longest.length ? word : longest), "");
  const joined = query.join("");
  const best = new Map<SearchHit["record"], SearchHit>();
  for (const kind of kinds) {
    const { words, owners } = nameIndex(index, kindOfSingular(kind));
    const seen = new Set<NameEntry>();
    for (let i = lowerBound(words, pivot); i < words.length && words[i]!.startsWith(pivot); i += 1) {
      const entry = owners[i]!;
      if (seen.has(entry)) continue;
      seen.add(entry);
      if (!query.every((word) => word === pivot || entry.words.some((candidate) => candidate.startsWith(word)))) continue;
      const base = entry.joined === joined ? SCORES.exact : entry.joined.startsWith(joined) ? SCORES.prefix : SCORES.words;
      const score = Math.round((base * 0.9 + 0.1 * (joined.length / entry.joined.length)) * 1000) / 1000;
      const previous = best.get(entry.hit.record);
      if (!previous || previous.score < score) best.set(entry.hit.record, { kind: entry.hit.kind, record: entry.hit.record, score } as SearchHit);
    }
  }
  return [...best.values()].sort(byScore).slice(0, limit);
}
