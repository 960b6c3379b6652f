/**
 * The budgets a user of the package feels outside the query helpers (docs/performance.md, "Cold
 * start, type-checking and bundles"): cold import to a first answer against countries-list, with
 * today's data and with a synthetic tenfold copy; type-checking a one-line consumer against an
 * empty file; the gzipped browser bundle of getActor. All are whole processes or whole builds,
 * interleaved round after round so the machine's noise falls on every contender alike.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

const medianOf = (samples: readonly number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

/** Runs each command once per round, in turn, and returns each one's median wall time in ms. */
export function interleaved<K extends string>(commands: Record<K, { readonly args: readonly string[]; readonly command?: string; readonly cwd?: string }>, rounds: number): Record<K, number> {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, { args, command, cwd }] of Object.entries(commands) as [K, { args: string[]; command?: string; cwd?: string }][]) {
      const begin = performance.now();
      execFileSync(command ?? process.execPath, args, { cwd, stdio: "ignore" });
      samples[name].push(performance.now() - begin);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, medianOf(list as number[])])) as Record<K, number>;
}

/** Makes every record of a kind's JSON text appear `factor` times (copies get ids `<id>-copy-<n>`). */
function multiplied(jsonText: string, factor: number): string {
  const records = JSON.parse(jsonText) as unknown;
  if (!Array.isArray(records)) return jsonText;
  const copies = records.flatMap((record: { id: string }) => Array.from({ length: factor }, (_, n) => (n === 0 ? record : { ...record, id: `${record.id}-copy-${n}` })));
  return JSON.stringify(copies);
}

/**
 * An esbuild plugin that serves the generated per-kind data modules with each kind's records
 * multiplied: the main entry bundled as tsup bundles it, with `factor` times the data.
 */
function multipliedData(factor: number): Plugin {
  return {
    name: "multiplied-data",
    setup(builder) {
      builder.onLoad({ filter: /[\\/]generated[\\/]kind-[a-z]+\.ts$/ }, (args) => {
        const text = readFileSync(args.path, "utf8").replace(/(_JSON = )(".*");$/gm, (_, head: string, literal: string) => `${head}${JSON.stringify(multiplied(JSON.parse(literal) as string, factor))};`);
        return { contents: text, loader: "ts" };
      });
    },
  };
}

/** Builds the main entry (ESM and CommonJS) with `factor` times the bundled data into `dir`. */
export async function buildMainEntry(root: string, dir: string, factor: number): Promise<{ esm: string; cjs: string; bytes: number }> {
  const common = { entryPoints: [join(root, "src", "index.ts")], bundle: true, platform: "neutral" as const, target: "node20", external: ["zod"], plugins: [multipliedData(factor)], logLevel: "silent" as const };
  const esm = join(dir, `index-x${factor}.mjs`);
  const cjs = join(dir, `index-x${factor}.cjs`);
  await build({ ...common, format: "esm", outfile: esm });
  await build({ ...common, format: "cjs", outfile: cjs, mainFields: ["module", "main"] });
  return { esm, cjs, bytes: readFileSync(esm).length };
}

/** Cold import of the main entry to a first answer, against bare node and countries-list. */
export async function coldImport(root: string, rounds: number) {
  const dir = mkdtempSync(join(tmpdir(), "msd-cold-"));
  try {
    const today = { esm: join(root, "dist", "index.js"), cjs: join(root, "dist", "index.cjs") };
    const tenfold = await buildMainEntry(root, dir, 10);
    const esmFirstAnswer = (file: string) => ["--input-type=module", "-e", `import { getActor } from ${JSON.stringify(file)}; getActor("iraq");`];
    const cjsFirstAnswer = (file: string) => ["-e", `require(${JSON.stringify(file)}).getActor("iraq")`];
    const times = interleaved(
      {
        bareCjs: { args: ["-e", "0"] },
        bareEsm: { args: ["--input-type=module", "-e", "0"] },
        esm: { args: esmFirstAnswer(today.esm) },
        cjs: { args: cjsFirstAnswer(today.cjs) },
        tenfoldEsm: { args: esmFirstAnswer(tenfold.esm) },
        tenfoldCjs: { args: cjsFirstAnswer(tenfold.cjs) },
        zod: { args: ["--input-type=module", "-e", `import "zod";`], cwd: root },
        // The reference for the cold-import budget: countries-list, a 49 KB data package.
        countriesEsm: { args: ["--input-type=module", "-e", `import { countries } from "countries-list"; countries.IQ.name;`], cwd: root },
        countriesCjs: { args: ["-e", `require("countries-list").countries.IQ.name`], cwd: root },
      },
      rounds,
    );
    return { ...times, tenfoldBytes: tenfold.bytes, todayBytes: readFileSync(today.esm).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A consumer project whose node_modules link to this package (built) and zod. */
function consumerProject(root: string): string {
  const project = mkdtempSync(join(tmpdir(), "msd-consumer-"));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(root, join(project, "node_modules", "mena-security-data"));
  symlinkSync(join(root, "node_modules", "zod"), join(project, "node_modules", "zod"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  return project;
}

/**
 * Type-checks one-file consumers (TypeScript of this repository, strict, nodenext, no
 * skipLibCheck) as whole `tsc` processes: an empty file, a one-line use of the main entry, and
 * zod alone for comparison.
 */
export function typeCheck(root: string, rounds: number) {
  const project = consumerProject(root);
  try {
    const files = {
      empty: "export {};\n",
      oneLine: 'import { getActor } from "mena-security-data";\nexport const name: string = getActor("iraq").name;\n',
      zod: 'import { z } from "zod";\nexport const schema = z.object({ id: z.string() });\n',
    };
    const commands = Object.fromEntries(
      Object.entries(files).map(([name, text]) => {
        const folder = join(project, name);
        mkdirSync(folder);
        writeFileSync(join(folder, "index.ts"), text);
        writeFileSync(join(folder, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true, types: [] }, files: ["index.ts"] }));
        return [name, { args: [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", folder] }];
      }),
    ) as Record<keyof typeof files, { args: string[] }>;
    return interleaved(commands, rounds);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

/** The gzipped size of a minified browser bundle of `getActor`, from the actors entry and the main entry. */
export async function bundleSizes(root: string) {
  const project = consumerProject(root);
  try {
    const gzipped = async (contents: string) => {
      const result = await build({ stdin: { contents, resolveDir: project, loader: "ts" }, bundle: true, platform: "browser", format: "esm", minify: true, write: false, logLevel: "silent" });
      return gzipSync(result.outputFiles[0]!.text).length;
    };
    return {
      actorsEntry: await gzipped('import { getActor } from "mena-security-data/actors"; console.log(getActor("iraq").name);'),
      mainEntry: await gzipped('import { getActor } from "mena-security-data"; console.log(getActor("iraq").name);'),
      actorsJson: gzipSync(readFileSync(join(root, "dist", "data", "actors.json"))).length,
    };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
