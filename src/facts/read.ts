import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { DataError, quote } from "../errors.js";
import { parseAllInBatches, parseInBatches, type ReadMore, type TakeFacts } from "./batches.js";
import { type Limits, overLimit } from "./limits.js";

/**
 * A fact file as read: its JSON, parsed as it was read and nested no deeper than the depth limit,
 * or else its text, to parse whole and say what is wrong.
 */
export type FactSource = { name: string } & ({ json: unknown; text?: undefined } | { text: string; json?: undefined });

/**
 * Reads a fact file, or standard input for "-"; a failure becomes one clear DataError. Reading
 * stops at the size limit, so a huge file or an endless pipe is refused, not held.
 */
export function readFactSource(path: string, limits: Limits): FactSource {
  const name = sourceName(path);
  let fd: number | undefined;
  try {
    fd = path === "-" ? 0 : openSync(path, "r");
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new DataError(`${name}: is a directory; give the path of a JSON fact file`);
    const tooLarge = () => tooLargeError(name, limits);
    if (stats.isFile() && stats.size > limits.bytes) {
      throw new DataError(`${name}: ${stats.size} bytes is too large: ${overLimit("bytes", limits, "bytes")}`);
    }
    if (path !== "-" && stats.isFile()) {
      // A file is parsed as it is read, and read again from the start only to say what is wrong.
      const parsed = parseAllInBatches(
        fileReader(fd, name, limits),
        Math.min(stats.size + 1, READ_BLOCK),
        limits.depth,
      );
      if (parsed) return { json: parsed.json, name };
      const bytes = readUpTo(fd, limits.bytes, stats.size + 1, 0);
      if (bytes === undefined) throw tooLarge();
      return { text: bytes.toString("utf8"), name };
    }
    // A stream cannot be read twice: its bytes are kept until they are parsed.
    const bytes = readUpTo(fd, limits.bytes, stats.isFile() ? stats.size + 1 : STREAM_CHUNK, null);
    if (bytes === undefined) throw tooLarge();
    let copied = 0;
    const parsed = parseAllInBatches(
      (buffer, offset) => {
        const count = bytes.copy(buffer, offset, copied);
        copied += count;
        return count;
      },
      READ_BLOCK,
      limits.depth,
    );
    return parsed ? { json: parsed.json, name } : { text: bytes.toString("utf8"), name };
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(
      `${name}: cannot read it (${describeFsError(error)}); check the path given with --data or UNICEF_KZ_DATA`,
    );
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

/** A regular fact file read in batches, open to read chosen facts again. */
export interface FactFileReading {
  /** The file's JSON, its facts left out (see parseInBatches). */
  json: unknown;
  /** The text between two bytes of the file: a fact's, by the bounds its batch came with. */
  textBetween(start: number, end: number): string;
  close(): void;
}

/**
 * Reads a regular file's facts into `take` a batch at a time, for a caller that keeps what it
 * needs of them. Undefined when the file is better read whole by readFactSource, which says
 * what is wrong: it cannot be opened, is not a regular file, is too large, or the reading could
 * not vouch for it (see parseInBatches).
 */
export function readFactBatches(path: string, limits: Limits, take: TakeFacts): FactFileReading | undefined {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return undefined;
  }
  const file = fd;
  try {
    const stats = fstatSync(file);
    const parsed =
      stats.isFile() && stats.size <= limits.bytes
        ? parseInBatches(
            fileReader(file, sourceName(path), limits),
            Math.min(stats.size + 1, READ_BLOCK),
            limits.depth,
            take,
          )
        : undefined;
    if (parsed === undefined) {
      closeSync(file);
      return undefined;
    }
    return {
      json: parsed.json,
      textBetween: (start, end) => {
        const bytes = Buffer.allocUnsafe(end - start);
        let length = 0;
        while (length < bytes.length) {
          const read = readChunk(file, bytes, length, start + length);
          if (read === 0) break;
          length += read;
        }
        return bytes.toString("utf8", 0, length);
      },
      close: () => closeSync(file),
    };
  } catch (error) {
    closeSync(file);
    // The whole reading says what went wrong.
    if (error instanceof DataError) throw error;
    return undefined;
  }
}

/** Reads a file from its start, a bufferful at a time; past the size limit, a DataError. */
function fileReader(fd: number, name: string, limits: Limits): ReadMore {
  let position = 0;
  return (buffer, offset) => {
    const read = readChunk(fd, buffer, offset, position);
    position += read;
    if (position > limits.bytes) throw tooLargeError(name, limits);
    return read;
  };
}

function tooLargeError(name: string, limits: Limits): DataError {
  return new DataError(`${name}: too large: ${overLimit("bytes", limits, "bytes")}`);
}

const READ_BLOCK = 1 << 20;
const STREAM_CHUNK = 1 << 16;

/**
 * Everything a file or stream (standard input, a pipe) holds, or undefined once it passes `limit`
 * bytes. The buffer starts at `expected` bytes (one more than a file's size: its last read finds
 * the end) and doubles when full.
 */
function readUpTo(fd: number, limit: number, expected: number, from: number | null): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(expected, limit + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readChunk(fd, buffer, length, from === null ? null : from + length);
    if (read === 0) break;
    length += read;
  }
  return length > limit ? undefined : buffer.subarray(0, length);
}

/** Bytes read into `buffer` at `offset`, from the file's `position` or, if null, where the stream is. */
function readChunk(fd: number, buffer: Buffer, offset: number, position: number | null): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, buffer.length - offset, position);
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
