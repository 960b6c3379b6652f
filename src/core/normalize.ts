/**
 * Folds a name for matching: lower case, no diacritics (Türkiye → turkiye), no apostrophes,
 * hyphens or spaces, and no leading Arabic article "al" (Al-Shibani → shibani).
 *
 * @example
 * ```ts
 * import { foldName } from "mena-security-data";
 * foldName("Asaad Al-Shibani") === foldName("asaad al shibani"); // true
 * foldName("Türkiye"); // "turkiye"
 * ```
 */
export function foldName(text: string): string {
  return foldWords(text).join("");
}

/**
 * Splits a name into folded words (see {@link foldName}), dropping a leading "al" from each word
 * ("Al-Shibani" → "shibani", "al Sharaa" → "sharaa").
 *
 * @example
 * ```ts
 * import { foldWords } from "mena-security-data";
 * foldWords("Asaad Al-Shibani"); // ["asaad", "shibani"]
 * ```
 */
export function foldWords(text: string): string[] {
  // Printable ASCII is already decomposed and has no marks, so it skips the Unicode passes
  // (most names in practice; the fast path gives the same words, as a property test checks).
  const ascii = PRINTABLE_ASCII.test(text);
  const plain = ascii ? text.toLowerCase().replace(/['`]/g, "") : foldUnicode(text);
  const words: string[] = [];
  for (const raw of plain.split(ascii ? ASCII_SEPARATORS : SEPARATORS)) {
    if (raw === "") continue;
    if (raw === "al" || raw === "el") continue;
    words.push(raw);
  }
  return words;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_SEPARATORS = /[^a-z0-9]+/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Lower case without diacritics or apostrophes, for any text: decomposes (NFKD), drops the
 * combining marks, and folds the dotless i. Exported for the test that compares the ASCII path.
 */
export function foldUnicode(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, "");
}
