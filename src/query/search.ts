import { foldWords } from "../core/normalize.js";
import { shown } from "./args.js";
import type { NameIndex } from "./indexes.js";
import type { SearchHit } from "./types.js";

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
export const SEARCH_KINDS: readonly SearchHit["kind"][] = ["actor", "meeting", "agreement", "source"];

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
 * Ranked search. The longest query word picks the candidates by binary search over the sorted
 * words; every other query word must prefix a word of the same name. A name equal to the query
 * scores highest, then one that starts with it, then one that merely contains its words; shorter
 * names rank above longer ones. Only the best `limit` hits are kept while scanning.
 */
export function searchIndexes(indexes: readonly NameIndex[], text: string, limit: number | undefined = 20): SearchHit[] {
  if (typeof limit !== "number" || !(limit >= 0)) throw new TypeError(`limit must be a non-negative number, got ${shown(limit)}`);
  const query = foldWords(text).map((word) => SEARCH_SPELLINGS.get(word) ?? word);
  if (query.length === 0 || limit === 0) return [];
  const pivot = query.reduce((longest, word) => (word.length > longest.length ? word : longest), "");
  const joined = query.join("");
  const best = new Map<SearchHit["record"], SearchHit>();
  for (const index of indexes) {
    const seen = new Uint8Array(index.names.length);
    for (let i = lowerBound(index.words, pivot); i < index.words.length && index.words[i]!.startsWith(pivot); i += 1) {
      const owner = index.owners[i]!;
      if (seen[owner] === 1) continue;
      seen[owner] = 1;
      const entry = index.names[owner]!;
      if (!query.every((word) => word === pivot || entry.words.some((candidate) => candidate.startsWith(word)))) continue;
      const base = entry.joined === joined ? SCORES.exact : entry.joined.startsWith(joined) ? SCORES.prefix : SCORES.words;
      const score = Math.round((base * 0.9 + 0.1 * (joined.length / entry.joined.length)) * 1000) / 1000;
      const previous = best.get(entry.record);
      if (!previous || previous.score < score) best.set(entry.record, { kind: entry.kind, record: entry.record, score } as SearchHit);
    }
  }
  // Keep the top `limit` in one pass over the hits (a small sorted buffer), not a full sort.
  const top: SearchHit[] = [];
  for (const hit of best.values()) {
    if (top.length === limit && byScore(hit, top[top.length - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && byScore(hit, top[at - 1]!) < 0) at -= 1;
    top.splice(at, 0, hit);
    if (top.length > limit) top.pop();
  }
  return top;
}
