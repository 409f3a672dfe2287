import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { DataError, quote } from "../errors.js";
import { type Limits, overLimit } from "./limits.js";

/**
 * Reads a fact file, or standard input for "-", as text; a failure becomes one clear DataError.
 * Reading stops at the size limit, so a huge file or an endless pipe is refused, not held.
 */
export function readFactSource(path: string, limits: Limits): { text: string; name: string } {
  const name = sourceName(path);
  let fd: number | undefined;
  try {
    fd = path === "-" ? 0 : openSync(path, "r");
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new DataError(`${name}: is a directory; give the path of a JSON fact file`);
    if (stats.isFile() && stats.size > limits.bytes) {
      throw new DataError(`${name}: ${stats.size} bytes is too large: ${overLimit("bytes", limits, "bytes")}`);
    }
    // A file's bytes go to a buffer of its size (readFileSync's text path grows its buffer as it
    // reads, copying it each time); they live until a garbage collection frees them. So a large
    // file, where memory counts, is decoded as it is read: its bytes and text never held together.
    if (stats.isFile() && stats.size > WHOLE_READ_BYTES) return { text: readFileSync(fd, "utf8"), name };
    const bytes = readUpTo(fd, limits.bytes, stats.isFile() ? stats.size + 1 : STREAM_CHUNK);
    if (bytes === undefined) throw new DataError(`${name}: too large: ${overLimit("bytes", limits, "bytes")}`);
    return { text: bytes.toString("utf8"), name };
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(
      `${name}: cannot read it (${describeFsError(error)}); check the path given with --data or UNICEF_KZ_DATA`,
    );
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

const WHOLE_READ_BYTES = 32 * 1024 * 1024;
const STREAM_CHUNK = 1 << 16;

/**
 * Everything a file or stream (standard input, a pipe) holds, or undefined once it passes `limit`
 * bytes. The buffer starts at `expected` bytes (one more than a file's size: its last read finds
 * the end) and doubles when full.
 */
function readUpTo(fd: number, limit: number, expected: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(expected, limit + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readChunk(fd, buffer, length);
    if (read === 0) break;
    length += read;
  }
  return length > limit ? undefined : buffer.subarray(0, length);
}

function readChunk(fd: number, buffer: Buffer, offset: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, buffer.length - offset, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EOF") return 0;
      if (code !== "EAGAIN") throw error;
      // Standard input in non-blocking mode says "try again" until data comes: wait a little.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** How messages name a fact file: its path (escaped if it holds control characters), or standard input for "-". */
export function sourceName(path: string): string {
  if (path === "-") return "(standard input)";
  return /[\u0000-\u001f\u007f-\u009f]/.test(path) ? quote(path, 200) : path;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return code ?? String(error);
}
