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
  return foldWords(text).join("");
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
  const plain = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, "");
  const words: string[] = [];
  for (const raw of plain.split(/[^\p{L}\p{N}]+/u)) {
    if (raw === "") continue;
    if (raw === "al" || raw === "el") continue;
    words.push(raw);
  }
  return words;
}
