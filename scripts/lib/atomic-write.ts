import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a set of files into `dir` all at once: everything goes to a sibling temporary folder
 * first, which then replaces `dir` (see {@link replaceDir}), so a failure never leaves `dir`
 * half-written.
 */
export function writeDirAtomically(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const staging = stagingDirFor(dir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    for (const [name, text] of files) {
      const path = join(staging, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    replaceDir(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Writes one file by writing a temporary sibling and renaming it into place. */
export function writeFileAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** The hidden sibling a build of `dir` stages its output in: `.<name>-staging-<pid>`. */
export function stagingDirFor(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}-staging-${process.pid}`);
}

const oldDirFor = (dir: string) => join(dirname(dir), `.${basename(dir)}-old-${process.pid}`);

/**
 * Replaces `dir` by `staging` with two renames: the old `dir` steps aside as `.<name>-old-<pid>`,
 * the staging folder takes its name, and only then is the old one deleted. Neither rename copies
 * anything, so `dir` is always the old output or the new one, complete. If the process dies
 * between the two renames, {@link recoverDir} (run by the next build) puts the old one back.
 */
export function replaceDir(staging: string, dir: string): void {
  const old = oldDirFor(dir);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Whether a process with this id is running (on this machine). A killed process whose parent has
 * not reaped it yet (a zombie: in a container without an init, it may never be) is not running.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (macOS, Windows): trust the signal check
  }
}

/**
 * Cleans up after builds that were killed: deletes the staging folders of `dir` left by processes
 * that no longer run, and, if `dir` itself is missing because a build died between the two renames
 * of {@link replaceDir}, moves its set-aside old copy back. Returns what it did, for the log.
 */
export function recoverDir(dir: string): string[] {
  const parent = dirname(dir);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  const leftovers = readdirSync(parent)
    .map((name) => ({ name, match: new RegExp(`^\\.${basename(dir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(staging|old)-(\\d+)$`).exec(name) }))
    .filter((entry) => entry.match !== null && !isRunning(Number(entry.match[2])));
  const old = leftovers.find((entry) => entry.match![1] === "old");
  if (!existsSync(dir) && old) {
    renameSync(join(parent, old.name), dir);
    done.push(`restored ${dir} from ${old.name} (a build was killed while swapping it in)`);
  }
  for (const entry of leftovers) {
    if (!existsSync(join(parent, entry.name))) continue;
    rmSync(join(parent, entry.name), { recursive: true, force: true });
    done.push(`removed ${entry.name}, left by a killed build`);
  }
  return done;
}

/**
 * Takes the build lock (`.build.lock` in `root`): one build or docs build at a time per checkout,
 * as two writing the same outputs would corrupt each other. A lock whose process no longer runs
 * (a killed build) is taken over. Returns the function that releases it.
 */
export function acquireBuildLock(root: string, what: string): () => void {
  const lock = join(root, ".build.lock");
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "owner"), `${process.pid} ${what}\n`);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = existsSync(join(lock, "owner")) ? readFileSync(join(lock, "owner"), "utf8").trim() : "";
      const pid = Number(owner.split(" ")[0]);
      // A lock just made has no owner file for a moment: count it as held.
      const fresh = owner === "" && Date.now() - statSync(lock).mtimeMs < 10_000;
      if (fresh || (Number.isInteger(pid) && pid > 0 && isRunning(pid))) {
        throw new Error(`another build is running (${fresh ? "just started" : owner.replace(/^\d+/, `pid ${pid}:`)}): wait for it to finish, then run this again`);
      }
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`could not take the build lock ${lock}`);
}
