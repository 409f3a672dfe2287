import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import { parseQuery, type QueryWord, type Reading } from "./query.js";
import { compactScores, type RankedFact, type Ranking, rankFacts, type WordScores } from "./rank.js";
import {
  type ScannedFacts,
  type ScannedFactsJson,
  scanFacts,
  scannedFromJson,
  scannedToJson,
  TOKEN_CHUNK_BITS,
} from "./term-scan.js";
import { type TokenFilter, tokenFilter } from "./token-filter.js";
import {
  type MatchOptions,
  MIN_PREFIX,
  STRONG,
  type TermMatches,
  Vocabulary,
  type VocabularyJson,
} from "./vocabulary.js";

export type { RankedFact } from "./rank.js";

/** A fact that matched, how well (0 to 1, higher is better; see rank.ts), and the indexed words that matched. */
export interface SearchHit {
  fact: Fact;
  score: number;
  matchedTerms: string[];
}

/** Which facts, by their place in the book, a search may show (the filters: kind, years); all when absent. */
export type Eligible = (factIndex: number) => boolean;

/** How a search is asked for. */
export interface SearchOptions {
  eligible?: Eligible;
  /**
   * Search as you type (browse): the last word matches the words it begins from its first letter,
   * not its third, so the list narrows from the first key.
   */
  asYouType?: boolean;
  /** At most this many facts ranked are given (a search shows a few of thousands); all are counted. */
  limit?: number;
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

  /** The facts that match the query well enough to be what was meant, best first (see rank.ts). */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return hitsIn(this.book, this.rank(query, options));
  }

  /** As `search`, each fact by its place in the book. */
  rank(query: string, options: SearchOptions = {}): RankedFact[] {
    const words = parseQuery(query);
    if (words.length === 0) return [];
    this.index ??= buildSearchIndex(this.book);
    const { scanned, vocabulary } = this.index;
    return rankScanned(scanned, vocabulary, words, this.book.facts.length, options).ranked;
  }
}

/**
 * One search, as `SearchEngine.search` answers it, reading only the words that could match
 * (see token-filter.ts): for a one-off search of a large file, most words are never looked up.
 * A book whose index was saved is not read again.
 */
export function searchOnce(
  book: FactBook,
  query: string,
  saved?: SearchIndexJson,
  options: SearchOptions = {},
): SearchHit[] {
  if (saved) return new SearchEngine(book, saved).search(query, options);
  const oneOff = oneOffSearch(query);
  if (!oneOff) return [];
  return hitsIn(book, oneOff.rank(scanFacts(book.facts, oneOff.filter), book.facts.length, options).ranked);
}

/**
 * A one-off search: the filter to scan facts with, and how to rank them once scanned (see
 * searchOnce); undefined for a query with no words.
 */
export function oneOffSearch(query: string):
  | {
      filter: TokenFilter | undefined;
      rank(scanned: ScannedFacts, factCount: number, options?: SearchOptions): Ranking;
    }
  | undefined {
  const words = parseQuery(query);
  if (words.length === 0) return undefined;
  return {
    filter: tokenFilter(words.flatMap((word) => word.readings.map(({ word }) => word))),
    rank: (scanned, factCount, options = {}) =>
      rankScanned(scanned, new Vocabulary(scanned.terms), words, factCount, options),
  };
}

function hitsIn(book: FactBook, ranked: RankedFact[]): SearchHit[] {
  return ranked.flatMap(({ factIndex, score, matchedTerms }) => {
    const fact = book.facts[factIndex];
    return fact ? [{ fact, score, matchedTerms }] : [];
  });
}

function rankScanned(
  scanned: ScannedFacts,
  vocabulary: Vocabulary,
  words: QueryWord[],
  factCount: number,
  { eligible, asYouType = false, limit }: SearchOptions,
): Ranking {
  const matched = words.map((word) => matchWord(vocabulary, word, scanned.terms.length, asYouType));
  return rankFacts(bestPerFact(scanned, matched, factCount), scanned.terms, factCount, eligible, limit);
}

/** How a query word matches each indexed word, by term id: its similarity (0: none), and whether it is the word as typed. */
export interface WordMatch {
  similarities: Float64Array;
  typed: Uint8Array;
  /** The ids of the words it matched (similarity above 0), ascending. */
  ids: number[];
}

/**
 * How each reading of a query word is matched. A guess may not be a typo too; Latin letters read
 * as Russian are a loose guess ("polo" is not поло…), so their prefixes must be longer.
 */
const READING_OPTIONS: Record<Reading["kind"], MatchOptions> = {
  typed: { minPrefix: MIN_PREFIX, typos: true },
  layout: { minPrefix: MIN_PREFIX, typos: false },
  latin: { minPrefix: 5, typos: false },
};

/**
 * How a query word matches the vocabulary. Of its readings (as typed; in the other keyboard
 * layout, or as the Russian its Latin letters spell, which count a little less and, being
 * guesses, may not be typos too), only the best tier that matched counts: a word that is in the
 * facts is never also read as a typo of another.
 */
export function matchWord(vocabulary: Vocabulary, word: QueryWord, termCount: number, asYouType: boolean): WordMatch {
  const found: TermMatches[] = [];
  for (const reading of word.readings) {
    // Latin letters are read as Russian only when they are no word in Latin letters of the facts:
    // "protoc" is on its way to protocol, not to the Russian stem of проток (прот, that of против).
    // The other layout is a guess for a word the facts do not hold as typed: "д", on its way to
    // детей, is not also "l" (every word in л or l), nor "memo" "ьуьщ". Only a word typed whole:
    // "j,k" is also the letters j and k, which say nothing of области.
    if (
      (reading.kind === "latin" && spellsALatinWord(vocabulary, found)) ||
      (reading.kind === "layout" && typedWholeMatched(word, found))
    ) {
      found.push(new Map());
      continue;
    }
    const { minPrefix, ...options } = READING_OPTIONS[reading.kind];
    const shortest = asYouType && reading.kind !== "latin" ? 1 : minPrefix;
    found.push(vocabulary.match(reading.word, { ...options, minPrefix: word.prefix ? shortest : undefined }));
  }
  let bestTier = Number.POSITIVE_INFINITY;
  for (const matches of found) for (const { tier } of matches.values()) bestTier = Math.min(bestTier, tier);
  const similarities = new Float64Array(termCount);
  const typed = new Uint8Array(termCount);
  const ids: number[] = [];
  word.readings.forEach((reading, index) => {
    for (const [id, match] of found[index] ?? []) {
      if (match.tier !== bestTier) continue;
      if (similarities[id] === 0) ids.push(id);
      similarities[id] = Math.max(similarities[id] ?? 0, match.similarity * reading.weight);
      if (match.typed) typed[id] = 1;
    }
  });
  return { similarities, typed, ids: ids.sort((a, b) => a - b) };
}

/**
 * Whether the word as typed, one word with nothing around it, matched a word of the facts as it
 * is, a form of it, or the start of one (not only typos).
 */
function typedWholeMatched(word: QueryWord, found: readonly TermMatches[]): boolean {
  return word.readings.some(
    (reading, index) =>
      reading.kind === "typed" &&
      reading.word === word.text &&
      [...(found[index]?.values() ?? [])].some(({ tier }) => tier === STRONG),
  );
}

/** Whether the readings matched so far found a word in Latin letters (not a Cyrillic word by its Latin spelling). */
function spellsALatinWord(vocabulary: Vocabulary, found: readonly TermMatches[]): boolean {
  return found.some((matches) => [...matches.keys()].some((id) => !vocabulary.isCyrillicTerm(id)));
}

/**
 * For each query word and fact: the best similarity × field weight, the word id that gave it, and
 * whether the fact holds the word as typed.
 */
export function bestPerFact(scanned: ScannedFacts, words: readonly WordMatch[], factCount: number): WordScores[] {
  const matched = new Uint8Array(scanned.terms.length);
  for (const { ids } of words) for (const id of ids) matched[id] = 1;
  const byId = words.map((word) => word.similarities);
  const best = words.map(() => ({
    scores: new Float64Array(factCount),
    termIds: new Int32Array(factCount),
    typed: new Uint8Array(factCount),
  }));
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
        if (slot && words[word]?.typed[id] === 1) slot.typed[factIndex] = 1;
      }
    }
    start = end;
  }
  return best.map(({ scores, termIds, typed }) => compactScores(scores, typed, termIds));
}
