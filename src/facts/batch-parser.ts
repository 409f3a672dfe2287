// The byte scanner behind parseInBatches (see batches.ts): it finds the facts array's elements
// and hands them on a batch at a time.
import { isUtf8 } from "node:buffer";
import { countKeys } from "./duplicate-keys.js";

// A batch's text stays under V8's largest young object (128 KiB): it has at most one UTF-16 unit
// per byte, and is copied once more to put brackets around it.
const BATCH_BYTES = 24 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Takes each batch of facts as it is parsed, with where each fact's text lies in the bytes: fact
 * i of the batch lies between bytes `bounds[i]` and `bounds[i + 1]` (the commas or brackets
 * around it, left out). False stops the reading: the caller has seen enough.
 */
export type TakeFacts = (facts: unknown[], bounds: number[]) => boolean;

/**
 * Where a reading in batches found the bytes are not a fact file JSON can read: `text` is a piece
 * of them that, put after `prefix`, parses as the file does up to there, so the first error in
 * it is the file's first. A fault found this way is the file's, and needs none of the rest of it.
 */
export interface BrokenSpot {
  /**
   * Not JSON, an object with a key twice (JSON.parse keeps the last and says nothing), or bytes
   * that are not UTF-8 at `start` (decoding would put U+FFFD in their place and say nothing).
   */
  fault: "syntax" | "duplicate-key" | "encoding";
  /** "[" for a piece of the facts array, or the file's head for its tail. */
  prefix: string;
  text: string;
  /** Where `text` starts in the file, in bytes. */
  start: number;
  /** For a piece of the facts array: the index of its first fact. */
  firstFact?: number;
}

/**
 * What a reading in batches made of the bytes: their value, or why it stopped: `take` asked it
 * to, or a fault it can vouch for. Undefined when it cannot vouch for anything (see parseInBatches).
 */
export type BatchOutcome = { json: unknown } | { stopped: true } | { broken: BrokenSpot } | undefined;

/** Scans a fact file's bytes as they are read; see parseInBatches. */
export class BatchParser {
  buffer: Buffer;
  /** Bytes read into the buffer. */
  length = 0;
  private scanned = 0;
  // Bytes before `kept` are parsed or decoded; a batch runs from `kept` to a separating comma.
  kept = 0;
  /** Where the buffer's first byte is in the file. */
  private offset = 0;
  private depth = 0;
  private inString = false;
  private stringStart = 0;
  private afterFactsKey = false;
  private stage: "head" | "facts" | "tail" = "head";
  /** The text before the facts array's elements. */
  private head = "";
  /** Where the elements of the batch being read begin and end: the bytes before, between and after them. */
  private bounds: number[] = [];
  private taken = 0;
  /** Colons outside strings: one a key. */
  private colons = 0;
  /** Colons before the batch being read, and before the facts array's elements and after them. */
  private colonsBefore = 0;
  private colonsOutside = 0;
  /** Why the reading ended early, if it can say. */
  stopped = false;
  broken: BrokenSpot | undefined;

  constructor(
    bufferSize: number,
    private readonly maxDepth: number,
    private readonly take: TakeFacts,
  ) {
    this.buffer = Buffer.allocUnsafeSlow(Math.max(bufferSize, 16));
  }

  /** The buffer, with room after `length`: what is not yet parsed moves to the front, into a larger buffer if it fills half. */
  roomToRead(): Buffer {
    const { buffer, kept } = this;
    if (this.length < buffer.length) return buffer;
    const target = kept >= buffer.length / 2 ? buffer : Buffer.allocUnsafeSlow(buffer.length * 2);
    buffer.copy(target, 0, kept, this.length);
    this.buffer = target;
    this.length -= kept;
    this.scanned -= kept;
    this.stringStart -= kept;
    this.offset += kept;
    this.kept = 0;
    return target;
  }

  /** Scans the bytes read so far; false once they cannot be a fact file read this way. */
  scan(): boolean {
    const { buffer, length } = this;
    let scanned = this.scanned;
    let depth = this.depth;
    let ok = true;
    while (scanned < length) {
      if (this.inString) {
        const quote = closingQuote(buffer, scanned, length);
        if (quote < 0) {
          scanned = length;
          break;
        }
        this.inString = false;
        scanned = quote + 1;
        if (depth === 1) {
          this.afterFactsKey =
            quote - this.stringStart === 6 && buffer.toString("latin1", this.stringStart + 1, quote) === "facts";
        }
        continue;
      }
      const byte = buffer[scanned];
      if (byte === QUOTE) {
        this.inString = true;
        this.stringStart = scanned;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        if (depth === 1 && byte === OPEN_BRACKET && this.afterFactsKey && !this.startFacts(scanned)) ok = false;
        depth += 1;
        if (depth > this.maxDepth) ok = false;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth -= 1;
        if (depth === 1 && this.stage === "facts" && !this.endFacts(scanned)) ok = false;
      } else if (byte === COMMA && depth === 2 && this.stage === "facts" && !this.separate(scanned)) {
        ok = false;
      } else if (byte === COLON) {
        this.colons += 1;
      }
      if (!ok) break;
      if (depth === 1 && byte !== QUOTE && byte !== COLON && !isBlankByte(byte)) this.afterFactsKey = false;
      scanned += 1;
    }
    this.scanned = scanned;
    this.depth = depth;
    return ok;
  }

  /** The file's value, once every byte is read and scanned; see parseInBatches. */
  finish(): BatchOutcome {
    // The facts array never closed: the bytes end inside it.
    if (this.stage === "facts") return { broken: this.spot("syntax", this.length) };
    if (this.stage !== "tail") return undefined;
    const tail = this.buffer.toString("utf8", this.kept, this.length);
    const tailSpot = (fault: BrokenSpot["fault"]): BatchOutcome => ({
      broken: { fault, prefix: this.head, text: tail, start: this.offset + this.kept },
    });
    let file: unknown;
    try {
      file = JSON.parse(this.head + tail);
    } catch {
      return tailSpot("syntax");
    }
    const left = (file as { facts?: unknown }).facts;
    if (!Array.isArray(left) || left.length !== 0) return undefined;
    if (!isUtf8(this.buffer.subarray(this.kept, this.length))) return { broken: this.notUtf8(this.kept, this.length) };
    if (countKeys(file) !== this.colonsOutside + this.colons - this.colonsBefore) return tailSpot("duplicate-key");
    return { json: file };
  }

  private startFacts(bracket: number): boolean {
    if (this.stage !== "head") return false;
    this.head = this.buffer.toString("utf8", startsWithBom(this.buffer) ? BOM.length : 0, bracket + 1);
    // Checked now, so that a fault found later in the facts is known to be the file's first.
    try {
      if (countKeys(JSON.parse(`${this.head}]}`)) !== this.colons) return false;
    } catch {
      return false;
    }
    if (!isUtf8(this.buffer.subarray(0, bracket + 1))) {
      this.broken = this.notUtf8(0, bracket + 1);
      return false;
    }
    this.kept = bracket + 1;
    this.bounds = [this.offset + bracket];
    this.colonsOutside = this.colons;
    this.colonsBefore = this.colons;
    this.stage = "facts";
    return true;
  }

  private separate(comma: number): boolean {
    this.bounds.push(this.offset + comma);
    if (comma - this.kept < BATCH_BYTES) return true;
    if (!this.parseBatch(comma)) return false;
    this.kept = comma + 1;
    this.bounds = [this.offset + comma];
    this.colonsBefore = this.colons;
    return true;
  }

  private endFacts(bracket: number): boolean {
    // A brace that closes the facts array: the file is broken here, in the array's context.
    if (this.buffer[bracket] === CLOSE_BRACE) {
      this.broken = this.spot("syntax", bracket + 1);
      return false;
    }
    const empty = this.taken === 0 && this.bounds.length === 1 && isBlank(this.buffer, this.kept, bracket);
    this.bounds.push(this.offset + bracket);
    if (!empty && !this.parseBatch(bracket)) return false;
    this.kept = bracket;
    this.colonsBefore = this.colons;
    this.stage = "tail";
    return true;
  }

  /** Parses the elements from `kept` to `end`: one between each two bounds, so as many as there are commas plus one. */
  private parseBatch(end: number): boolean {
    let batch: unknown;
    try {
      batch = JSON.parse(`[${this.buffer.toString("utf8", this.kept, end)}]`);
    } catch {
      this.broken = this.spot("syntax", end);
      return false;
    }
    if (!Array.isArray(batch) || batch.length !== this.bounds.length - 1) return false;
    if (!isUtf8(this.buffer.subarray(this.kept, end))) {
      this.broken = this.notUtf8(this.kept, end);
      return false;
    }
    if (countKeys(batch) !== this.colons - this.colonsBefore) {
      this.broken = this.spot("duplicate-key", end);
      return false;
    }
    this.taken += batch.length;
    this.stopped = !this.take(batch, this.bounds);
    return !this.stopped;
  }

  /** The first bytes from `start` to `end` that are not UTF-8, as a BrokenSpot. */
  private notUtf8(start: number, end: number): BrokenSpot {
    return { fault: "encoding", prefix: "", text: "", start: this.offset + firstNotUtf8(this.buffer, start, end) };
  }

  /** The elements from `kept` to `end` as a BrokenSpot. */
  private spot(fault: BrokenSpot["fault"], end: number): BrokenSpot {
    const text = this.buffer.toString("utf8", this.kept, end);
    return { fault, prefix: "[", text, start: this.offset + this.kept, firstFact: this.taken };
  }
}

/**
 * Where the first byte from `start` to `end` is that does not begin or continue a UTF-8 character
 * (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), or `end` if none does.
 * Run only once node:buffer's isUtf8 has said some byte is not.
 */
export function firstNotUtf8(bytes: Uint8Array, start: number, end: number): number {
  for (let at = start; at < end; ) {
    const lead = bytes[at] ?? 0;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || at + length > end) return at;
    // The second byte's range is narrower after these leads: overlong forms, surrogates, past U+10FFFF.
    const second = bytes[at + 1] ?? 0;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return at;
    for (let next = at + 2; next < at + length; next += 1) {
      const byte = bytes[next] ?? 0;
      if (byte < 0x80 || byte > 0xbf) return at;
    }
    at += length;
  }
  return end;
}

/** Where the string being read ends (its closing quote), or -1 if it goes on past `end`. */
function closingQuote(buffer: Buffer, from: number, end: number): number {
  for (let start = from; ; ) {
    const quote = buffer.indexOf(QUOTE, start);
    if (quote < 0 || quote >= end) return -1;
    let backslash = quote - 1;
    while (buffer[backslash] === BACKSLASH) backslash -= 1;
    if ((quote - backslash) % 2 === 1) return quote;
    start = quote + 1;
  }
}

function startsWithBom(buffer: Buffer): boolean {
  return BOM.every((byte, index) => buffer[index] === byte);
}

function isBlankByte(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function isBlank(buffer: Buffer, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (!isBlankByte(buffer[index])) return false;
  return true;
}
