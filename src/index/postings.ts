// Postings: for each word, the facts it is in, in file order, and the best weight of the fields it
// is in there (all ranking needs of a word: rank.ts). On disk each is a varint of
// (facts since the last one) × WEIGHT_CODES + the weight's code.
import { type FactWords, TOKEN_CHUNK_BITS } from "../search/term-scan.js";
import { readVarints } from "./varints.js";

const TOKEN_MASK = (1 << TOKEN_CHUNK_BITS) - 1;

/** At most this many distinct field weights (fields.ts has five). */
export const WEIGHT_CODES = 8;

// A word's postings are gathered in a chain of blocks in pages of bytes, each block twice the
// last, up to MAX_BLOCK: most words are rare and take one small block, and nothing is copied as
// lists grow. A block starts with the address of the next one.
const PAGE_BITS = 20;
const PAGE = 1 << PAGE_BITS;
const FIRST_BLOCK = 16;
const MAX_BLOCK = 1024;
const NEXT = 4;

// Each term's state, side by side (one cache line for two terms: a large file has hundreds of
// thousands of words, met in no order): the fact last seen (+ 1) and the best weight's code there,
// where its next byte goes and where its last block ends, the last fact it was put down for, how
// many bytes it has, and its first and last blocks.
const SEEN = 0;
const CODE = 1;
const CURSOR = 2;
const END = 3;
const LAST_FACT = 4;
const LENGTH = 5;
const FIRST = 6;
const LAST = 7;
const STATE = 8;

/** Gathers postings fact by fact, as a file is read. */
export class PostingsBuilder {
  /** The distinct field weights met, by code. */
  readonly weights: number[] = [];
  private readonly pages: Uint8Array[] = [];
  private pageFill = PAGE;
  private state = new Int32Array(1024 * STATE);
  /** The terms of the fact being added, in the order first met. */
  private held = new Int32Array(1024);

  /** Adds the fact whose words `words` has just read, at this place in the file. */
  add(place: number, words: FactWords, count: number): void {
    this.ensure(words.terms.length, count);
    const { held, weights, state } = this;
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
      const at8 = term * STATE;
      if (state[at8 + SEEN] !== place + 1) {
        state[at8 + SEEN] = place + 1;
        state[at8 + CODE] = code;
        held[heldCount] = term;
        heldCount += 1;
      } else if ((weights[code] ?? 0) > (weights[state[at8 + CODE] ?? 0] ?? 0)) {
        state[at8 + CODE] = code;
      }
    }
    for (let next = 0; next < heldCount; next += 1) {
      const at8 = (held[next] ?? 0) * STATE;
      this.putVarint(at8, (place - (state[at8 + LAST_FACT] ?? 0)) * WEIGHT_CODES + (state[at8 + CODE] ?? 0));
      state[at8 + LAST_FACT] = place;
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

  /** Puts down a varint for the term whose state starts at `at8`. */
  private putVarint(at8: number, value: number): void {
    const { pages, state } = this;
    let cursor = state[at8 + CURSOR] ?? 0;
    let end = state[at8 + END] ?? 0;
    let length = state[at8 + LENGTH] ?? 0;
    let rest = value;
    for (;;) {
      if (cursor === end) {
        state[at8 + LENGTH] = length;
        cursor = this.nextBlock(at8);
        end = state[at8 + END] ?? 0;
      }
      const last = rest < 0x80;
      (pages[cursor >>> PAGE_BITS] as Uint8Array)[cursor & (PAGE - 1)] = last ? rest : (rest & 0x7f) | 0x80;
      cursor += 1;
      length += 1;
      if (last) break;
      rest = rest < 0x80000000 ? rest >>> 7 : Math.floor(rest / 0x80);
    }
    state[at8 + CURSOR] = cursor;
    state[at8 + LENGTH] = length;
  }

  /** A new block for the term whose state starts at `at8`, linked from its last one; returns where its first byte goes. */
  private nextBlock(at8: number): number {
    const { state } = this;
    const length = state[at8 + LENGTH] ?? 0;
    const size = length === 0 ? FIRST_BLOCK : Math.min(2 * blockSizeBefore(length), MAX_BLOCK);
    if (this.pageFill + size > PAGE) {
      this.pages.push(new Uint8Array(PAGE));
      this.pageFill = 0;
    }
    const block = ((this.pages.length - 1) << PAGE_BITS) + this.pageFill;
    this.pageFill += size;
    if (length === 0) state[at8 + FIRST] = block;
    else writeNext(this.pages, state[at8 + LAST] ?? 0, block);
    state[at8 + LAST] = block;
    state[at8 + END] = block + size;
    return block + NEXT;
  }

  private ensure(terms: number, words: number): void {
    if (words > this.held.length) this.held = new Int32Array(Math.max(words, this.held.length * 2));
    if (terms * STATE <= this.state.length) return;
    const state = new Int32Array(Math.max(terms * STATE, this.state.length * 2));
    state.set(this.state);
    this.state = state;
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

/**
 * Calls `visit(place, code)` for each posting in `bytes` (one word's); false if they are not
 * postings of `factCount` facts (a damaged index).
 */
export function readPostings(
  bytes: Uint8Array,
  factCount: number,
  visit: (place: number, code: number) => void,
): boolean {
  let place = 0;
  return readVarints(bytes, (value) => {
    place += Math.floor(value / WEIGHT_CODES);
    if (place >= factCount) return false;
    visit(place, value % WEIGHT_CODES);
    return true;
  });
}
