import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import { parseQuery, type QueryWord } from "./query.js";
import {
  type ScannedFacts,
  type ScannedFactsJson,
  scanFacts,
  scannedFromJson,
  scannedToJson,
  TOKEN_CHUNK_BITS,
} from "./term-scan.js";
import { type TokenFilter, tokenFilter } from "./token-filter.js";
import { Vocabulary, type VocabularyJson } from "./vocabulary.js";

// A reading through the other keyboard layout is a guess: it may not also be a loose fuzzy match.
const STRICT = 0.85;

/** A fact that matched, how well (0 to 1, higher is better), and the indexed words that matched. */
export interface SearchHit {
  fact: Fact;
  score: number;
  matchedTerms: string[];
}

/** A book's words as ids, and its vocabulary: what a search reads. */
interface SearchIndex {
  scanned: ScannedFacts;
  vocabulary: Vocabulary;
}

function buildSearchIndex(book: FactBook): SearchIndex {
  const scanned = scanFacts(book.facts);
  return { scanned, vocabulary: new Vocabulary(scanned.terms) };
}

/** A search index as JSON, with every word's stem and Latin spelling worked out. */
export interface SearchIndexJson {
  scanned: ScannedFactsJson;
  vocabulary: VocabularyJson;
}

/** A book's search index as JSON, for the build to save (it saves the shipped book's). */
export function savedSearchIndex(book: FactBook): SearchIndexJson {
  const { scanned, vocabulary } = buildSearchIndex(book);
  return { scanned: scannedToJson(scanned), vocabulary: vocabulary.toJson() };
}

function indexFromJson(json: SearchIndexJson): SearchIndex {
  const scanned = scannedFromJson(json.scanned);
  return { scanned, vocabulary: new Vocabulary(scanned.terms, json.vocabulary) };
}

/**
 * Fuzzy search over one fact book: words of the query are matched against its vocabulary
 * (distinct words), then one pass over the facts' word ids finds where those words are.
 * The book is scanned on the first search and reused by later ones (browse searches per key).
 */
export class SearchEngine {
  private index: SearchIndex | undefined;

  /** `saved`: the book's index as `savedSearchIndex` gave it, if there is one. */
  constructor(
    private readonly book: FactBook,
    saved?: SearchIndexJson,
  ) {
    if (saved) this.index = indexFromJson(saved);
  }

  /**
   * Every fact that matches at least one query word, best first. A fact's score is the mean,
   * over query words, of its best match for that word (similarity × field weight), so facts
   * that match more of the words rank higher. A fact's score depends on it and the query alone.
   */
  search(query: string): SearchHit[] {
    const words = parseQuery(query);
    if (words.length === 0) return [];
    this.index ??= buildSearchIndex(this.book);
    return hitsIn(this.book, rankFacts(this.index.scanned, this.index.vocabulary, words, this.book.facts.length));
  }
}

/**
 * One search, as `SearchEngine.search` answers it, reading only the words that could match
 * (see token-filter.ts): for a one-off search of a large file, most words are never looked up.
 * A book whose index was saved is not read again.
 */
export function searchOnce(book: FactBook, query: string, saved?: SearchIndexJson): SearchHit[] {
  if (saved) return new SearchEngine(book, saved).search(query);
  const oneOff = oneOffSearch(query);
  if (!oneOff) return [];
  return hitsIn(book, oneOff.rank(scanFacts(book.facts, oneOff.filter), book.facts.length));
}

/** A fact that matched, by its place among the facts scanned; see SearchHit. */
export interface RankedFact {
  factIndex: number;
  score: number;
  matchedTerms: string[];
}

/**
 * A one-off search: the filter to scan facts with, and how to rank them once scanned (see
 * searchOnce); undefined for a query with no words.
 */
export function oneOffSearch(
  query: string,
): { filter: TokenFilter | undefined; rank(scanned: ScannedFacts, factCount: number): RankedFact[] } | undefined {
  const words = parseQuery(query);
  if (words.length === 0) return undefined;
  return {
    filter: tokenFilter(words.flatMap((word) => word.readings.map(({ word }) => word))),
    rank: (scanned, factCount) => rankFacts(scanned, new Vocabulary(scanned.terms), words, factCount),
  };
}

function hitsIn(book: FactBook, ranked: RankedFact[]): SearchHit[] {
  return ranked.flatMap(({ factIndex, score, matchedTerms }) => {
    const fact = book.facts[factIndex];
    return fact ? [{ fact, score, matchedTerms }] : [];
  });
}

function rankFacts(scanned: ScannedFacts, vocabulary: Vocabulary, words: QueryWord[], factCount: number): RankedFact[] {
  const similarities = words.map((word) => {
    const best = new Map<number, number>();
    for (const reading of word.readings) {
      for (const [id, similarity] of vocabulary.match(reading.word, reading.weight < 1 ? STRICT : undefined)) {
        best.set(id, Math.max(best.get(id) ?? 0, similarity * reading.weight));
      }
    }
    return best;
  });
  const best = bestPerFact(scanned, similarities, factCount);
  const ranked: RankedFact[] = [];
  for (let factIndex = 0; factIndex < factCount; factIndex += 1) {
    let total = 0;
    const terms = new Set<string>();
    for (const { scores, termIds } of best) {
      const score = scores[factIndex] ?? 0;
      if (score === 0) continue;
      total += score;
      terms.add(scanned.terms[termIds[factIndex] ?? 0] ?? "");
    }
    if (total > 0) ranked.push({ factIndex, score: round(total / words.length), matchedTerms: [...terms] });
  }
  // Equal scores keep the file's order.
  return ranked.sort((a, b) => b.score - a.score || a.factIndex - b.factIndex);
}

/** For each query word and fact: the best similarity × field weight, and the word id that gave it. */
function bestPerFact(scanned: ScannedFacts, similarities: Map<number, number>[], factCount: number) {
  const matched = new Uint8Array(scanned.terms.length);
  const byId = similarities.map((map) => {
    const array = new Float64Array(scanned.terms.length);
    for (const [id, similarity] of map) {
      array[id] = similarity;
      matched[id] = 1;
    }
    return array;
  });
  const best = similarities.map(() => ({ scores: new Float64Array(factCount), termIds: new Int32Array(factCount) }));
  const { tokenChunks, fieldEnds, fieldFacts, fieldWeights } = scanned;
  const offsetMask = (1 << TOKEN_CHUNK_BITS) - 1;
  let start = 0;
  for (let field = 0; field < fieldEnds.length; field += 1) {
    const end = fieldEnds[field] ?? 0;
    const factIndex = fieldFacts[field] ?? 0;
    const weight = fieldWeights[field] ?? 0;
    // No closure in this loop: V8 would make a scope object for every word read (100 KB here).
    for (let i = start; i < end; i += 1) {
      const id = tokenChunks[i >> TOKEN_CHUNK_BITS]?.[i & offsetMask] ?? 0;
      if (matched[id] === 0) continue;
      for (let word = 0; word < byId.length; word += 1) {
        const score = (byId[word]?.[id] ?? 0) * weight;
        const slot = best[word];
        if (slot && score > (slot.scores[factIndex] ?? 0)) {
          slot.scores[factIndex] = score;
          slot.termIds[factIndex] = id;
        }
      }
    }
    start = end;
  }
  return best;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
