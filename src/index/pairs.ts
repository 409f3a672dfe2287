// Which words hold each letter pair: a saved index's way to the few thousand words a query could
// match among hundreds of thousands. A search's token filter (token-filter.ts) accepts a word only
// if it holds a pair of the query's, or is always accepted (a letter outside the classes, two
// letters or fewer); the words of those pairs' lists, and of the list of words always accepted,
// are all the words it would accept, and maybe a few more, which match nothing (see letterPairsOf).
import { LETTER_PAIRS, letterPairsOf } from "../search/token-filter.js";
import { readVarints, varintLength, writeVarint } from "./varints.js";

/** The list of words always accepted comes after the pairs' lists. */
const ALWAYS = LETTER_PAIRS;

/** Each pair's list of term ids, as varints of the gap from the last, and where each list starts (one more for the end). */
export interface PairLists {
  offsets: Uint32Array;
  lists: Uint8Array;
}

/** The pair lists of these words, by term id. */
export function pairLists(terms: readonly string[]): PairLists {
  const lastTerm = new Int32Array(LETTER_PAIRS + 1).fill(-1);
  const sizes = new Float64Array(LETTER_PAIRS + 1);
  let term = 0;
  // First the size of each list, then the lists: a term is put in each of its pairs' once.
  const count = (pair: number) => {
    if (lastTerm[pair] === term) return;
    sizes[pair] = (sizes[pair] ?? 0) + varintLength(term - (lastTerm[pair] ?? -1));
    lastTerm[pair] = term;
  };
  for (term = 0; term < terms.length; term += 1) if (letterPairsOf(terms[term] ?? "", count)) count(ALWAYS);
  const offsets = new Uint32Array(LETTER_PAIRS + 2);
  for (let pair = 0; pair <= LETTER_PAIRS; pair += 1) offsets[pair + 1] = (offsets[pair] ?? 0) + (sizes[pair] ?? 0);
  const lists = new Uint8Array(offsets[LETTER_PAIRS + 1] ?? 0);
  const cursor = offsets.slice(0, LETTER_PAIRS + 1);
  lastTerm.fill(-1);
  const put = (pair: number) => {
    if (lastTerm[pair] === term) return;
    cursor[pair] = writeVarint(lists, cursor[pair] ?? 0, term - (lastTerm[pair] ?? -1));
    lastTerm[pair] = term;
  };
  for (term = 0; term < terms.length; term += 1) if (letterPairsOf(terms[term] ?? "", put)) put(ALWAYS);
  return { offsets, lists };
}

/** The pairs whose lists a filter's search reads: its pairs and the words always accepted. */
export function listsToRead(filterPairs: readonly number[]): number[] {
  return [...filterPairs, ALWAYS];
}

/**
 * Marks in `marks` (a bit per term) the term ids of one pair's list; false if the list is not one
 * of `termCount` terms (a damaged index).
 */
export function markList(list: Uint8Array, termCount: number, marks: Uint32Array): boolean {
  const gaps = readVarints(list);
  if (!gaps) return false;
  let term = -1;
  for (const gap of gaps) {
    term += gap;
    if (gap === 0 || term >= termCount) return false;
    marks[term >>> 5] = (marks[term >>> 5] ?? 0) | (1 << (term & 31));
  }
  return true;
}

/** The term ids marked, in order. */
export function markedTerms(marks: Uint32Array): Int32Array {
  let count = 0;
  for (const word of marks) count += bitCount(word);
  const terms = new Int32Array(count);
  let next = 0;
  for (let at = 0; at < marks.length; at += 1) {
    let word = marks[at] ?? 0;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      terms[next] = at * 32 + bit;
      next += 1;
      word &= word - 1;
    }
  }
  return terms;
}

function bitCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
