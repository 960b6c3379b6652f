import { stringArgument } from "./args.js";
import type { Indexes } from "./indexes.js";
import type { RedirectRecord, ResolvedId } from "./types.js";

/** More hops than any chain of renames; the build rejects cycles, so this only bounds bad input. */
const MAX_REDIRECT_HOPS = 32;

/** Follows redirects from a retired id to the current one (see {@link Dataset.resolveId}). */
export function resolveId(index: Indexes, id: unknown): ResolvedId {
  const via: (RedirectRecord & { from: string })[] = [];
  let current: string | undefined = stringArgument("id", id);
  while (current !== undefined && Object.hasOwn(index.redirects, current) && via.length < MAX_REDIRECT_HOPS) {
    const redirect: RedirectRecord = index.redirects[current]!;
    via.push({ ...redirect, from: current });
    current = redirect.to;
  }
  return { id: current, via };
}

/** The current id for an id argument named `name` (checked to be a string), or `undefined` when withdrawn. */
export function currentId(index: Indexes, id: unknown, name: string): string | undefined {
  return resolveId(index, stringArgument(name, id)).id;
}
