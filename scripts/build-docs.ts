/**
 * `npm run docs:build`: the documentation site in docs/site/, from a built package (run after
 * `npm run build`; `npm run docs` does both). Steps: the generated guides (schema reference), the
 * TypeDoc API reference and guides, then the data catalogue. Everything is written to a staging
 * folder that replaces docs/site/ only when all of it succeeded.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeCatalogue } from "./docs/catalogue.js";
import { readBuiltData } from "./lib/built-data.js";
import { schemaReference } from "./docs/schema-reference.js";

const ROOT = process.cwd();
const staging = join(ROOT, "docs", `.site-staging-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
try {
  mkdirSync(join(ROOT, "docs", "generated"), { recursive: true });
  writeFileSync(join(ROOT, "docs", "generated", "schema-reference.md"), schemaReference());
  execFileSync(join(ROOT, "node_modules", ".bin", "typedoc"), ["--out", staging], { cwd: ROOT, stdio: "inherit" });
  const { data, history } = readBuiltData(join(ROOT, "dist"));
  const pages = writeCatalogue(join(staging, "catalogue"), data, history);
  rmSync(join(ROOT, "docs", "site"), { recursive: true, force: true });
  renameSync(staging, join(ROOT, "docs", "site"));
  console.log(`docs/site: API reference, guides and ${pages} catalogue files`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
