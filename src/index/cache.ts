import { existsSync, lstatSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { basename, isAbsolute, join } from "node:path";
import { checksum } from "../checksum.js";
import { indexedFactFile } from "./reader.js";

/** Where saved indexes go, or undefined when they are neither read nor written. */
export type CacheDir = string | undefined;

/**
 * The cache directory: $UNICEF_KZ_CACHE_DIR, else $XDG_CACHE_HOME/unicef-kz (an absolute path,
 * as the XDG spec asks), else ~/.cache/unicef-kz; none with `--no-cache` or UNICEF_KZ_CACHE=0, or
 * when the home directory is a relative path (it would put a cache wherever a command is run).
 */
export function cacheDir(env: NodeJS.ProcessEnv, enabled: boolean): CacheDir {
  if (!enabled || env.UNICEF_KZ_CACHE === "0") return undefined;
  if (env.UNICEF_KZ_CACHE_DIR) return env.UNICEF_KZ_CACHE_DIR;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "unicef-kz");
  const home = env.HOME || homedir();
  return home && isAbsolute(home) ? join(home, ".cache", "unicef-kz") : undefined;
}

const SUFFIX = ".ukzi";
/** Index files, the temporary files they are written to and their locks: the only files `index --clear` removes. */
const INDEX_FILE = /^[\w.-]*-[0-9a-f]{32}\.ukzi(\.\d+-[0-9a-f]+\.tmp|\.lock)?$/;

/** The index file of a fact file, by its real path: the file's name (for a person looking), then a hash of the path. */
export function indexPath(dir: string, realPath: string): string {
  const hash = nameHash(realPath);
  const name = basename(realPath)
    .replace(/[^\w.-]/g, "_")
    .slice(0, 40);
  return join(dir, `${name}-${hash}${SUFFIX}`);
}

/**
 * 128 bits of the path, as 32 hex digits: four checksums of it from different seeds. Two paths
 * that happened to share them would share an index file, each remaking it in turn: the key inside
 * (key.ts) is the path itself, so neither is ever answered from the other's.
 */
function nameHash(realPath: string): string {
  const bytes = Buffer.from(realPath);
  return [1, 2, 3, 4]
    .map((seed) =>
      checksum(bytes, seed * 0x9e3779b9)
        .toString(16)
        .padStart(8, "0"),
    )
    .join("");
}

/**
 * Removes the indexes of fact files that are gone (deleted, or moved away), and files named as
 * indexes that are none (damaged, or of another format), but `kept`; the number removed. Each
 * fact file searched keeps its index until then: a script that searched temporary files filled
 * the cache. Run after an index is saved, in the background as a search's are.
 */
export function removeOrphans(dir: string, kept: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    if (!INDEX_FILE.test(name) || path === kept || name.endsWith(".lock")) continue;
    try {
      if (name.endsWith(".tmp") ? writerAlive(name) : factFileExists(path)) continue;
      rmSync(path, { force: true });
      removed += 1;
    } catch {
      // Not readable, or not ours to remove: left as it is.
    }
  }
  return removed;
}

/** Whether the fact file an index was made from is there; false for a file that is no index. */
function factFileExists(indexFile: string): boolean {
  const factFile = indexedFactFile(indexFile);
  return factFile !== undefined && existsSync(factFile);
}

/**
 * Whether the process writing a temporary index file (named by writer.ts: "….ukzi.<pid>-<hex>.tmp")
 * is running: one stopped by a signal or a crash left it behind.
 */
function writerAlive(name: string): boolean {
  const pid = Number(/\.(\d+)-[0-9a-f]+\.tmp$/.exec(name)?.[1]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/** What `index --clear` removed: indexes, and bytes in all (their temporary files and locks too); and what it could not. */
export interface Cleared {
  files: number;
  bytes: number;
  /** The first error of a file that could not be removed (EACCES, EROFS), and how many. */
  failed?: { code: string; files: number };
}

/**
 * Removes the index files in the directory (only those: it may be shared), or only the index of
 * the fact file at `path`; undefined if there is no such file.
 */
export function clearIndexes(dir: string, path?: string): Cleared | undefined {
  let only: string | undefined;
  try {
    only = path === undefined ? undefined : basename(indexPath(dir, realpathSync(path)));
  } catch {
    return undefined;
  }
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { files: 0, bytes: 0 };
  }
  const cleared: Cleared = { files: 0, bytes: 0 };
  for (const name of names) {
    if (!INDEX_FILE.test(name) || (only !== undefined && !name.startsWith(only))) continue;
    const path = join(dir, name);
    try {
      // Only files: a directory or a pipe under an index's name is none, and is left alone.
      const stats = lstatSync(path);
      if (!stats.isFile()) continue;
      const { size } = stats;
      rmSync(path);
      cleared.bytes += size;
      if (name.endsWith(SUFFIX)) cleared.files += 1;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "EIO";
      // Gone already (another process cleared it): nothing to say.
      if (code !== "ENOENT")
        cleared.failed = { code: cleared.failed?.code ?? code, files: (cleared.failed?.files ?? 0) + 1 };
    }
  }
  return cleared;
}
