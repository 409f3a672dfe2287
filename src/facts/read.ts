import { readFileSync, statSync } from "node:fs";
import { DataError } from "../errors.js";

// Larger files are refused before reading, not after an out-of-memory crash; V8 cannot hold
// a string much past 512 MiB anyway.
const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/** Reads a fact file, or standard input for "-", as text; a failure becomes one clear DataError. */
export function readFactSource(path: string, env: NodeJS.ProcessEnv): { text: string; name: string } {
  const name = sourceName(path);
  const limit = Number(env.UNICEF_KZ_MAX_BYTES) > 0 ? Number(env.UNICEF_KZ_MAX_BYTES) : DEFAULT_MAX_BYTES;
  try {
    if (path !== "-") {
      const stats = statSync(path);
      if (stats.isDirectory()) throw new DataError(`${name}: is a directory; give the path of a JSON fact file`);
      if (stats.size > limit) {
        throw new DataError(
          `${name}: ${stats.size} bytes is over the limit of ${limit}; raise it with UNICEF_KZ_MAX_BYTES=<bytes>`,
        );
      }
    }
    // Reading bytes and decoding them is faster than readFileSync(path, "utf8") in Node 20.
    const bytes = readFileSync(path === "-" ? 0 : path);
    if (bytes.length > limit) {
      throw new DataError(`${name}: over the limit of ${limit} bytes; raise it with UNICEF_KZ_MAX_BYTES=<bytes>`);
    }
    return { text: bytes.toString("utf8"), name };
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(
      `${name}: cannot read it (${describeFsError(error)}); check the path given with --data or UNICEF_KZ_DATA`,
    );
  }
}

/** How messages name a fact file: its path, or standard input for "-". */
export function sourceName(path: string): string {
  return path === "-" ? "(standard input)" : path;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return code ?? String(error);
}
