import type { Fact } from "../facts/schema.js";
import { searchableFields } from "./fields.js";
import { normalizeText, tokenize } from "./normalize.js";
import { acceptsWord, isAccepted, readUnit, type TokenFilter, WORD_START } from "./token-filter.js";

/**
 * Every word of every fact, as ids into one table of distinct words. Reading a large file word
 * by word is most of what search costs (100,000 facts hold about ten million words), so this is
 * one pass over the text that allocates a string only for a word it has not seen before;
 * everything after it works on integer ids. With a filter (one query's, see token-filter.ts),
 * only the words the filter accepts become terms and tokens.
 */
export interface ScannedFacts {
  /** Distinct normalised words (that the filter accepts); a word's id is its index here. */
  terms: string[];
  /**
   * The words of all fields, field after field, as term ids, in chunks of TOKEN_CHUNK (a saved
   * index's last chunk may be shorter): a growing array would be copied as it doubles and hold
   * twice the memory it needs.
   */
  tokenChunks: Int32Array[];
  /** For each field: where its words end in the token sequence, whose fact it is, and its weight. */
  fieldEnds: Int32Array;
  fieldFacts: Int32Array;
  fieldWeights: Float64Array;
}

export const TOKEN_CHUNK_BITS = 16;
const TOKEN_CHUNK = 1 << TOKEN_CHUNK_BITS;

// Up to this many facts, words are split by the regular expression engine, which is fast from
// the first call; the scanning loop is fast only once V8 has optimised it, and a short run
// would leave the optimising compiler busy when the process wants to exit.
const SMALL_BOOK = 1000;

/** Scans the searchable fields of every fact (see fields.ts). */
export function scanFacts(facts: readonly Fact[], filter?: TokenFilter, smallBook = SMALL_BOOK): ScannedFacts {
  const scanner = new FactScanner(filter, facts.length <= smallBook);
  for (const fact of facts) scanner.add(fact);
  return scanner.scanned();
}

/** Scans facts one by one, as a file is read (see scanFacts). */
export class FactScanner {
  private readonly scanner: Scanner;
  private readonly fieldEnds: number[] = [];
  private readonly fieldFacts: number[] = [];
  private readonly fieldWeights: number[] = [];
  private factCount = 0;

  /** `small`: few facts, split by the regular expression engine (see SMALL_BOOK). */
  constructor(
    filter: TokenFilter | undefined,
    private readonly small: boolean,
  ) {
    this.scanner = new Scanner(filter);
  }

  add(fact: Fact): void {
    for (const { text, weight } of searchableFields(fact)) {
      scanField(this.scanner, text, this.small);
      this.fieldEnds.push(this.scanner.tokenCount);
      this.fieldFacts.push(this.factCount);
      this.fieldWeights.push(weight);
    }
    this.factCount += 1;
  }

  /** The facts added so far, scanned. */
  scanned(): ScannedFacts {
    return {
      terms: this.scanner.terms,
      tokenChunks: this.scanner.chunks,
      fieldEnds: Int32Array.from(this.fieldEnds),
      fieldFacts: Int32Array.from(this.fieldFacts),
      fieldWeights: Float64Array.from(this.fieldWeights),
    };
  }
}

/** Adds the words of one field's text to the scanner's tokens (see FactScanner's `small`). */
function scanField(scanner: Scanner, text: string, small: boolean): void {
  const start = scanner.tokenCount;
  if (small) {
    for (const word of tokenize(text)) scanner.addWord(word);
  } else if (!scanner.scan(text, false)) {
    scanner.rewind(start);
    scanner.scan(normalizeText(text), true);
  }
}

/**
 * The words of one fact at a time, as ids into the table of every word seen so far: an index is
 * built fact by fact, and keeping every fact's words (ten million at 100,000 facts) would only
 * cost memory.
 */
export class FactWords {
  private readonly scanner = new Scanner(undefined);
  /** Where each field of the fact last read ends in its words, and the field's weight. */
  readonly fieldEnds: number[] = [];
  readonly fieldWeights: number[] = [];

  /** `small`: as FactScanner's. */
  constructor(private readonly small: boolean) {}

  /** Every distinct word read so far; a word's id is its place here. */
  get terms(): readonly string[] {
    return this.scanner.terms;
  }

  /** Reads a fact's words, forgetting the last fact's, and says how many (see `chunks`). */
  read(fact: Fact): number {
    this.scanner.forgetTokens();
    this.fieldEnds.length = 0;
    this.fieldWeights.length = 0;
    for (const { text, weight } of searchableFields(fact)) {
      scanField(this.scanner, text, this.small);
      this.fieldEnds.push(this.scanner.tokenCount);
      this.fieldWeights.push(weight);
    }
    return this.scanner.tokenCount;
  }

  /** The fact's words as term ids, in chunks of TOKEN_CHUNK (see ScannedFacts's tokenChunks). */
  get chunks(): readonly Int32Array[] {
    return this.scanner.chunks;
  }
}

/** ScannedFacts as JSON, for the build to save the shipped book's (see shipped.ts). */
export interface ScannedFactsJson {
  terms: string[];
  tokens: number[];
  fieldEnds: number[];
  fieldFacts: number[];
  fieldWeights: number[];
}

export function scannedToJson(scanned: ScannedFacts): ScannedFactsJson {
  const count = scanned.fieldEnds.at(-1) ?? 0;
  const tokens = scanned.tokenChunks.flatMap((chunk) => [...chunk]).slice(0, count);
  return {
    terms: scanned.terms,
    tokens,
    fieldEnds: [...scanned.fieldEnds],
    fieldFacts: [...scanned.fieldFacts],
    fieldWeights: [...scanned.fieldWeights],
  };
}

export function scannedFromJson(json: ScannedFactsJson): ScannedFacts {
  const tokenChunks: Int32Array[] = [];
  for (let start = 0; start < json.tokens.length; start += TOKEN_CHUNK) {
    // The last chunk only as long as it needs to be: readers stop at the last field's end.
    const chunk = new Int32Array(Math.min(TOKEN_CHUNK, json.tokens.length - start));
    for (let i = 0; i < chunk.length; i += 1) chunk[i] = json.tokens[start + i] ?? 0;
    tokenChunks.push(chunk);
  }
  return {
    terms: json.terms,
    tokenChunks,
    fieldEnds: Int32Array.from(json.fieldEnds),
    fieldFacts: Int32Array.from(json.fieldFacts),
    fieldWeights: Float64Array.from(json.fieldWeights),
  };
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const UNKNOWN = -2;
const BREAK = -1;
// A unit whose lower case is not one unit of its own (İ, Σ, surrogates): its text is normalised whole.
const NOT_ONE_UNIT = -3;

/**
 * Each UTF-16 unit's normalised unit if that is part of a word, BREAK if not; learned on first
 * sight. Made on the first large scan: small books never need it, and start-up should not pay.
 */
let normalizedUnit: Int32Array | undefined;

function learnUnit(normalizedUnit: Int32Array, unit: number): number {
  const character = String.fromCharCode(unit);
  const lower = normalizeText(character);
  // Σ lowers to σ or ς depending on the next letter; surrogates lower only as a pair.
  const oneUnit = lower.length === 1 && unit !== 0x3a3 && (unit < 0xd800 || unit > 0xdfff);
  const value = !oneUnit ? NOT_ONE_UNIT : WORD_CHARACTER.test(lower) ? lower.charCodeAt(0) : BREAK;
  normalizedUnit[unit] = value;
  return value;
}

function isWordCharacter(unit: number): boolean {
  return WORD_CHARACTER.test(String.fromCharCode(unit));
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const DJB_OFFSET = 5381;

/** Splits texts into the same words as `tokenize` (a test holds the two together) and interns them. */
class Scanner {
  /** Distinct words the filter accepts; a word's id is its index. */
  readonly terms: string[] = [];
  readonly chunks: Int32Array[] = [];
  private chunk: Int32Array = new Int32Array(0);
  tokenCount = 0;
  // Every distinct word met is an entry, accepted or not, so each is judged once. Two
  // independent 32-bit hashes and the length identify it without comparing its text: a slot
  // holds [entry + 1, hash1], and an entry's [hash2, length, term id or -1] are checked only
  // when hash1 agrees. Small slots keep the table in cache.
  private slots = new Int32Array(2 << 10);
  private entries = new Int32Array(3 << 10);
  private entryCount = 0;

  constructor(private readonly filter: TokenFilter | undefined) {}

  /**
   * Adds the words of `text` to the tokens, normalising unit by unit (lower case, ё → е) unless
   * the text is `normalized` already. A unit that cannot be normalised alone makes it return
   * false; the caller then rewinds and scans the text normalised whole.
   */
  scan(text: string, normalized: boolean): boolean {
    normalizedUnit ??= new Int32Array(0x10000).fill(UNKNOWN);
    const table = normalizedUnit;
    const { filter } = this;
    let start = -1;
    // The filter's verdict is read along with the word: most words are turned away, and are then
    // never looked up in the table of words seen (at 100,000 facts, a table too large for the cache).
    let verdict = WORD_START;
    let hash1 = FNV_OFFSET;
    let hash2 = DJB_OFFSET;
    for (let i = 0; i <= text.length; i += 1) {
      let unit = i < text.length ? text.charCodeAt(i) : 0x20;
      // Latin and Cyrillic letters and digits are nearly all of the text: decide them at once.
      if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x430 && unit <= 0x44f) || (unit >= 0x30 && unit <= 0x39)) {
        // A word unit as it is.
      } else if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x410 && unit <= 0x42f)) {
        unit += 0x20;
      } else if (unit === 0x451 || unit === 0x401) {
        unit = 0x435;
      } else if (unit < 0x80) {
        unit = BREAK;
      } else if (normalized && unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
        // A character outside the Basic Multilingual Plane: two units, one letter or none.
        if (WORD_CHARACTER.test(text.slice(i, i + 2))) {
          if (start < 0) start = i;
          if (filter) verdict = readUnit(filter, verdict, unit);
          const low = text.charCodeAt(i + 1);
          hash1 = Math.imul(Math.imul(hash1 ^ unit, 0x01000193) ^ low, 0x01000193);
          hash2 = (Math.imul((Math.imul(hash2, 33) + unit) | 0, 33) + low) | 0;
          i += 1;
          continue;
        }
        unit = BREAK;
      } else {
        const known = table[unit] ?? UNKNOWN;
        const learned = known === UNKNOWN ? learnUnit(table, unit) : known;
        if (learned === NOT_ONE_UNIT) {
          if (!normalized) return false;
          unit = isWordCharacter(unit) ? unit : BREAK;
        } else {
          unit = learned;
        }
      }
      if (unit !== BREAK) {
        if (start < 0) start = i;
        if (filter) verdict = readUnit(filter, verdict, unit);
        hash1 = Math.imul(hash1 ^ unit, 0x01000193);
        hash2 = (Math.imul(hash2, 33) + unit) | 0;
      } else if (start >= 0) {
        if (!filter || isAccepted(verdict)) this.add(text, start, i, hash1, hash2, normalized);
        start = -1;
        hash1 = FNV_OFFSET;
        hash2 = DJB_OFFSET;
        verdict = WORD_START;
      }
    }
    return true;
  }

  /** Forgets every token, keeping the first chunk to write the next ones into. */
  forgetTokens(): void {
    this.tokenCount = 0;
    this.chunks.length = Math.min(this.chunks.length, 1);
  }

  /** Forgets the tokens from `count` on; words already learned stay, as they are real words. */
  rewind(count: number): void {
    this.tokenCount = count;
    this.chunk = this.chunks[(count - 1) >> TOKEN_CHUNK_BITS] ?? new Int32Array(0);
    this.chunks.length = count === 0 ? 0 : ((count - 1) >> TOKEN_CHUNK_BITS) + 1;
  }

  private readonly idsByWord = new Map<string, number>();

  /** Adds one normalised word: the way in for words split by `tokenize`. */
  addWord(word: string): void {
    let id = this.idsByWord.get(word);
    if (id === undefined) {
      id = this.accept(word);
      this.idsByWord.set(word, id);
    }
    if (id >= 0) this.push(id);
  }

  /** A new word's term id, or -1 if the filter turns it away. */
  private accept(word: string): number {
    if (this.filter !== undefined && !acceptsWord(this.filter, word)) return -1;
    this.terms.push(word);
    return this.terms.length - 1;
  }

  private push(id: number): void {
    const offset = this.tokenCount & (TOKEN_CHUNK - 1);
    if (offset === 0) {
      const kept = this.chunks[this.tokenCount >> TOKEN_CHUNK_BITS];
      this.chunk = kept ?? new Int32Array(TOKEN_CHUNK);
      if (!kept) this.chunks.push(this.chunk);
    }
    this.chunk[offset] = id;
    this.tokenCount += 1;
  }

  private add(text: string, start: number, end: number, hash1: number, hash2: number, normalized: boolean): void {
    const length = end - start;
    const { slots, entries } = this;
    const mask = (slots.length >> 1) - 1;
    let slot = hash1 & mask;
    let entry = -1;
    for (let stored = slots[slot << 1] ?? 0; stored !== 0; stored = slots[slot << 1] ?? 0) {
      const candidate = stored - 1;
      const at = candidate * 3;
      if (slots[(slot << 1) + 1] === hash1 && entries[at] === hash2 && entries[at + 1] === length) {
        entry = candidate;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (entry < 0) {
      const word = text.slice(start, end);
      entry = this.insert(normalized ? word : normalizeText(word), slot, hash1, hash2, length);
    }
    const id = this.entries[entry * 3 + 2] ?? -1;
    if (id >= 0) this.push(id);
  }

  private insert(word: string, slot: number, hash1: number, hash2: number, length: number): number {
    const entry = this.entryCount;
    this.entryCount += 1;
    const id = this.accept(word);
    this.slots[slot << 1] = entry + 1;
    this.slots[(slot << 1) + 1] = hash1;
    if (entry * 3 + 2 >= this.entries.length) this.entries = doubled(this.entries);
    this.entries[entry * 3] = hash2;
    this.entries[entry * 3 + 1] = length;
    this.entries[entry * 3 + 2] = id;
    if (this.entryCount * 3 > this.slots.length) this.grow();
    return entry;
  }

  /** Doubles the slots before they are two thirds full. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      const stored = old[at] ?? 0;
      if (stored === 0) continue;
      const hash1 = old[at + 1] ?? 0;
      let slot = hash1 & mask;
      while (slots[slot << 1] !== 0) slot = (slot + 1) & mask;
      slots[slot << 1] = stored;
      slots[(slot << 1) + 1] = hash1;
    }
    this.slots = slots;
  }
}

function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
