import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { configDefaults, defineConfig, type Plugin } from "vitest/config";

const ROOT = import.meta.dirname;

/**
 * The test files that need what only a build makes: `dist/` files other than the entries (data
 * JSON, manifest, exports, declarations), the packed package, the docs site, a browser, or a build
 * run in a copy of the repository. `npm run test:unit` leaves them out; `npm test` runs them.
 */
export const PACKAGE_TESTS: readonly string[] = [
  "bundle", // esbuild bundles of dist/
  "catalogue-first-known", // docs/site/
  "coverage", // dist/manifest.json
  "docs-examples", // type-checks every example against dist/index.d.ts
  "docs-links", // docs/site/ and dist/data/
  "docs-site", // docs/site/ in a browser
  "duckdb", // dist/exports/
  "exports", // dist/ files and the CommonJS entry
  "exports-formats", // dist/exports/
  "fuzz", // dist/data/*.json
  "package", // npm pack, then installs and type-checks a consumer project
  "query", // dist/data/redirects.json
  "reliability-build", // kills builds in a copy of the repository
  "versioning", // dist/data/, dist/manifest.json, a git clone and scripts/release-check.ts
].map((name) => `test/${name}.test.ts`);

/**
 * Under `--mode unit`, a test's import of a package entry (`../dist/index.js`, `../dist/dataset.js`,
 * …) loads that entry's source instead (`src/index.ts`, `src/dataset.ts`, `src/schema/index.ts`),
 * as tsup's entries map them, so the tests need no build.
 */
const entriesFromSource: Plugin = {
  name: "package-entries-from-source",
  enforce: "pre",
  resolveId(source, importer) {
    if (importer === undefined || !source.startsWith(".")) return null;
    const entry = /^dist\/([\w-]+)\.js$/.exec(relative(ROOT, resolve(dirname(importer), source)).split(sep).join("/"))?.[1];
    if (entry === undefined) return null;
    const file = [join(ROOT, "src", `${entry}.ts`), join(ROOT, "src", entry, "index.ts")].find((path) => existsSync(path));
    if (file === undefined) throw new Error(`${source} (imported by ${relative(ROOT, importer)}) has no source entry in src/`);
    return file;
  },
};

export default defineConfig(({ mode }) => {
  // `npm run test:unit` is `vitest run --mode unit`: the unit tests, against src/, with no build.
  const unit = mode === "unit";
  return {
    plugins: unit ? [entriesFromSource] : [],
    test: {
      include: ["test/**/*.test.ts"],
      exclude: [...configDefaults.exclude, ...(unit ? PACKAGE_TESTS : [])],
      tags: [{ name: "cli", description: "runs a script of scripts/ as a process (through tsx); left out of npm run test:unit" }],
      tagsFilter: unit ? ["!cli"] : [],
      // Read by test/helpers/property-runs.ts: property tests try a tenth of their cases here.
      env: unit ? { MSD_TEST_SCOPE: "unit" } : {},
      // src/ imports src/generated/, which scripts/build-data.ts writes: regenerated here if missing or stale.
      globalSetup: unit ? ["test/helpers/generated-setup.ts"] : [],
      // The unit files import the same pure modules: one module graph per worker rather than one
      // per file saves a fifth of their CPU time. Under npm test, each file has a fork of its own.
      isolate: !unit,
      testTimeout: 30_000,
      hookTimeout: 180_000,
      pool: "forks",
    },
  };
});
