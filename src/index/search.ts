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
import { Vocabulary } from "../search/vocabulary.js";
import type { IndexedFacts } from "./facts.js";
import { readPostings } from "./postings.js";
import { DamagedIndex } from "./reader.js";
import { IndexedTerms } from "./terms.js";

/** A query ranked over an indexed file: every fact that matched, best first, and what `exactHits` needs. */
export interface IndexedRanking {
  ranked: RankedFact[];
  words: WordResult[];
  /** The words matched, by term id. */
  names: readonly string[];
}

/** A query word against an index: how it matches each word (by term id), the words it matched, every fact's best score for it. */
interface WordResult {
  match: WordMatch;
  ids: number[];
  scores: WordScores;
}

/** An index's words, as searches read them; browse keeps them from one key to the next. */
export interface IndexWords {
  terms: IndexedTerms;
  vocabulary: Vocabulary;
  /** The last query words' results, kept by browse: as a query is typed, its first words stay the same. */
  recent?: Map<string, WordResult>;
}

const RECENT_WORDS = 16;

export function indexWords(facts: IndexedFacts, keepRecent = false): IndexWords {
  const terms = new IndexedTerms(facts.index);
  return { terms, vocabulary: new Vocabulary(terms), recent: keepRecent ? new Map() : undefined };
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
  const results = queryWords.map((word) => wordResult(facts, words, word, options.asYouType ?? false));
  // The words matched, by term id: the scores name each fact's word by its id.
  const names: string[] = [];
  for (const { ids } of results) for (const id of ids) names[id] = words.terms.term(id);
  const ranked = rankFacts(
    results.map((result) => result.scores),
    names,
    facts.count,
    options.eligible,
  );
  return { ranked, words: results, names };
}

function wordResult(facts: IndexedFacts, words: IndexWords, word: QueryWord, asYouType: boolean): WordResult {
  const key = JSON.stringify([word, asYouType]);
  const known = words.recent?.get(key);
  if (known) return known;
  const match = matchWord(words.vocabulary, word, facts.index.meta.termCount, asYouType);
  const ids = [...words.terms.looked].filter((id) => (match.similarities[id] ?? 0) > 0).sort((a, b) => a - b);
  const result = { match, ids, scores: scoresFromPostings(facts, ids, match) };
  if (words.recent) {
    words.recent.set(key, result);
    for (const old of words.recent.keys()) if (words.recent.size > RECENT_WORDS) words.recent.delete(old);
  }
  return result;
}

/** bestPerFact for one query word, from the postings of the words it matched (`ids`). */
function scoresFromPostings(facts: IndexedFacts, ids: readonly number[], word: WordMatch): WordScores {
  const { count, index } = facts;
  const weights = index.meta.weights;
  const scores = new Float64Array(count);
  const termIds = new Int32Array(count);
  const typed = new Uint8Array(count);
  for (const id of ids) {
    const [start = 0, end = 0] = index.float64s("postingOffsets", id, id + 2);
    const similarity = word.similarities[id] ?? 0;
    const isTyped = word.typed[id] === 1;
    const valid = readPostings(index.bytes("postings", start, end), count, (place, code) => {
      const score = similarity * (weights[code] ?? 0);
      if (score > (scores[place] ?? 0)) {
        scores[place] = score;
        termIds[place] = id;
      }
      if (isTyped) typed[place] = 1;
    });
    if (!valid) throw new DamagedIndex(`the postings of term ${id} are not postings`);
  }
  return { scores, termIds, typed };
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
  const scanned = scanFacts(read, undefined, Number.POSITIVE_INFINITY);
  // bestPerFact over the facts shown, their words matched as the index's were.
  const termOf = new Map<string, number>();
  for (const { ids } of ranking.words) for (const id of ids) termOf.set(ranking.names[id] ?? "", id);
  const local = scanned.terms.map((term) => termOf.get(term) ?? -1);
  const localWords = ranking.words.map(({ match }) => ({
    similarities: Float64Array.from(local, (id) => (id < 0 ? 0 : (match.similarities[id] ?? 0))),
    typed: Uint8Array.from(local, (id) => (id < 0 ? 0 : (match.typed[id] ?? 0))),
  }));
  const exact = bestPerFact(scanned, localWords, read.length);
  return shown.map((hit, at) => {
    const found = new Set<string>();
    exact.forEach((fromWords, word) => {
      const slot = (ranking.words[word] as WordResult).scores;
      if (fromWords.scores[at] !== slot.scores[hit.factIndex] || fromWords.typed[at] !== slot.typed[hit.factIndex]) {
        throw new DamagedIndex(`fact ${hit.factIndex} does not hold the words its postings say`);
      }
      // The words as rankFacts lists them: each query word's, once, in the query's order.
      if ((fromWords.scores[at] ?? 0) > 0) found.add(scanned.terms[fromWords.termIds[at] ?? 0] ?? "");
    });
    return { ...hit, matchedTerms: [...found] };
  });
}
