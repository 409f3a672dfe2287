// Reading a fact file's bytes: a file from a position, a stream as it comes, never past the size limit.
import { readSync } from "node:fs";
import { DataError } from "../errors.js";
import type { ReadMore } from "./batches.js";
import { type Limits, overLimit } from "./limits.js";

/** Reads a file from its start, a bufferful at a time; past the size limit, a DataError. */
export function fileReader(fd: number, name: string, limits: Limits): ReadMore {
  let position = 0;
  return (buffer, offset) => {
    const read = readChunk(fd, buffer, offset, position);
    position += read;
    if (position > limits.bytes) throw tooLargeError(name, limits);
    return read;
  };
}

/** The message for a file or stream read past the size limit. */
export function tooLargeError(name: string, limits: Limits): DataError {
  return new DataError(`${name}: too large: ${overLimit("bytes", limits, "bytes")}`);
}

/** How much a file is read at a time, and a stream's buffer at first. */
export const READ_BLOCK = 1 << 20;
export const STREAM_CHUNK = 1 << 16;

/**
 * Everything a file or stream (standard input, a pipe) holds, or undefined once it passes `limit`
 * bytes. The buffer starts at `expected` bytes (one more than a file's size: its last read finds
 * the end) and doubles when full.
 */
export function readUpTo(fd: number, limit: number, expected: number, from: number | null): Buffer | undefined {
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

/** Waits `ms` milliseconds without returning to the event loop (the reading is synchronous). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Bytes read into `buffer` at `offset`, from the file's `position` or, if null, where the stream is. */
export function readChunk(fd: number, buffer: Buffer, offset: number, position: number | null): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, buffer.length - offset, position);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EOF") return 0;
      if (code !== "EAGAIN") throw error;
      // Standard input in non-blocking mode says "try again" until data comes: wait a little.
      sleepSync(10);
    }
  }
}
