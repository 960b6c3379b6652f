/**
 * A type made read-only all the way down, as the exported records are at run time.
 *
 * @example
 * ```ts
 * import { getActor, type DeepReadonly } from "mena-security-data";
 * import type { Actor } from "mena-security-data/schema";
 * const actor: DeepReadonly<Actor> | undefined = getActor("iraq");
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freezes a value and everything reachable from it, in place, and returns it typed read-only.
 *
 * @example
 * ```ts
 * const frozen = deepFreeze({ a: [1, 2] });
 * Object.isFrozen(frozen.a); // true
 * ```
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  freezeObject(value);
  return value as DeepReadonly<T>;
}

// Arrays by index and objects by for…in, allocating no key arrays: twice as fast as Object.values
// on 10⁵ records, for the import and `createDataset ≤ 2× zod` targets (docs/performance.md).
// The data is plain JSON, so there are no inherited enumerable keys.
function freezeObject(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i += 1) freezeObject(value[i]);
  else for (const key in value) freezeObject((value as Record<string, unknown>)[key]);
}

/**
 * Wraps an object whose properties each hold a part (an array of records, say) so that each part
 * is deep-frozen the first time it is read, not before: nothing can reach a part without reading
 * it, so no caller ever sees it unfrozen. For `createDataset ≤ 2× zod` (docs/performance.md):
 * freezing every record costs 0.2–0.5× the validation at 10⁵, paid only for the kinds read.
 * Meant for fresh values no one else holds (the records `createDataset` gets back from zod).
 *
 * @example
 * ```ts
 * const parts = freezeOnFirstRead({ actors: [{ id: "iraq" }], meetings: [] });
 * Object.isFrozen(parts.actors[0]); // true: frozen on this first read
 * ```
 */
export function freezeOnFirstRead<T extends object>(value: T): DeepReadonly<T> {
  const view = {} as T;
  for (const key of Object.keys(value) as (keyof T & string)[]) {
    Object.defineProperty(view, key, { enumerable: true, get: () => deepFreeze(value[key]) });
  }
  return Object.freeze(view) as DeepReadonly<T>;
}
