/**
 * `npm run build`: the whole package in dist/, replaced only whole. Every step (the data and
 * manifest, the exports, the tsup bundles and declarations) writes into a staging folder,
 * `.dist-staging-<pid>`, which replaces dist/ by rename only when all of them succeeded. So dist/
 * is always the last good build or the new complete one: a failing step leaves it byte for byte
 * as it was, and a build killed at any moment leaves the old one (the next build deletes the
 * killed one's staging folder). One build runs at a time per checkout (`.build.lock`).
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { acquireBuildLock, recoverDir, replaceDir, stagingDirFor } from "./lib/atomic-write.js";

const ROOT = process.cwd();
const DIST = join(ROOT, "dist");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const TSUP = join(ROOT, "node_modules", ".bin", "tsup");

function step(command: string, args: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

let release: (() => void) | undefined;
let staging: string | undefined;
try {
  release = acquireBuildLock(ROOT, "npm run build");
  for (const line of recoverDir(DIST)) console.log(`build: ${line}`);
  staging = stagingDirFor(DIST);
  rmSync(staging, { recursive: true, force: true });
  const env = { MSD_OUT_DIR: staging };
  const ok =
    step(TSX, [join("scripts", "build-data.ts")], env) &&
    step(TSX, [join("scripts", "build-exports.ts")], env) &&
    step(TSUP, ["--out-dir", staging, "--silent"], env);
  if (!ok) {
    rmSync(staging, { recursive: true, force: true });
    console.error("build: failed; dist/ is unchanged (the last good build).");
    process.exitCode = 1;
  } else {
    replaceDir(staging, DIST);
    console.log("build: dist/ replaced with the new build.");
  }
} catch (error) {
  if (staging) rmSync(staging, { recursive: true, force: true });
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  release?.();
}
