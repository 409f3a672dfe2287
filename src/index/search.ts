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
  /** The words some query word matched; rankFacts and the scores name them by their place here. */
  terms: string[];
}

/**
 * Ranks an indexed file's facts for a query, as searchOnce ranks them; undefined for a query with
 * no words. `vocabulary`: the index's words (see terms.ts), kept from one search to the next by
 * browse, whose words are then read once.
 */
export function rankIndexed(
  facts: IndexedFacts,
  query: string,
  options: SearchOptions,
  vocabulary = new Vocabulary(new IndexedTerms(facts.index)),
): IndexedRanking | undefined {
  const words = parseQuery(query);
  if (words.length === 0) return undefined;
  const { termCount } = facts.index.meta;
  const matched = words.map((word) => matchWord(vocabulary, word, termCount, options.asYouType ?? false));
  const ids = matchedTerms(matched);
  const perWord = scoresFromPostings(facts, ids, matched);
  const terms = ids.map((id) => vocabulary.term(id));
  return { ranked: rankFacts(perWord, terms, facts.count, options.eligible), perWord, matched, terms };
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

/** The terms some word matched, in order. */
function matchedTerms(words: readonly WordMatch[]): number[] {
  const terms: number[] = [];
  const marked = new Uint8Array(words[0]?.similarities.length ?? 0);
  for (const { similarities } of words) {
    for (let term = 0; term < similarities.length; term += 1) if ((similarities[term] ?? 0) > 0) marked[term] = 1;
  }
  for (let term = 0; term < marked.length; term += 1) if (marked[term] === 1) terms.push(term);
  return terms;
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
  const termOf = new Map(ranking.terms.map((term, at) => [term, matchedTerms(matched)[at] ?? -1]));
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
