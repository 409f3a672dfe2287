import { Vocabulary } from "../search/vocabulary.js";
import { listsToRead, markedTerms, markList } from "./pairs.js";
import { DamagedIndex, type IndexFile } from "./reader.js";

/** The words of an index a query could match, as a Vocabulary, with each one's term id in the index. */
export interface IndexedVocabulary {
  terms: string[];
  ids: Int32Array;
  vocabulary: Vocabulary;
}

/**
 * The words of the index that hold one of these letter pairs or are always looked at (see
 * pairs.ts), or every word when there are no pairs (a query whose words cannot be filtered).
 */
export function indexedVocabulary(index: IndexFile, pairs: readonly number[] | undefined): IndexedVocabulary {
  const { termCount, cyrillicTerms } = index.meta;
  const ids = pairs ? termsWithPairs(index, pairs) : Int32Array.from({ length: termCount }, (_, id) => id);
  const terms = texts(index, "termOffsets", "termText", ids);
  const cyrillic = ids.subarray(0, countBelow(ids, cyrillicTerms));
  const spellings = texts(index, "latinOffsets", "latinText", cyrillic);
  const latin = terms.map((_, at) => spellings[at] ?? null);
  return { terms, ids, vocabulary: new Vocabulary(terms, { latin }) };
}

function termsWithPairs(index: IndexFile, pairs: readonly number[]): Int32Array {
  const { termCount } = index.meta;
  const marks = new Uint32Array(Math.ceil(termCount / 32));
  const lists = listsToRead(pairs);
  const offsets = index.uint32s("pairOffsets");
  for (const pair of lists) {
    const list = index.bytes("pairLists", offsets[pair] ?? 0, offsets[pair + 1] ?? 0);
    if (!markList(list, termCount, marks)) throw new DamagedIndex(`the words of letter pair ${pair} are not words`);
  }
  return markedTerms(marks);
}

/** How many of the (sorted) ids are below `limit`. */
function countBelow(ids: Int32Array, limit: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] ?? 0) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Where the ids asked for are at least this share of the texts between the first and the last,
// those are read in one piece; otherwise each on its own.
const DENSE = 1 / 8;

/** The texts of these (sorted) ids, from a pair of sections written by build.ts's writeTexts. */
function texts(
  index: IndexFile,
  offsetsName: "termOffsets" | "latinOffsets",
  textName: "termText" | "latinText",
  ids: Int32Array,
): string[] {
  const found: string[] = new Array(ids.length);
  let at = 0;
  while (at < ids.length) {
    // A run of ids read together: up to where the next id is too far for reading on to pay.
    let end = at + 1;
    while (end < ids.length && (ids[end] ?? 0) - (ids[end - 1] ?? 0) < 1 / DENSE) end += 1;
    const first = ids[at] ?? 0;
    const last = ids[end - 1] ?? 0;
    const offsets = index.uint32s(offsetsName, first, last + 2);
    const base = offsets[0] ?? 0;
    const text = Buffer.from(index.bytes(textName, 2 * base, 2 * (offsets[last - first + 1] ?? 0))).toString("utf16le");
    for (let next = at; next < end; next += 1) {
      const id = (ids[next] ?? 0) - first;
      found[next] = text.slice((offsets[id] ?? 0) - base, (offsets[id + 1] ?? 0) - base);
    }
    at = end;
  }
  return found;
}
