/**
 * The build replaces its outputs only whole. These tests build a copy of the repository (so the
 * outputs the other tests read are never touched), then break it: a bad data file, a guide
 * example that does not compile, SIGKILL at moments spread over a build, two builds at once.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRunning, recoverDir, replaceDir } from "../scripts/lib/atomic-write.js";

const ROOT = join(import.meta.dirname, "..");
const SKIP = new Set(["node_modules", "dist", ".git", "test-artifacts", "coverage", ".build.lock"]);
const KILL_POINTS = [0.02, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.97];

/** Every file under `dir` with the SHA-256 of its bytes (a missing folder hashes to {}). */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function copyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), "msd-build-"));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => {
      const rel = relative(ROOT, source);
      const top = rel.split("/")[0]!;
      return !SKIP.has(top) && !top.startsWith(".dist-") && rel !== join("docs", "site") && !rel.startsWith(join("docs", ".site"));
    },
  });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

const run = (dir: string, script: string) => spawnSync(join(dir, "node_modules", ".bin", "tsx"), [join("scripts", script)], { cwd: dir, encoding: "utf8" });

describe("outputs replaced only whole", () => {
  let dir: string;
  let good: { dist: Record<string, string>; site: Record<string, string> };
  let buildMs = 0;

  beforeAll(() => {
    dir = copyRepository();
    const started = Date.now();
    expect(run(dir, "build.ts").status).toBe(0);
    buildMs = Date.now() - started;
    const docs = run(dir, "build-docs.ts");
    expect(docs.status, docs.stderr).toBe(0);
    good = { dist: hashTree(join(dir, "dist")), site: hashTree(join(dir, "docs", "site")) };
    expect(Object.keys(good.dist).length).toBeGreaterThan(20);
    expect(Object.keys(good.site).length).toBeGreaterThan(100);
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("a bad data file fails the build with file: path: reason and leaves dist/ byte-identical", () => {
    const file = join(dir, "data", "meetings", "amman-conference-2025.yaml");
    const before = readFileSync(file, "utf8");
    writeFileSync(file, before.replace('value: "2025-03-09"', 'value: "March 2025"'));
    try {
      const result = run(dir, "build.ts");
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("data/meetings/amman-conference-2025.yaml: date.value: must be an ISO 8601 date");
      expect(result.stderr).toContain("dist/ is unchanged");
      expect(hashTree(join(dir, "dist"))).toEqual(good.dist);
      expect(readdirSync(dir).filter((name) => name.startsWith(".dist-"))).toEqual([]);
    } finally {
      writeFileSync(file, before);
    }
  }, 120_000);

  it("a docs build that fails (an example that does not compile) leaves docs/site/ byte-identical", () => {
    const guide = join(dir, "docs", "dates.md");
    const before = readFileSync(guide, "utf8");
    writeFileSync(guide, `${before}\n\`\`\`ts\nconst broken: number = "not a number";\n\`\`\`\n`);
    try {
      const result = run(dir, "build-docs.ts");
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("docs/site/ is unchanged");
      expect(hashTree(join(dir, "docs", "site"))).toEqual(good.site);
    } finally {
      writeFileSync(guide, before);
    }
  }, 120_000);

  it("is deterministic: the same input gives the same bytes", () => {
    expect(run(dir, "build.ts").status).toBe(0);
    expect(hashTree(join(dir, "dist"))).toEqual(good.dist);
  }, 120_000);

  it(`killed with SIGKILL at ${KILL_POINTS.length} moments, leaves the old build or the new one, never a mix or nothing`, async () => {
    // A changed record, so that the old build and the new one differ.
    const file = join(dir, "data", "actors", "kuwait.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("ISO 3166-1 gives Kuwait the codes KW and KWT.", "ISO 3166-1 gives Kuwait its codes, KW and KWT."));
    const seen: Record<string, string>[] = [];
    let leftovers = 0;
    for (const point of KILL_POINTS) {
      const child = spawn(join(dir, "node_modules", ".bin", "tsx"), [join("scripts", "build.ts")], { cwd: dir, detached: true, stdio: "ignore" });
      const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL"); // the whole group: tsx, the steps, tsup, esbuild
        } catch {
          // It finished before this kill point.
        }
      }, Math.round(buildMs * point));
      await exited;
      clearTimeout(timer);
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the killed group's children go
      expect(existsSync(join(dir, "dist", "manifest.json")), `killed at ${point}`).toBe(true);
      seen.push(hashTree(join(dir, "dist")));
      leftovers += readdirSync(dir).filter((name) => name.startsWith(".dist-staging-")).length;
    }
    // The next build cleans up after the killed ones and succeeds.
    const result = run(dir, "build.ts");
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(dir).filter((name) => name.startsWith(".dist-") || name === ".build.lock")).toEqual([]);
    const fresh = hashTree(join(dir, "dist"));
    expect(fresh).not.toEqual(good.dist);
    for (const [i, snapshot] of seen.entries()) {
      expect([good.dist, fresh].some((whole) => JSON.stringify(whole) === JSON.stringify(snapshot)), `after the kill at ${KILL_POINTS[i]}`).toBe(true);
    }
    // Most kill points fall before the swap: the old build stayed, and staging was left behind.
    expect(seen.filter((snapshot) => JSON.stringify(snapshot) === JSON.stringify(good.dist)).length).toBeGreaterThan(KILL_POINTS.length / 2);
    expect(leftovers).toBeGreaterThan(0);
  }, 600_000);

  it("refuses a second build while one runs, with a clear message", async () => {
    const first = spawn(join(dir, "node_modules", ".bin", "tsx"), [join("scripts", "build.ts")], { cwd: dir, stdio: "ignore" });
    const done = new Promise<number | null>((resolve) => first.on("exit", (code) => resolve(code)));
    while (!existsSync(join(dir, ".build.lock", "owner"))) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = run(dir, "build.ts");
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/another build is running \(pid \d+: npm run build\): wait for it to finish/);
    expect(await done).toBe(0);
    expect(existsSync(join(dir, ".build.lock"))).toBe(false);
  }, 120_000);
});

describe("replaceDir and recoverDir", () => {
  it("put the old output back when a build died between the two renames, and clear dead staging", () => {
    const parent = mkdtempSync(join(tmpdir(), "msd-swap-"));
    const dist = join(parent, "dist");
    mkdirSync(join(parent, ".dist-old-999999999"));
    writeFileSync(join(parent, ".dist-old-999999999", "manifest.json"), "old");
    mkdirSync(join(parent, ".dist-staging-999999998"));
    expect(recoverDir(dist)).toHaveLength(2);
    expect(readFileSync(join(dist, "manifest.json"), "utf8")).toBe("old");
    expect(readdirSync(parent)).toEqual(["dist"]);
    mkdirSync(join(parent, "next"));
    writeFileSync(join(parent, "next", "manifest.json"), "new");
    replaceDir(join(parent, "next"), dist);
    expect(readFileSync(join(dist, "manifest.json"), "utf8")).toBe("new");
    expect(readdirSync(parent)).toEqual(["dist"]);
    rmSync(parent, { recursive: true, force: true });
  });
});

describe("isRunning", () => {
  it("counts a killed process nobody has reaped (a zombie) as not running, so its lock is taken over", async () => {
    // `sleep 0` exits at once, and its parent becomes `sleep 2`, which never reaps it.
    const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 2"], { stdio: ["ignore", "pipe", "ignore"] });
    const pid = Number(await new Promise<string>((resolve) => parent.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString()))));
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (existsSync(`/proc/${pid}/stat`)) {
      expect(readFileSync(`/proc/${pid}/stat`, "utf8")).toMatch(/\) Z /);
      expect(isRunning(pid)).toBe(false);
    }
    expect(isRunning(process.pid)).toBe(true);
    parent.kill();
  });
});
