// Search with a saved index: the words a query could match are found by their letter pairs
// (pairs.ts) and matched as the one-off search matches them (matchWord, over a Vocabulary of those
// words only); each matched word's postings give every fact's best similarity × field weight, as
// bestPerFact gives them from the facts' words; rankFacts ranks. Same words, same scores, same
// ranking: only where the numbers come from differs.
import type { Fact } from "../facts/schema.js";
import { bestPerFact, matchWord, type SearchOptions, type WordMatch } from "../search/engine.js";
import { parseQuery } from "../search/query.js";
import { type RankedFact, rankFacts, type WordScores } from "../search/rank.js";
import { scanFacts } from "../search/term-scan.js";
import { Vocabulary } from "../search/vocabulary.js";
import type { IndexedFacts } from "./facts.js";
import { readPostings } from "./postings.js";
import { DamagedIndex } from "./reader.js";
import { IndexedTerms } from "./terms.js";

/** A query ranked over an indexed file: every fact that matched, best first, and what `exactHits` needs. */
export interface IndexedRanking {
  ranked: RankedFact[];
  perWord: WordScores[];
  matched: WordMatch[];
  /** The words some query word matched, by term id and as text; rankFacts and the scores name them by their place here. */
  ids: number[];
  terms: string[];
}

/**
 * Ranks an indexed file's facts for a query, as searchOnce ranks them; undefined for a query with
 * no words.
 */
export function rankIndexed(
  facts: IndexedFacts,
  query: string,
  options: SearchOptions,
  words: IndexWords = indexWords(facts),
): IndexedRanking | undefined {
  const queryWords = parseQuery(query);
  if (queryWords.length === 0) return undefined;
  const { termCount } = facts.index.meta;
  const asYouType = options.asYouType ?? false;
  const matched = queryWords.map((word) => matchWord(words.vocabulary, word, termCount, asYouType));
  const ids = matchedTerms(matched, words.terms.looked);
  const perWord = scoresFromPostings(facts, ids, matched);
  const terms = ids.map((id) => words.terms.term(id));
  return { ranked: rankFacts(perWord, terms, facts.count, options.eligible), perWord, matched, ids, terms };
}

/** bestPerFact, from the postings of the words matched (`ids`); a fact's term is its word's place in `ids`. */
function scoresFromPostings(facts: IndexedFacts, ids: readonly number[], words: WordMatch[]): WordScores[] {
  const { count, index } = facts;
  const weights = index.meta.weights;
  const best = words.map(() => ({
    scores: new Float64Array(count),
    termIds: new Int32Array(count),
    typed: new Uint8Array(count),
  }));
  ids.forEach((id, term) => {
    const [start = 0, end = 0] = index.float64s("postingOffsets", id, id + 2);
    const postings = index.bytes("postings", start, end);
    words.forEach((word, at) => {
      const similarity = word.similarities[id] ?? 0;
      if (similarity === 0) return;
      const { scores, termIds, typed } = best[at] as WordScores;
      const isTyped = word.typed[id] === 1;
      const valid = readPostings(postings, count, (place, code) => {
        const score = similarity * (weights[code] ?? 0);
        if (score > (scores[place] ?? 0)) {
          scores[place] = score;
          termIds[place] = term;
        }
        if (isTyped) typed[place] = 1;
      });
      if (!valid) throw new DamagedIndex(`the postings of term ${id} are not postings`);
    });
  });
  return best;
}

/** The terms some word matched, in order, of those the vocabulary looked at. */
function matchedTerms(words: readonly WordMatch[], looked: ReadonlySet<number>): number[] {
  return [...looked].filter((term) => words.some((word) => (word.similarities[term] ?? 0) > 0)).sort((a, b) => a - b);
}

/** An index's words, as a search reads them: kept from one search to the next by browse, whose words are then read once. */
export interface IndexWords {
  terms: IndexedTerms;
  vocabulary: Vocabulary;
}

export function indexWords(facts: IndexedFacts): IndexWords {
  const terms = new IndexedTerms(facts.index);
  return { terms, vocabulary: new Vocabulary(terms) };
}

/**
 * The hits shown, read from the file, each with the words that matched it. Postings say how well
 * a fact matched, not which of two words that matched equally well comes first in it, which
 * decides the word shown (bestPerFact keeps the first); the facts shown are read anyway, and
 * their words give it. A fact whose words do not give the scores its postings gave is not the
 * fact indexed: DamagedIndex.
 */
export function exactHits(facts: IndexedFacts, ranking: IndexedRanking, shown: readonly RankedFact[]): RankedFact[] {
  const places = shown.map((hit) => hit.factIndex);
  const read: Fact[] = places.map((place) => facts.fact(place));
  const { matched, perWord } = ranking;
  const scanned = scanFacts(read, undefined, Number.POSITIVE_INFINITY);
  // bestPerFact over the facts shown, their words matched as the index's were.
  const termOf = new Map(ranking.terms.map((term, at) => [term, ranking.ids[at] ?? -1]));
  const local = scanned.terms.map((term) => termOf.get(term) ?? -1);
  const localWords = matched.map((word) => ({
    similarities: Float64Array.from(local, (id) => (id < 0 ? 0 : (word.similarities[id] ?? 0))),
    typed: Uint8Array.from(local, (id) => (id < 0 ? 0 : (word.typed[id] ?? 0))),
  }));
  const exact = bestPerFact(scanned, localWords, read.length);
  return shown.map((hit, at) => {
    const found = new Set<string>();
    exact.forEach((fromWords, word) => {
      const slot = perWord[word] as WordScores;
      if (fromWords.scores[at] !== slot.scores[hit.factIndex] || fromWords.typed[at] !== slot.typed[hit.factIndex]) {
        throw new DamagedIndex(`fact ${hit.factIndex} does not hold the words its postings say`);
      }
      // The words as rankFacts lists them: each query word's, once, in the query's order.
      if ((fromWords.scores[at] ?? 0) > 0) found.add(scanned.terms[fromWords.termIds[at] ?? 0] ?? "");
    });
    return { ...hit, matchedTerms: [...found] };
  });
}
