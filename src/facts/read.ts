import { constants } from "node:buffer";
import { closeSync, fstatSync, lstatSync, openSync, statSync, writeSync } from "node:fs";
import { DataError, errnoWords, quote, shorten } from "../errors.js";
import { isTerminal } from "../stdio.js";
import type { TakeFacts } from "./batch-parser.js";
import { parseAllInBatches, parseInBatches } from "./batches.js";
import { type ReadAt, spotProblem } from "./broken-spot.js";
import { type Limits, overLimit, tooManyFacts } from "./limits.js";
import type { Problem } from "./problems.js";
import { fileReader, READ_BLOCK, readChunk, readUpTo, STREAM_CHUNK, tooLargeError } from "./read-bytes.js";

/**
 * A fact file as read: its JSON, parsed as it was read and nested no deeper than the depth limit;
 * or the first problem the reading found (too many facts, a spot that is not JSON); or else its
 * text, to parse whole and say what is wrong.
 */
export type FactSource = { name: string } & (
  | { json: unknown; text?: undefined; problem?: undefined }
  | { problem: Problem; json?: undefined; text?: undefined }
  | { text: string; json?: undefined; problem?: undefined }
);

/**
 * Reads a fact file, or standard input for "-"; a failure becomes one clear DataError. Reading
 * stops at the size limit, so a huge file or an endless pipe is refused, not held.
 */
export function readFactSource(path: string, limits: Limits): FactSource {
  const name = sourceName(path);
  let fd: number | undefined;
  try {
    if (path !== "-") checkFileKind(path, name);
    // A person who typed --data - at a prompt would wait with no word of why, as on any device.
    else if (isTerminal(0)) {
      throw new DataError(
        `${name}: is a terminal, not facts; pipe them in (\`cat facts.json | unicef-kz … --data -\`), or give the path of a JSON fact file`,
      );
    }
    fd = path === "-" ? 0 : openSync(path, "r");
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.size > limits.bytes) {
      throw new DataError(`${name}: ${stats.size} bytes is too large: ${overLimit("bytes", limits, "bytes")}`);
    }
    if (path !== "-" && stats.isFile()) return readRegularFile(fd, name, stats.size, limits);
    return readStream(fd, name, stats.isFile() ? stats.size + 1 : STREAM_CHUNK, limits);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${name}: ${cannotRead(error, path)}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

/** A regular file is parsed as it is read, and read again from the start only to say what is wrong. */
function readRegularFile(fd: number, name: string, size: number, limits: Limits): FactSource {
  const outcome = parseAllInBatches(
    fileReader(fd, name, limits),
    Math.min(size + 1, READ_BLOCK),
    limits.depth,
    limits.facts,
  );
  const known = knownSource(outcome, name, limits, (buffer, position) => readChunk(fd, buffer, 0, position));
  if (known) return known;
  // Read whole to locate what is wrong (jsonc-parser): as one string, if one can hold it.
  if (size > constants.MAX_STRING_LENGTH) {
    throw new DataError(
      `${name}: is not a fact file that unicef-kz can read, and too large (${size} bytes) to say where: files of up to ${constants.MAX_STRING_LENGTH} bytes are; check it with \`jq empty\``,
    );
  }
  const bytes = readUpTo(fd, limits.bytes, size + 1, 0);
  if (bytes === undefined) throw tooLargeError(name, limits);
  return { text: bytes.toString("utf8"), name };
}

/** A stream cannot be read twice: its bytes are kept until they are parsed. */
function readStream(fd: number, name: string, expected: number, limits: Limits): FactSource {
  // Held whole, and read as one string if it is not a fact file: no more than a string holds.
  const held = { ...limits, bytes: Math.min(limits.bytes, constants.MAX_STRING_LENGTH) };
  const bytes = readUpTo(fd, held.bytes, expected, null);
  if (bytes === undefined && held.bytes === constants.MAX_STRING_LENGTH) {
    throw new DataError(
      `${name}: too large: a stream is held whole, at most ${held.bytes} bytes; save it to a file and raise UNICEF_KZ_MAX_BYTES past its size`,
    );
  }
  if (bytes === undefined) throw tooLargeError(name, held);
  let copied = 0;
  const outcome = parseAllInBatches(
    (buffer, offset) => {
      const count = bytes.copy(buffer, offset, copied);
      copied += count;
      return count;
    },
    READ_BLOCK,
    limits.depth,
    limits.facts,
  );
  const known = knownSource(outcome, name, limits, (buffer, position) => bytes.copy(buffer, 0, position));
  return known ?? { text: bytes.toString("utf8"), name };
}

/** What the reading in batches could vouch for, as a FactSource; undefined if nothing. */
function knownSource(
  outcome: ReturnType<typeof parseAllInBatches>,
  name: string,
  limits: Limits,
  readAt: ReadAt,
): FactSource | undefined {
  if (outcome === undefined) return undefined;
  if ("json" in outcome) return { json: outcome.json, name };
  if ("tooManyFacts" in outcome) return { problem: tooManyFacts(limits), name };
  const problem = spotProblem(outcome.broken, readAt);
  return problem && { problem, name };
}

/**
 * Refuses what is not a file or a pipe before it is opened: a directory, a device (/dev/kmsg,
 * a terminal: reading one waits for ever), a socket. A named pipe is read, and opening one waits
 * for a writer: on a terminal, a line on stderr says so.
 */
function checkFileKind(path: string, name: string): void {
  const stats = statSync(path);
  if (stats.isDirectory()) throw new DataError(`${name}: is a directory; give the path of a JSON fact file`);
  if (stats.isFile()) return;
  if (stats.isFIFO()) {
    // /dev/fd/N of `--data <(command)` is a link to a pipe that has its writer already.
    if (lstatSync(path).isFIFO() && isTerminal(2)) writeNotice(`unicef-kz: waiting for input on ${name}…\n`);
    return;
  }
  const kind = stats.isCharacterDevice() ? "a device" : stats.isBlockDevice() ? "a block device" : "a socket";
  throw new DataError(
    `${name}: is ${kind}, not a file; give the path of a JSON fact file, or - and the facts on standard input`,
  );
}

/** A line on stderr that says what the program waits for; if stderr cannot take it, the wait goes on without it. */
function writeNotice(text: string): void {
  try {
    writeSync(2, text);
  } catch {
    // Nothing to do: the notice is a courtesy.
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
    // Asked before opening: opening a named pipe waits for its writer, and what it writes is read once.
    if (!statSync(path).isFile()) return undefined;
    fd = openSync(path, "r");
  } catch {
    return undefined;
  }
  const file = fd;
  // What `take` throws is the caller's to hear (an index refusing the file), not a reading that failed.
  let takeFailed: { error: unknown } | undefined;
  const taking: TakeFacts = (facts, bounds) => {
    try {
      return take(facts, bounds);
    } catch (error) {
      takeFailed = { error };
      throw error;
    }
  };
  try {
    const stats = fstatSync(file);
    const parsed =
      stats.isFile() && stats.size <= limits.bytes
        ? parseInBatches(
            fileReader(file, sourceName(path), limits),
            Math.min(stats.size + 1, READ_BLOCK),
            limits.depth,
            taking,
          )
        : undefined;
    if (parsed === undefined || !("json" in parsed)) {
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
    if (error instanceof DataError || error === takeFailed?.error) throw error;
    return undefined;
  }
}

/** How messages name a fact file: its path (escaped if it holds control characters, cut if long), or standard input for "-". */
export function sourceName(path: string): string {
  if (path === "-") return "(standard input)";
  return /[\u0000-\u001f\u007f-\u009f]/.test(path) ? quote(path, 80) : shorten(path);
}

/** Why a file cannot be read, and how to fix it. */
function cannotRead(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  // Node reads the command line as UTF-8: bytes that are not become U+FFFD, a name no file has.
  if (code === "ENOENT" && path.includes("\ufffd")) {
    return "cannot open a file whose name is not valid UTF-8; rename it, or give it on standard input: --data - < FILE";
  }
  return `cannot read it (${errnoWords(error)}); check the path given with --data or UNICEF_KZ_DATA`;
}
