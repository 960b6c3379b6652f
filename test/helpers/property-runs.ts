/**
 * How many cases a property test tries. `npm test` tries the full number; `npm run test:unit`,
 * the loop run while working (vitest.config.ts sets MSD_TEST_SCOPE=unit), a tenth of it, at
 * least 25, so that it stays fast. Each unit run draws new cases (unless the test fixes a seed),
 * and `npm test` always tries them all.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(datasetArbitrary, check), propertyRuns(300));
 * ```
 */
export function propertyRuns<T extends object>(full: number, parameters?: T): T & { numRuns: number } {
  const numRuns = process.env.MSD_TEST_SCOPE === "unit" ? Math.max(25, Math.ceil(full / 10)) : full;
  return { ...(parameters as T), numRuns };
}
