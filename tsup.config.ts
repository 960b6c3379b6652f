import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    schema: "src/schema/index.ts",
    dataset: "src/dataset.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  // dist/data and dist/manifest.json are written by scripts/build-data.ts; keep them.
  clean: false,
  splitting: true,
  treeshake: true,
  target: "node20",
  platform: "neutral",
  external: ["zod"],
});
