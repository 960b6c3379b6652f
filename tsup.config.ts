import { defineConfig, type Options } from "tsup";
import { RECORD_KINDS } from "./src/schema/kinds.js";

const common = {
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  // dist/data and dist/manifest.json are written by scripts/build-data.ts; keep them.
  clean: false,
  treeshake: true,
  target: "node20",
  platform: "neutral",
  external: ["zod"],
} satisfies Options;

export default defineConfig([
  // The main entry is one self-contained file: every extra ES module file costs about a
  // millisecond of cold start (measured in `npm run bench`), and this entry is what most users load.
  { ...common, entry: { index: "src/index.ts" }, splitting: false },
  // One entry per kind (generated from the registry by scripts/build-data.ts), each self-contained,
  // so that a bundle of getActor alone carries only the actors' data (see the per-kind rule in the README).
  { ...common, entry: Object.fromEntries(RECORD_KINDS.map((kind) => [kind, `src/generated/entry-${kind}.ts`])), splitting: false },
  // The zod entries share their schemas through chunks, so that each schema (and its registry
  // id) exists once however many of these entries a program imports. ValidationError is in both
  // builds; its `instanceof` works across copies (see src/validate/errors.ts).
  { ...common, entry: { schema: "src/schema/index.ts", dataset: "src/dataset.ts" }, splitting: true },
]);
