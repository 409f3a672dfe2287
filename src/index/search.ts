// Search with a saved index: the words a query could match are found by their letter pairs
// (pairs.ts) and matched as the one-off search matches them (matchWord, over a Vocabulary of those
// words only); each matched word's postings give every fact's best similarity × field weight, as
// bestPerFact gives them from the facts' words; rankFacts ranks. Same words, same scores, same
// ranking: only where the numbers come from differs.
import type { Fact } from "../facts/schema.js";
import { bestPerFact, matchWord, type SearchOptions, type WordMatch } from "../search/engine.js";
import { parseQuery, type QueryWord } from "../search/query.js";
import { type RankedFact, rankFacts, type WordScores } from "../search/rank.js";
import { scanFacts } from "../search/term-scan.js";
import { filterPairs, tokenFilter } from "../search/token-filter.js";
import type { IndexedFacts } from "./facts.js";
import { readPostings } from "./postings.js";
import { DamagedIndex } from "./reader.js";
import { type IndexedVocabulary, indexedVocabulary } from "./vocabulary.js";

/** A query ranked over an indexed file: every fact that matched, best first, and what `exactHits` needs. */
export interface IndexedRanking {
  ranked: RankedFact[];
  words: QueryWord[];
  perWord: WordScores[];
  matched: WordMatch[];
  vocabulary: IndexedVocabulary;
}

/** Ranks an indexed file's facts for a query, as searchOnce ranks them; undefined for a query with no words. */
export function rankIndexed(
  facts: IndexedFacts,
  query: string,
  options: SearchOptions,
  cached?: (pairs: number[] | undefined) => IndexedVocabulary,
): IndexedRanking | undefined {
  const words = parseQuery(query);
  if (words.length === 0) return undefined;
  const filter = tokenFilter(words.flatMap((word) => word.readings.map(({ word }) => word)));
  const pairs = filter && filterPairs(filter);
  const vocabulary = cached ? cached(pairs) : indexedVocabulary(facts.index, pairs);
  const { terms } = vocabulary;
  const asYouType = options.asYouType ?? false;
  const matched = words.map((word) => matchWord(vocabulary.vocabulary, word, terms.length, asYouType));
  const perWord = scoresFromPostings(facts, vocabulary, matched);
  return { ranked: rankFacts(perWord, terms, facts.count, options.eligible), words, perWord, matched, vocabulary };
}

/** bestPerFact, from postings. */
function scoresFromPostings(facts: IndexedFacts, vocabulary: IndexedVocabulary, words: WordMatch[]): WordScores[] {
  const { count, index } = facts;
  const weights = index.meta.weights;
  const best = words.map(() => ({
    scores: new Float64Array(count),
    termIds: new Int32Array(count),
    typed: new Uint8Array(count),
  }));
  for (let term = 0; term < vocabulary.terms.length; term += 1) {
    const matching = words.flatMap((word, at) => ((word.similarities[term] ?? 0) > 0 ? [at] : []));
    if (matching.length === 0) continue;
    const id = vocabulary.ids[term] ?? 0;
    const [start = 0, end = 0] = index.float64s("postingOffsets", id, id + 2);
    const valid = readPostings(index.bytes("postings", start, end), count, (place, code) => {
      for (const at of matching) {
        const slot = best[at] as WordScores;
        const word = words[at] as WordMatch;
        const score = (word.similarities[term] ?? 0) * (weights[code] ?? 0);
        if (score > (slot.scores[place] ?? 0)) {
          slot.scores[place] = score;
          slot.termIds[place] = term;
        }
        if (word.typed[term] === 1) slot.typed[place] = 1;
      }
    });
    if (!valid) throw new DamagedIndex(`the postings of term ${id} are not postings`);
  }
  return best;
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
  const { vocabulary, matched, perWord } = ranking;
  const scanned = scanFacts(read, undefined, Number.POSITIVE_INFINITY);
  const termOf = new Map<string, number>();
  vocabulary.terms.forEach((term, at) => {
    if (matched.some((word) => (word.similarities[at] ?? 0) > 0)) termOf.set(term, at);
  });
  const local = scanned.terms.map((term) => termOf.get(term) ?? -1);
  const localWords = matched.map((word) => ({
    similarities: Float64Array.from(local, (at) => (at < 0 ? 0 : (word.similarities[at] ?? 0))),
    typed: Uint8Array.from(local, (at) => (at < 0 ? 0 : (word.typed[at] ?? 0))),
  }));
  const exact = bestPerFact(scanned, localWords, read.length);
  places.forEach((place, at) => {
    perWord.forEach((slot, word) => {
      const fromWords = exact[word] as WordScores;
      if (fromWords.scores[at] !== slot.scores[place] || fromWords.typed[at] !== slot.typed[place]) {
        throw new DamagedIndex(`fact ${place} does not hold the words its postings say`);
      }
      slot.termIds[place] = local[fromWords.termIds[at] ?? 0] ?? 0;
    });
  });
  // The same ranking of the same facts, now with their words: rankFacts weighs words by the
  // facts they match (all of them, eligible or not), and the best score and coverage of those
  // shown are those of all the facts it ranked.
  const wanted = new Set(places);
  const again = rankFacts(perWord, vocabulary.terms, facts.count, (place) => wanted.has(place));
  return again.slice(0, shown.length);
}
