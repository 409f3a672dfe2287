import { isCyrillic, otherRoots, stem, stemsJoinedToPrefix } from "./normalize.js";
import { CYRILLIC_TO_LATIN } from "./transliterate.js";

/**
 * Which distinct words of a text are worth matching for one query, decided from their letter
 * pairs, so that a one-off search over a large file builds a vocabulary of few words.
 *
 * Why it loses nothing: one edit breaks at most three of a pattern's letter pairs, and a query
 * word of m letters is allowed one edit from 5 letters and two from 9 (edit-distance.ts), so a
 * word within its edits keeps at least one of its m − 1 pairs. A word it begins (the last query
 * word's prefix matches) or that adds an ending to it holds all of them. A word with the same
 * stem, or a stem sharing its first letters, holds the stem's first pair (Snowball and Porter
 * change only endings), or is of a root joined to that stem (see otherRoots), whose pairs count,
 * as do those of the stem joined to a root the query word begins (stemsJoinedToPrefix).
 * A Cyrillic word matches a Latin query through its transliteration, so for Latin query words
 * the pairs are those of the word's Latin letters, where ъ and ь vanish. Words of one or two
 * letters, and words with letters outside Latin, Russian Cyrillic and digits, are always looked up. A test compares every answer with the
 * unfiltered search.
 */
export interface TokenFilter {
  /** Letter pairs of Cyrillic query words, by class pair, as the letters stand. */
  rawPairs: Uint8Array;
  /** Letter pairs of Latin query words, by class pair of the text's letters read in Latin. */
  latinPairs: Uint8Array;
}

/** Classes: a–z are 0–25, digits 26–35, а–я 36–67; anything else has no class (-1). */
const LETTER_CLASSES = 68;
/** How many class pairs there are. */
export const LETTER_PAIRS = LETTER_CLASSES * LETTER_CLASSES;
// A query word of three letters or fewer reads every word: its prefix matches are too many to
// be worth telling apart by pairs.
const MIN_FILTERED_LENGTH = 4;

function letterClass(unit: number): number {
  if (unit >= 0x61 && unit <= 0x7a) return unit - 0x61;
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30 + 26;
  if (unit >= 0x430 && unit <= 0x44f) return unit - 0x430 + 36;
  return -1;
}

/** ъ and ь: no letter in Latin spelling. */
function isSoftSign(unit: number): boolean {
  return unit === 0x44a || unit === 0x44c;
}

/** Whether a normalised word could match one of the filter's query words. */
export function acceptsWord(filter: TokenFilter, word: string): boolean {
  let state = WORD_START;
  for (let i = 0; i < word.length && state < ACCEPTED; i += 1) state = readUnit(filter, state, word.charCodeAt(i));
  return isAccepted(state);
}

// What `readUnit` knows of a word so far, in one number (a scanner reading millions of words
// keeps it in a register): bits 0–6 the last letter's class + 1, bits 8–14 the class + 1 of the
// last letter with a Latin spelling, bits 16–17 how many such letters (up to 3); ACCEPTED once
// the word is worth a look whatever follows.
export const WORD_START = 0;
const ACCEPTED = 1 << 20;
const LAST = 0x7f;

/** What is known of a word once one more of its units is read (see acceptsWord). */
export function readUnit(filter: TokenFilter, state: number, unit: number): number {
  if (state >= ACCEPTED) return state;
  const letter = letterClass(unit);
  if (letter < 0) return ACCEPTED;
  const previous = (state & LAST) - 1;
  if (previous >= 0 && filter.rawPairs[previous * LETTER_CLASSES + letter] === 1) return ACCEPTED;
  if (isSoftSign(unit)) return (state & ~LAST) | (letter + 1);
  const previousLatin = ((state >> 8) & LAST) - 1;
  if (previousLatin >= 0 && filter.latinPairs[previousLatin * LETTER_CLASSES + letter] === 1) return ACCEPTED;
  const letters = Math.min(((state >> 16) & 3) + 1, 3);
  return (letters << 16) | ((letter + 1) << 8) | (letter + 1);
}

/**
 * The letter pairs `readUnit` looks up in a word, each as a class pair (first × LETTER_CLASSES +
 * second) given to `visit`: neighbours as they stand, and neighbours once ъ and ь are left out.
 * True when the word is accepted whatever the filter (see isAccepted): a saved index lists the
 * words by these pairs, so that a typo is compared only with words holding enough of its own
 * (index/pairs.ts).
 */
export function letterPairsOf(word: string, visit: (pair: number) => void): boolean {
  let previous = -1;
  let previousLatin = -1;
  let letters = 0;
  for (let i = 0; i < word.length; i += 1) {
    const unit = word.charCodeAt(i);
    const letter = letterClass(unit);
    if (letter < 0) return true;
    if (previous >= 0) visit(previous * LETTER_CLASSES + letter);
    previous = letter;
    if (isSoftSign(unit)) continue;
    if (previousLatin >= 0) visit(previousLatin * LETTER_CLASSES + letter);
    previousLatin = letter;
    letters += 1;
  }
  return letters <= 2;
}

/** Whether a word read to its end is worth a look. A word of one or two letters can be long in Latin (щ is shch). */
export function isAccepted(state: number): boolean {
  return state >= ACCEPTED || ((state >> 16) & 3) <= 2;
}

/** The filter for these normalised query words, or undefined when every word must be read. */
export function tokenFilter(readings: readonly string[]): TokenFilter | undefined {
  const filter = {
    rawPairs: new Uint8Array(LETTER_PAIRS),
    latinPairs: new Uint8Array(LETTER_PAIRS),
  };
  const latinPairs = new Set<string>();
  for (const reading of readings) {
    const stemmed = stem(reading);
    if (reading.length < MIN_FILTERED_LENGTH || stemmed.length < 2) return undefined;
    const joined = [...otherRoots(stemmed.slice(0, 2)), ...stemsJoinedToPrefix(reading)];
    const pairs = [...letterPairs(reading), ...letterPairs(stemmed), ...joined.flatMap(letterPairs)];
    for (const pair of pairs) {
      const first = letterClass(pair.charCodeAt(0));
      const second = letterClass(pair.charCodeAt(1));
      if (first < 0 || second < 0) return undefined;
      if (isCyrillic(reading)) filter.rawPairs[first * LETTER_CLASSES + second] = 1;
      else latinPairs.add(pair);
    }
  }
  if (latinPairs.size > 0) markLatinPairs(filter.latinPairs, latinPairs);
  return filter;
}

function letterPairs(word: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 2 <= word.length; i += 1) pairs.push(word.slice(i, i + 2));
  return pairs;
}

/** Marks each pair of text letters whose Latin spelling, run together, holds one of `pairs`. */
function markLatinPairs(marks: Uint8Array, pairs: ReadonlySet<string>): void {
  for (const pair of pairs) markSpelledPair(marks, pair);
}

/**
 * The class pairs (as letterPairsOf gives them) of the letters side by side whose Latin spelling,
 * run together, holds `pair`, two Latin letters or digits: a word whose Latin spelling holds the
 * pair holds one of them.
 */
export function spelledPairClasses(pair: string): readonly number[] {
  let classes = spelledPairs.get(pair);
  if (!classes) {
    const marks = new Uint8Array(LETTER_PAIRS);
    markSpelledPair(marks, pair);
    classes = [];
    for (let at = 0; at < LETTER_PAIRS; at += 1) if (marks[at] === 1) classes.push(at);
    spelledPairs.set(pair, classes);
  }
  return classes;
}

const spelledPairs = new Map<string, number[]>();

/** Marks the class pairs of spelledPairClasses(pair). */
function markSpelledPair(marks: Uint8Array, pair: string): void {
  const spellings = latinSpellings();
  spellings.forEach((spelling, letter) => {
    // A pair inside one letter's spelling (ш is sh) marks every pair that letter is in.
    if (spelling.includes(pair)) {
      marks.fill(1, letter * LETTER_CLASSES, (letter + 1) * LETTER_CLASSES);
      for (let first = 0; first < LETTER_CLASSES; first += 1) marks[first * LETTER_CLASSES + letter] = 1;
    }
  });
  // A pair across two letters: the first's spelling ends with its first half, the second's starts with the other.
  spellings.forEach((first, firstClass) => {
    if (!first.endsWith(pair.charAt(0))) return;
    spellings.forEach((second, secondClass) => {
      if (second.startsWith(pair.charAt(1))) marks[firstClass * LETTER_CLASSES + secondClass] = 1;
    });
  });
}

/**
 * A word's letter pairs side by side, each as a class pair with how many times it is in the word;
 * undefined if a letter of it has no class.
 */
export function classPairCounts(word: string): Map<number, number> | undefined {
  const classes = Array.from({ length: word.length }, (_, at) => letterClass(word.charCodeAt(at)));
  if (classes.some((letter) => letter < 0)) return undefined;
  const counts = new Map<number, number>();
  for (let at = 1; at < classes.length; at += 1) {
    const pair = (classes[at - 1] ?? 0) * LETTER_CLASSES + (classes[at] ?? 0);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

let cachedSpellings: string[] | undefined;

/** Each letter class's Latin spelling (ъ and ь have none). */
function latinSpellings(): string[] {
  if (cachedSpellings) return cachedSpellings;
  const spellings: string[] = [];
  for (let unit = 0; unit < 0x450; unit += 1) {
    const letter = letterClass(unit);
    if (letter >= 0) spellings[letter] = CYRILLIC_TO_LATIN[String.fromCharCode(unit)] ?? String.fromCharCode(unit);
  }
  cachedSpellings = spellings;
  return spellings;
}
