/**
 * `npm run docs:build`: the documentation site in docs/site/, from a built package (run after
 * `npm run build`; `npm run docs` does both). Steps: the generated guides (schema reference), the
 * TypeDoc API reference and guides (with each schema type's fields and their descriptions), a
 * type-check of every code example in them against the built package, then the data catalogue.
 * Everything is written to a staging folder that replaces docs/site/ by rename only when all of
 * it succeeded (see scripts/lib/atomic-write.ts); any TypeDoc warning, and any example that does
 * not compile, fails the build and leaves docs/site/ as it was. Holds the build lock.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Application, Comment, Converter, ReflectionKind, TSConfigReader, TypeDocReader, type Context, type ProjectReflection } from "typedoc";
import { writeCatalogue } from "./docs/catalogue.js";
import { commentsOf, guideExamples, referenceExamples, typecheckExamples } from "./docs/examples.js";
import { fieldTables, schemaReference } from "./docs/schema-reference.js";
import { acquireBuildLock, recoverDir, replaceDir, stagingDirFor } from "./lib/atomic-write.js";
import { readBuiltData } from "./lib/built-data.js";
import { coverageTables } from "./lib/coverage.js";
import { changesSinceRelease } from "./lib/snapshot.js";

const ROOT = process.cwd();
const SITE = join(ROOT, "docs", "site");
const staging = stagingDirFor(SITE);

/** Appends the table of its fields, with their descriptions, to each schema type's comment. */
function addFieldTables(context: Context): void {
  const tables = fieldTables();
  for (const reflection of context.project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
    const table = tables.get(reflection.name);
    if (!table || reflection.parent?.name !== "schema") continue;
    reflection.comment ??= new Comment();
    reflection.comment.summary.push({ kind: "text", text: `\n\nFields (from the schema):\n\n${table}\n` });
  }
}

/** Every exported function, value and type must show how to use it: lists those without an example. */
function withoutExamples(project: ProjectReflection): string[] {
  const kinds = ReflectionKind.Function | ReflectionKind.Variable | ReflectionKind.TypeAlias | ReflectionKind.Interface | ReflectionKind.Class;
  return project
    .getReflectionsByKind(kinds)
    .filter((reflection) => reflection.parent?.kind === ReflectionKind.Module)
    .filter((reflection) => !commentsOf(reflection).some((comment) => comment.getTag("@example")))
    .map((reflection) => `${reflection.parent!.name}.${reflection.name}`);
}

async function main(): Promise<void> {
  for (const line of recoverDir(SITE)) console.log(`docs: ${line}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(ROOT, "docs", "generated"), { recursive: true });
  writeFileSync(join(ROOT, "docs", "generated", "schema-reference.md"), schemaReference());
  writeFileSync(join(ROOT, "docs", "generated", "coverage-tables.md"), coverageTables(readBuiltData(join(ROOT, "dist")).data));
  const app = await Application.bootstrapWithPlugins({}, [new TypeDocReader(), new TSConfigReader()]);
  app.converter.on(Converter.EVENT_RESOLVE_END, addFieldTables);
  const project = await app.convert();
  if (!project) throw new Error("TypeDoc could not convert the project");
  app.validate(project);
  const missing = withoutExamples(project);
  if (missing.length > 0) throw new Error(`exports without an @example in their TSDoc:\n  ${missing.join("\n  ")}`);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error("TypeDoc reported problems (above)");
  // The changelog is on the site too, but its entries describe the API as it was in their release:
  // only the current guides must compile against the current build.
  const guides = [app.options.getValue("readme"), ...app.options.getValue("projectDocuments")]
    .map((file) => relative(ROOT, file))
    .filter((file) => file !== "CHANGELOG.md");
  const reference = referenceExamples(project);
  if (reference.withoutTsBlock.length > 0) throw new Error(`@example without a \`\`\`ts block:\n  ${reference.withoutTsBlock.join("\n  ")}`);
  const examples = [...guideExamples(ROOT, guides), ...reference.examples];
  const broken = typecheckExamples(ROOT, examples);
  if (broken.length > 0) throw new Error(`examples that do not compile against the built package:\n  ${broken.join("\n  ")}`);
  await app.generateDocs(project, staging);
  const { data, history } = readBuiltData(join(ROOT, "dist"));
  const unreleased = await changesSinceRelease(ROOT);
  if (unreleased === undefined && Object.keys(history).length > 0) {
    console.warn("docs: git knows no release here (a clone without history?): pages cannot mark records changed since the last release");
  }
  const pages = writeCatalogue(join(staging, "catalogue"), data, history, unreleased);
  replaceDir(staging, SITE);
  console.log(`docs/site: API reference, guides (${examples.length} code examples, each type-checked) and ${pages} catalogue files`);
}

let release: (() => void) | undefined;
try {
  release = acquireBuildLock(ROOT, "npm run docs:build");
} catch (error) {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
main()
  .catch((error: unknown) => {
    rmSync(staging, { recursive: true, force: true });
    console.error(error instanceof Error ? error.message : error);
    console.error("docs: failed; docs/site/ is unchanged (the last good build).");
    process.exitCode = 1;
  })
  .finally(() => release?.());
