import { existsSync, readdirSync, realpathSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { basename, isAbsolute, join } from "node:path";
import { checksum } from "../checksum.js";
import { indexedFactFile } from "./reader.js";

/** Where saved indexes go, or undefined when they are neither read nor written. */
export type CacheDir = string | undefined;

/**
 * The cache directory: $UNICEF_KZ_CACHE_DIR, else $XDG_CACHE_HOME/unicef-kz (an absolute path,
 * as the XDG spec asks), else ~/.cache/unicef-kz; none with `--no-cache` or UNICEF_KZ_CACHE=0.
 */
export function cacheDir(env: NodeJS.ProcessEnv, enabled: boolean): CacheDir {
  if (!enabled || env.UNICEF_KZ_CACHE === "0") return undefined;
  if (env.UNICEF_KZ_CACHE_DIR) return env.UNICEF_KZ_CACHE_DIR;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "unicef-kz");
  const home = env.HOME || homedir();
  return home ? join(home, ".cache", "unicef-kz") : undefined;
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
    if (!name.endsWith(SUFFIX) || !INDEX_FILE.test(name) || path === kept) continue;
    try {
      const factFile = indexedFactFile(path);
      if (factFile !== undefined && existsSync(factFile)) continue;
      rmSync(path, { force: true });
      removed += 1;
    } catch {
      // Not readable, or not ours to remove: left as it is.
    }
  }
  return removed;
}

/** What `index --clear` removed. */
export interface Cleared {
  files: number;
  bytes: number;
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
  const cleared = { files: 0, bytes: 0 };
  for (const name of names) {
    if (!INDEX_FILE.test(name) || (only !== undefined && !name.startsWith(only))) continue;
    const path = join(dir, name);
    try {
      cleared.bytes += statSync(path).size;
      rmSync(path, { force: true });
      cleared.files += 1;
    } catch {
      // Gone already, or not ours to remove: the next search makes do without it.
    }
  }
  return cleared;
}
