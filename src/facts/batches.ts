// A fact file is parsed a batch of facts at a time, as it is read, not as one text. The text of
// a whole file takes twice its size or more (UTF-16), and the bytes it is decoded from take its
// size again; on machines where memory first touched costs more than the work done in it, making
// them was most of the time a large file took. A batch of a few dozen facts is decoded and parsed
// in V8's young generation, whose pages are used again and again.

/** Puts more bytes into `buffer`, from `offset` on, and says how many: 0 at the end. */
export type ReadMore = (buffer: Buffer, offset: number) => number;

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

/** The value `JSON.parse` gives for the bytes, facts and all, as `parseInBatches` reads them. */
export function parseAllInBatches(
  readMore: ReadMore,
  bufferSize: number,
  maxDepth: number,
): { json: unknown } | undefined {
  const facts: unknown[] = [];
  const parsed = parseInBatches(readMore, bufferSize, maxDepth, (batch) => {
    for (const fact of batch) facts.push(fact);
    return true;
  });
  if (parsed) (parsed.json as { facts: unknown[] }).facts = facts;
  return parsed;
}

/**
 * The value `JSON.parse` gives for the bytes a fact file's reader yields, with its facts handed
 * to `take` (the value's "facts" array is left empty), or undefined if this reading cannot vouch
 * for it: the bytes are not JSON, a value is nested deeper than `maxDepth` (the top level is 0),
 * the "facts" array is not found once in the top-level object, or `take` stopped it. The caller
 * then parses the whole text, which also says what is wrong.
 *
 * How: the bytes are scanned (strings skipped whole) to find the "facts" array's elements. The
 * file with that array's contents left out is parsed on its own, then the elements, a batch at a
 * time; each batch must hold as many elements as it has separating commas plus one, so that an
 * empty element (`[1,,2]`, `[,]`) is not read as none.
 */
export function parseInBatches(
  readMore: ReadMore,
  bufferSize: number,
  maxDepth: number,
  take: TakeFacts,
): { json: unknown } | undefined {
  const parser = new BatchParser(bufferSize, maxDepth, take);
  for (;;) {
    const read = readMore(parser.roomToRead(), parser.length);
    if (read === 0) return parser.finish();
    parser.length += read;
    if (!parser.scan()) return undefined;
  }
}

class BatchParser {
  buffer: Buffer;
  /** Bytes read into the buffer. */
  length = 0;
  private scanned = 0;
  // Bytes before `kept` are parsed or decoded; a batch runs from `kept` to a separating comma.
  private kept = 0;
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
      }
      if (!ok) break;
      if (depth === 1 && byte !== QUOTE && byte !== COLON && !isBlankByte(byte)) this.afterFactsKey = false;
      scanned += 1;
    }
    this.scanned = scanned;
    this.depth = depth;
    return ok;
  }

  /** The file's value, once every byte is read and scanned. */
  finish(): { json: unknown } | undefined {
    if (this.stage !== "tail") return undefined;
    let file: unknown;
    try {
      file = JSON.parse(this.head + this.buffer.toString("utf8", this.kept, this.length));
    } catch {
      return undefined;
    }
    const left = (file as { facts?: unknown }).facts;
    if (!Array.isArray(left) || left.length !== 0) return undefined;
    return { json: file };
  }

  private startFacts(bracket: number): boolean {
    if (this.stage !== "head") return false;
    this.head = this.buffer.toString("utf8", startsWithBom(this.buffer) ? BOM.length : 0, bracket + 1);
    this.kept = bracket + 1;
    this.bounds = [this.offset + bracket];
    this.stage = "facts";
    return true;
  }

  private separate(comma: number): boolean {
    this.bounds.push(this.offset + comma);
    if (comma - this.kept < BATCH_BYTES) return true;
    if (!this.parseBatch(comma)) return false;
    this.kept = comma + 1;
    this.bounds = [this.offset + comma];
    return true;
  }

  private endFacts(bracket: number): boolean {
    const empty = this.taken === 0 && this.bounds.length === 1 && isBlank(this.buffer, this.kept, bracket);
    this.bounds.push(this.offset + bracket);
    if (!empty && !this.parseBatch(bracket)) return false;
    this.kept = bracket;
    this.stage = "tail";
    return true;
  }

  /** Parses the elements from `kept` to `end`: one between each two bounds, so as many as there are commas plus one. */
  private parseBatch(end: number): boolean {
    let batch: unknown;
    try {
      batch = JSON.parse(`[${this.buffer.toString("utf8", this.kept, end)}]`);
    } catch {
      return false;
    }
    if (!Array.isArray(batch) || batch.length !== this.bounds.length - 1) return false;
    this.taken += batch.length;
    return this.take(batch, this.bounds);
  }
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
