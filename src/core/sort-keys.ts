/**
 * Sorts object keys recursively and drops undefined values; arrays keep their (authored) order.
 * The canonical form of the JSON the build writes, and how claim values are compared.
 *
 * @example
 * ```ts
 * JSON.stringify(sortKeysDeep({ b: 1, a: [{ d: 2, c: 3 }] })); // '{"a":[{"c":3,"d":2}],"b":1}'
 * ```
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = sortKeysDeep(child);
    }
    return out;
  }
  return value;
}
