// Which words hold each letter pair: a saved index's way to the few hundred words a typo could be
// of among hundreds of thousands. A word is listed under the pairs of its text and of its stem
// (letterPairsOf), and words of letters outside the classes, or of two letters or fewer, in a
// list of their own, always looked at. A word within a typo's edits of a query word holds at
// least some of its pairs (editCandidateTest, vocabulary.ts), and so does a stem of its stem's:
// counting the query word's pairs in the lists rules out the others (terms.ts).
import { LETTER_PAIRS, letterPairsOf } from "../search/token-filter.js";
import { readVarints, varintLength, writeVarint } from "./varints.js";

/** The list of the words always looked at comes after the pairs' lists. */
export const ALWAYS = LETTER_PAIRS;

/** Each pair's list of term ids, as varints of the gap from the last, and where each list starts (one more for the end). */
export interface PairLists {
  offsets: Uint32Array;
  lists: Uint8Array;
}

/** The pair lists of these words and their stems, by term id. */
export function pairLists(terms: readonly string[], stems: readonly string[]): PairLists {
  const lastTerm = new Int32Array(LETTER_PAIRS + 1).fill(-1);
  const sizes = new Float64Array(LETTER_PAIRS + 1);
  let term = 0;
  // First the size of each list, then the lists: a term is put in each of its pairs' once.
  const count = (pair: number) => {
    if (lastTerm[pair] === term) return;
    sizes[pair] = (sizes[pair] ?? 0) + varintLength(term - (lastTerm[pair] ?? -1));
    lastTerm[pair] = term;
  };
  for (term = 0; term < terms.length; term += 1) {
    if (letterPairsOf(terms[term] ?? "", count)) count(ALWAYS);
    letterPairsOf(stems[term] ?? "", count);
  }
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
  for (term = 0; term < terms.length; term += 1) {
    if (letterPairsOf(terms[term] ?? "", put)) put(ALWAYS);
    letterPairsOf(stems[term] ?? "", put);
  }
  return { offsets, lists };
}

/**
 * The term ids of one pair's list, in order; undefined if the list is not one of `termCount`
 * terms (a damaged index).
 */
export function listedTerms(list: Uint8Array, termCount: number): Int32Array | undefined {
  const gaps = readVarints(list);
  if (!gaps) return undefined;
  const terms = new Int32Array(gaps.length);
  let term = -1;
  for (let at = 0; at < gaps.length; at += 1) {
    const gap = gaps[at] ?? 0;
    term += gap;
    if (gap === 0 || term >= termCount) return undefined;
    terms[at] = term;
  }
  return terms;
}
