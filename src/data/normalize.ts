/**
 * Folds a name for matching: lower case, no diacritics (Türkiye → turkiye), no apostrophes,
 * hyphens or spaces, and no leading Arabic article "al" (Al-Shibani → shibani).
 *
 * @example
 * ```ts
 * foldName("Asaad Al-Shibani") === foldName("asaad al shibani"); // true
 * foldName("Türkiye"); // "turkiye"
 * ```
 */
export function foldName(text: string): string {
  return PRINTABLE_ASCII.test(text) ? foldAsciiName(text) : foldWords(text).join("");
}

/**
 * {@link foldName} for printable ASCII, in one pass with no regex split and no word array:
 * `createDataset` folds every name and alias. A property test checks it against `foldWords`.
 */
function foldAsciiName(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes("'") || lower.includes("`")) lower = lower.replace(/['`]/g, "");
  let folded = "";
  let start = -1;
  for (let i = 0; i <= lower.length; i += 1) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (inWord) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    // A word ends here: keep it unless it is the article "al" or "el".
    const article = i - start === 2 && lower.charCodeAt(start + 1) === 108 && (lower.charCodeAt(start) === 97 || lower.charCodeAt(start) === 101);
    if (!article) folded += lower.slice(start, i);
    start = -1;
  }
  return folded;
}

/**
 * Splits a name into folded words (see {@link foldName}), dropping a leading "al" from each word
 * ("Al-Shibani" → "shibani", "al Sharaa" → "sharaa").
 *
 * @example
 * ```ts
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
