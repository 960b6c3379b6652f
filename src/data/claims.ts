/**
 * The rule that picks, among the alternative values sources give for a field, the one the flat
 * record shows. Written without zod so both the build and the query layer can use it.
 */

/** The shape of one claim alternative, as the selection rule needs it. */
export interface ClaimAlternativeLike<T = unknown> {
  readonly value: T;
  readonly status: "reported" | "confirmed" | "denied";
  readonly citations: readonly { readonly source: string; readonly stance?: "supports" | "denies" | undefined }[];
}

const STATUS_RANK = { confirmed: 2, reported: 1, denied: 0 } as const;

/**
 * Picks the value the flat record shows: never a denied alternative; then confirmed before
 * reported; then the one backed by more distinct sources; then the one whose latest source is
 * newer (a later report corrects an earlier one); ties keep the authored order.
 *
 * `publishedOf` gives a source's publication date (ISO, any precision) for the recency rule.
 *
 * @example
 * ```ts
 * selectClaim(meeting.claims.date, (id) => getSource(id)?.published.value);
 * ```
 */
export function selectClaim<T>(
  alternatives: readonly ClaimAlternativeLike<T>[],
  publishedOf: (sourceId: string) => string | undefined,
): ClaimAlternativeLike<T> | undefined {
  let best: ClaimAlternativeLike<T> | undefined;
  let bestKey: [number, number, string] | undefined;
  for (const alternative of alternatives) {
    if (alternative.status === "denied") continue;
    const supporting = alternative.citations.filter((c) => c.stance !== "denies");
    const sources = new Set(supporting.map((c) => c.source));
    let latest = "";
    for (const id of sources) {
      const published = publishedOf(id) ?? "";
      if (published > latest) latest = published;
    }
    const key: [number, number, string] = [STATUS_RANK[alternative.status], sources.size, latest];
    if (bestKey === undefined || compareKeys(key, bestKey) > 0) {
      best = alternative;
      bestKey = key;
    }
  }
  return best;
}

function compareKeys(a: [number, number, string], b: [number, number, string]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] - b[1];
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}
