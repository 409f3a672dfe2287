// What is wrong at a spot the reading in batches found (see BrokenSpot): only that piece of the
// file is looked at again, so a broken file of 500 MB is reported as fast as one is read.
import type { BrokenSpot } from "./batch-parser.js";
import { duplicateKeyProblem, firstDuplicateKey } from "./duplicate-keys.js";
import { firstSyntaxError } from "./json-error.js";
import type { Problem } from "./problems.js";

/** Puts the file's bytes from `position` on into `buffer`, from its start, and says how many: 0 at the end. */
export type ReadAt = (buffer: Buffer, position: number) => number;

/** The problem at a broken spot, or undefined if jsonc-parser finds none there (the whole text then says). */
export function spotProblem(spot: BrokenSpot, readAt: ReadAt): Problem | undefined {
  const { prefix, text, firstFact } = spot;
  if (spot.fault === "encoding") {
    return {
      path: "",
      message: `not valid UTF-8: ${lineColumnOfByte(readAt, spot.start)}: bytes that are no character; save the file as UTF-8`,
    };
  }
  if (spot.fault === "duplicate-key") {
    const path = firstDuplicateKey(prefix + text);
    if (path === undefined) return undefined;
    const [index, ...rest] = path;
    return duplicateKeyProblem(
      firstFact === undefined ? path : ["facts", firstFact + (typeof index === "number" ? index : 0), ...rest],
    );
  }
  const error = firstSyntaxError(prefix + text);
  if (error === undefined) return undefined;
  const inText = text.slice(0, Math.max(0, error.offset - prefix.length));
  const byte = spot.start + Buffer.byteLength(inText);
  return { path: "", message: `not valid JSON: ${lineColumnOfByte(readAt, byte)}: ${error.what}` };
}

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * "line L, column C" of a byte, as an editor counts them: lines from 1, columns in UTF-16 units
 * (as the whole text's offsets are) from 1, a byte order mark not counted. The bytes before it
 * are read again a chunk at a time, so a line or a file of any length costs no memory.
 */
function lineColumnOfByte(readAt: ReadAt, byte: number): string {
  const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(byte, 1)));
  let line = 1;
  let column = 1;
  for (let position = 0; position < byte; ) {
    const read = readAt(buffer, position);
    if (read === 0) break;
    const end = Math.min(read, byte - position);
    let lineStart = 0;
    for (let newline = buffer.indexOf(NEWLINE, 0); newline >= 0 && newline < end; ) {
      line += 1;
      lineStart = newline + 1;
      column = 1;
      newline = buffer.indexOf(NEWLINE, lineStart);
    }
    const bom = position === 0 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
    column += utf16Units(buffer, Math.max(lineStart, bom), end);
    position += end;
  }
  return `line ${line}, column ${column}`;
}

/** UTF-16 units of the UTF-8 bytes between `start` and `end`: one a character, two past U+FFFF. */
function utf16Units(buffer: Buffer, start: number, end: number): number {
  let units = 0;
  for (let index = start; index < end; index += 1) {
    const byte = buffer[index] ?? 0;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}
