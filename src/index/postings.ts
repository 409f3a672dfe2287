// Postings: for each word, the facts it is in, in file order, and the best weight of the fields it
// is in there (all ranking needs of a word: rank.ts). On disk each is a varint of
// (facts since the last one) × WEIGHT_CODES + the weight's code.
import { type FactWords, TOKEN_CHUNK_BITS } from "../search/term-scan.js";
import { readVarints } from "./varints.js";

const TOKEN_MASK = (1 << TOKEN_CHUNK_BITS) - 1;

/** At most this many distinct field weights (fields.ts has five). */
export const WEIGHT_CODES = 8;

/**
 * Postings of this many bytes or more have their facts counted by weight in the index
 * (weightCounts), so that a search of one word reads only the first of them (see
 * firstsCounted in search.ts): 231 words of 100,000 facts, 7,281 of a million.
 */
export const LONG_POSTINGS = 4096;

// A word's postings are gathered in a chain of blocks in pages of bytes, each block twice the
// last, up to MAX_BLOCK: most words are rare and take one small block, and nothing is copied as
// lists grow. A block starts with the address of the next one.
const PAGE_BITS = 20;
const PAGE = 1 << PAGE_BITS;
const FIRST_BLOCK = 16;
const MAX_BLOCK = 1024;
const NEXT = 4;

// Each term's state, side by side (a large file has hundreds of thousands of words, met in no
// order, and each posting is one read of it): where its next byte goes and where its last block
// ends, the last fact it was put down for, how many bytes it has, and its first and last blocks.
const CURSOR = 0;
const END = 1;
const LAST_FACT = 2;
const LENGTH = 3;
const FIRST = 4;
const LAST = 5;
const STATE = 6;

/** Gathers postings fact by fact, as a file is read. */
export class PostingsBuilder {
  /** The distinct field weights met, by code. */
  readonly weights: number[] = [];
  private readonly pages: Uint8Array[] = [];
  private pageFill = PAGE;
  private state = new Int32Array(1024 * STATE);
  // Read for every word of every fact, so apart from the state and small: the last fact each term
  // was seen in (+ 1), and its best weight's code there.
  private seen = new Int32Array(1024);
  private bestCode = new Uint8Array(1024);
  /** The terms of the fact being added, in the order first met. */
  private held = new Int32Array(1024);

  /** Adds the fact whose words `words` has just read, at this place in the file. */
  add(place: number, words: FactWords, count: number): void {
    this.ensure(words.terms.length, count);
    const { held, weights, state, seen, bestCode } = this;
    const chunks = words.chunks;
    let heldCount = 0;
    let field = 0;
    let fieldEnd = words.fieldEnds[0] ?? 0;
    let code = this.codeOf(words.fieldWeights[0] ?? 0);
    for (let at = 0; at < count; at += 1) {
      while (at >= fieldEnd) {
        field += 1;
        fieldEnd = words.fieldEnds[field] ?? count;
        code = this.codeOf(words.fieldWeights[field] ?? 0);
      }
      const term = chunks[at >> TOKEN_CHUNK_BITS]?.[at & TOKEN_MASK] ?? 0;
      if (seen[term] !== place + 1) {
        seen[term] = place + 1;
        bestCode[term] = code;
        held[heldCount] = term;
        heldCount += 1;
      } else if ((weights[code] ?? 0) > (weights[bestCode[term] ?? 0] ?? 0)) {
        bestCode[term] = code;
      }
    }
    for (let next = 0; next < heldCount; next += 1) {
      const term = held[next] ?? 0;
      const at6 = term * STATE;
      this.putVarint(at6, (place - (state[at6 + LAST_FACT] ?? 0)) * WEIGHT_CODES + (bestCode[term] ?? 0));
      state[at6 + LAST_FACT] = place;
    }
  }

  /** How many bytes a word's postings take. */
  lengthOf(term: number): number {
    return this.state[term * STATE + LENGTH] ?? 0;
  }

  /** Copies a word's postings into `target` at `at`; returns where they end. */
  copyTo(term: number, target: Uint8Array, at: number): number {
    let remaining = this.lengthOf(term);
    let block = this.state[term * STATE + FIRST] ?? 0;
    let size = FIRST_BLOCK;
    while (remaining > 0) {
      const page = this.pages[block >>> PAGE_BITS] as Uint8Array;
      const start = (block & (PAGE - 1)) + NEXT;
      const take = Math.min(remaining, size - NEXT);
      target.set(page.subarray(start, start + take), at);
      at += take;
      remaining -= take;
      block = readNext(page, block & (PAGE - 1));
      size = Math.min(size * 2, MAX_BLOCK);
    }
    return at;
  }

  private codeOf(weight: number): number {
    let code = this.weights.indexOf(weight);
    if (code < 0) {
      if (this.weights.length === WEIGHT_CODES) throw new Error(`more than ${WEIGHT_CODES} field weights`);
      code = this.weights.push(weight) - 1;
    }
    return code;
  }

  /** Puts down a varint for the term whose state starts at `at6`. */
  private putVarint(at6: number, value: number): void {
    const { pages, state } = this;
    let cursor = state[at6 + CURSOR] ?? 0;
    let end = state[at6 + END] ?? 0;
    let length = state[at6 + LENGTH] ?? 0;
    let rest = value;
    for (;;) {
      if (cursor === end) {
        state[at6 + LENGTH] = length;
        cursor = this.nextBlock(at6);
        end = state[at6 + END] ?? 0;
      }
      const last = rest < 0x80;
      (pages[cursor >>> PAGE_BITS] as Uint8Array)[cursor & (PAGE - 1)] = last ? rest : (rest & 0x7f) | 0x80;
      cursor += 1;
      length += 1;
      if (last) break;
      rest = rest < 0x80000000 ? rest >>> 7 : Math.floor(rest / 0x80);
    }
    state[at6 + CURSOR] = cursor;
    state[at6 + LENGTH] = length;
  }

  /** A new block for the term whose state starts at `at6`, linked from its last one; returns where its first byte goes. */
  private nextBlock(at6: number): number {
    const { state } = this;
    const length = state[at6 + LENGTH] ?? 0;
    const size = length === 0 ? FIRST_BLOCK : Math.min(2 * blockSizeBefore(length), MAX_BLOCK);
    if (this.pageFill + size > PAGE) {
      this.pages.push(new Uint8Array(PAGE));
      this.pageFill = 0;
    }
    const block = ((this.pages.length - 1) << PAGE_BITS) + this.pageFill;
    this.pageFill += size;
    if (length === 0) state[at6 + FIRST] = block;
    else writeNext(this.pages, state[at6 + LAST] ?? 0, block);
    state[at6 + LAST] = block;
    state[at6 + END] = block + size;
    return block + NEXT;
  }

  private ensure(terms: number, words: number): void {
    if (words > this.held.length) this.held = new Int32Array(Math.max(words, this.held.length * 2));
    if (terms <= this.seen.length) return;
    const size = Math.max(terms, this.seen.length * 2);
    const state = new Int32Array(size * STATE);
    state.set(this.state);
    this.state = state;
    const seen = new Int32Array(size);
    seen.set(this.seen);
    this.seen = seen;
    const bestCode = new Uint8Array(size);
    bestCode.set(this.bestCode);
    this.bestCode = bestCode;
  }
}

/** The size of the block a word's postings are in once they hold `length` bytes, every block full. */
function blockSizeBefore(length: number): number {
  let size = FIRST_BLOCK;
  let held = size - NEXT;
  while (held < length) {
    size = Math.min(size * 2, MAX_BLOCK);
    held += size - NEXT;
  }
  return size;
}

function readNext(page: Uint8Array, at: number): number {
  return (
    ((page[at] ?? 0) | ((page[at + 1] ?? 0) << 8) | ((page[at + 2] ?? 0) << 16) | ((page[at + 3] ?? 0) << 24)) >>> 0
  );
}

function writeNext(pages: readonly Uint8Array[], block: number, next: number): void {
  const page = pages[block >>> PAGE_BITS] as Uint8Array;
  const at = block & (PAGE - 1);
  page[at] = next & 0xff;
  page[at + 1] = (next >>> 8) & 0xff;
  page[at + 2] = (next >>> 16) & 0xff;
  page[at + 3] = (next >>> 24) & 0xff;
}

/** One word's postings: the facts it is in, in file order, and its best weight's code in each. */
export interface Postings {
  places: Int32Array;
  codes: Uint8Array;
}

/** The postings in `bytes` (one word's); undefined if they are not postings of `factCount` facts (a damaged index). */
export function readPostings(bytes: Uint8Array, factCount: number): Postings | undefined {
  // A posting takes a byte at least.
  const places = new Int32Array(bytes.length);
  const codes = new Uint8Array(bytes.length);
  const count = readPostingsInto(bytes, factCount, places, codes);
  return count < 0 ? undefined : { places: places.subarray(0, count), codes: codes.subarray(0, count) };
}

/** How many of its facts a word's postings give each weight's code; undefined if they are not postings. */
export function weightCounts(bytes: Uint8Array, factCount: number): Uint32Array | undefined {
  const postings = readPostings(bytes, factCount);
  if (!postings) return undefined;
  const counts = new Uint32Array(WEIGHT_CODES);
  for (const code of postings.codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/**
 * Reads the postings in `bytes` into `places` and `codes` (each as long as the bytes at least);
 * returns how many, or −1 if they are not postings of `factCount` facts. Into arrays kept by the
 * caller: a prefix typed in browse reads thousands of words' postings, and arrays of their own
 * were 20 ms of garbage at 100,000 facts. `after`: the fact of the posting before the bytes, for
 * postings read a piece at a time.
 */
export function readPostingsInto(
  bytes: Uint8Array,
  factCount: number,
  places: Int32Array,
  codes: Uint8Array,
  after = 0,
): number {
  if (values.length < bytes.length) values = new Float64Array(Math.max(bytes.length, 2 * values.length));
  const read = readVarints(bytes, values);
  if (!read) return -1;
  let place = after;
  for (let at = 0; at < read.length; at += 1) {
    const value = read[at] ?? 0;
    place += postingGap(value);
    if (place >= factCount) return -1;
    places[at] = place;
    codes[at] = postingCode(value);
  }
  return read.length;
}

/**
 * Reads postings a piece at a time, from `bytes(from, to)` (`length` bytes in all), each piece
 * four times the last, handing `take` each piece's postings until it returns false: a search
 * that needs only the first facts of a long list reads only its first blocks. Returns false if
 * they are not postings of `factCount` facts.
 */
export function readPostingsInPieces(
  length: number,
  factCount: number,
  bytes: (from: number, to: number) => Uint8Array,
  take: (places: Int32Array, codes: Uint8Array, count: number) => boolean,
  firstPiece = 1024,
): boolean {
  let read = 0;
  let place = 0;
  for (let size = firstPiece; read < length; size *= 4) {
    const piece = bytes(read, Math.min(length, read + size));
    // Whole postings only: up to the last byte that ends one.
    let end = piece.length;
    while (end > 0 && (piece[end - 1] ?? 0) >= 0x80) end -= 1;
    if (end === 0) return false;
    const places = new Int32Array(end);
    const codes = new Uint8Array(end);
    const count = readPostingsInto(piece.subarray(0, end), factCount, places, codes, place);
    if (count < 0) return false;
    if (!take(places, codes, count)) return true;
    place = places[count - 1] ?? 0;
    read += end;
  }
  return true;
}

/** The varints readPostingsInto reads, in an array used again. */
let values = new Float64Array(1024);

/** The facts since the word's last one, of a posting's varint. */
export const postingGap = (value: number) => Math.floor(value / WEIGHT_CODES);

/** The weight's code, of a posting's varint. */
export const postingCode = (value: number) => value % WEIGHT_CODES;
