import type { Redirects } from "../generated/record-types.js";
import { stringArgument } from "../query/args.js";
import { deepFreeze, type DeepReadonly } from "../core/freeze.js";

/** One kind's records with a lookup by id that follows redirects: what a per-kind entry holds. */
export interface KindEntry<R extends { readonly id: string }> {
  /** Every record of the kind, sorted by id, deeply frozen. */
  readonly records: readonly R[];
  /** The record with this id (a retired id followed to its successor), or `undefined`. */
  readonly get: (id: string) => R | undefined;
}

/**
 * Builds a per-kind entry from the kind's JSON text and the redirects: the records parsed and
 * frozen once, and an id lookup. Shared by `mena-security-data/actors`, `/meetings`, … so that
 * each carries its own kind's data and nothing else.
 */
export function kindEntry<R extends { readonly id: string }>(json: string, redirectsJson: string): KindEntry<DeepReadonly<R>> {
  const records = deepFreeze(JSON.parse(json) as R[]) as readonly DeepReadonly<R>[];
  const redirects = JSON.parse(redirectsJson) as Redirects;
  const byId = new Map(records.map((record) => [record.id, record]));
  const get = (id: string) => {
    let current: string | undefined = stringArgument("id", id);
    // Follow renames and merges; a chain is short, and the build rejects cycles.
    for (let hops = 0; current !== undefined && !byId.has(current) && hops < 32; hops += 1) current = redirects[current]?.to;
    return current === undefined ? undefined : byId.get(current);
  };
  return { records, get };
}
