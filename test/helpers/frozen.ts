/** Every object reachable from `value` that is not frozen, by path (Maps and Sets are walked, not required frozen). */
export function unfrozen(value: unknown, path = "$", seen = new Set<object>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) || value instanceof Map || value instanceof Set ? [] : [path];
  const entries: [string, unknown][] = value instanceof Map ? [...value].map(([key, child]) => [String(key), child]) : Object.entries(value);
  return [...own, ...entries.flatMap(([key, child]) => unfrozen(child, `${path}.${key}`, seen))];
}
