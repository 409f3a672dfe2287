// Search with a saved index: the words a query could match are found by their letter pairs
// (pairs.ts) and matched as the one-off search matches them (matchWord, over a Vocabulary of those
// words only); each matched word's postings give every fact's best similarity × field weight, as
// bestPerFact gives them from the facts' words; rankFacts ranks. Same words, same scores, same
// ranking: only where the numbers come from differs.
import type { Fact } from "../facts/schema.js";
import { bestPerFact, matchWord, type SearchOptions, type WordMatch } from "../search/engine.js";
import { parseQuery, type QueryWord } from "../search/query.js";
import { compactScores, type RankedFact, type Ranking, rankFacts, slotOf, type WordScores } from "../search/rank.js";
import { scanFacts } from "../search/term-scan.js";
import { Vocabulary } from "../search/vocabulary.js";
import type { IndexedFacts } from "./facts.js";
import { type Postings, readPostings, readPostingsInto, WEIGHT_CODES } from "./postings.js";
import { DamagedIndex } from "./reader.js";
import { IndexedTerms } from "./terms.js";

/** A query ranked over an indexed file: every fact that matched, best first, and what `exactHits` needs. */
export interface IndexedRanking extends Ranking {
  words: WordResult[];
  /** The words matched, by term id. */
  names: readonly string[];
}

/** A query word against an index: how it matches each word (by term id; the words it matched), every fact's best score for it. */
interface WordResult {
  match: WordMatch;
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
  for (const { match } of results) for (const id of match.ids) names[id] = words.terms.term(id);
  const { ranked, total } = rankFacts(
    results.map((result) => result.scores),
    names,
    facts.count,
    options.eligible,
    options.limit,
  );
  return { ranked, total, words: results, names };
}

function wordResult(facts: IndexedFacts, words: IndexWords, word: QueryWord, asYouType: boolean): WordResult {
  const key = JSON.stringify([word, asYouType]);
  const known = words.recent?.get(key);
  if (known) return known;
  const match = matchWord(words.vocabulary, word, facts.index.meta.termCount, asYouType);
  const result = { match, scores: scoresFromPostings(facts, match.ids, match) };
  if (words.recent) {
    words.recent.set(key, result);
    for (const old of words.recent.keys()) if (words.recent.size > RECENT_WORDS) words.recent.delete(old);
  }
  return result;
}

/**
 * bestPerFact for one query word, from the postings of the words it matched (`ids`): each fact's
 * best score, from the first of the words that give it (by id, as bestPerFact has them).
 */
function scoresFromPostings(facts: IndexedFacts, ids: readonly number[], word: WordMatch): WordScores {
  const { count, index } = facts;
  const weights = index.meta.weights;
  const bytesOf = postingBytes(facts, ids);
  const pieces = ids.map((id) => bytesOf(id));
  const postingsOf = (at: number) => {
    const postings = readPostings(pieces[at] ?? new Uint8Array(0), count);
    if (!postings) throw new DamagedIndex(`the postings of term ${ids[at]} are not postings`);
    return postings;
  };
  if (ids.length === 1) return scoresOfOne(postingsOf(0), ids[0] ?? 0, word, weights);
  // Postings that reach many facts (a word of one or two letters typed in browse reaches most of
  // them) are gathered in arrays as long as the file; fewer, sorted by fact. A posting takes a
  // byte or two.
  const bytes = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return bytes > count / 4
    ? scoresGathered(pieces, ids, word, weights, count)
    : scoresSorted(
        ids.map((_, at) => postingsOf(at)),
        ids,
        word,
        weights,
      );
}

/**
 * The arrays scoresGathered gathers in, kept from one call to the next and cleared after each:
 * browse gathers at every key, and new arrays as long as the file (1.3 MB at 100,000 facts) were
 * memory touched for the first time, and garbage, each time: 20–30 % of a key's time.
 */
let gathering: Gathering | undefined;

interface Gathering {
  scores: Float64Array;
  termIds: Int32Array;
  typed: Uint8Array;
  /** A word's postings, read. */
  places: Int32Array;
  codes: Uint8Array;
}

/**
 * The best score of each fact, gathered in arrays as long as the file, then kept for the facts
 * matched. Each word's postings are read into arrays used again, not arrays of their own:
 * thousands of words, most of them rare, made 20 ms of garbage at 100,000 facts.
 */
function scoresGathered(
  pieces: readonly Uint8Array[],
  ids: readonly number[],
  word: WordMatch,
  weights: readonly number[],
  count: number,
): WordScores {
  const longest = pieces.reduce((most, piece) => Math.max(most, piece.length), 0);
  if (gathering?.scores.length !== count) {
    gathering = {
      scores: new Float64Array(count),
      termIds: new Int32Array(count),
      typed: new Uint8Array(count),
      places: new Int32Array(0),
      codes: new Uint8Array(0),
    };
  }
  if (gathering.places.length < longest) {
    gathering.places = new Int32Array(longest);
    gathering.codes = new Uint8Array(longest);
  }
  try {
    return gatherInto(gathering, pieces, ids, word, weights);
  } finally {
    gathering.scores.fill(0);
    gathering.typed.fill(0);
  }
}

function gatherInto(
  { scores, termIds, typed, places, codes }: Gathering,
  pieces: readonly Uint8Array[],
  ids: readonly number[],
  word: WordMatch,
  weights: readonly number[],
): WordScores {
  // A posting's score by its weight's code, for the word being read.
  const scoreOf = new Float64Array(WEIGHT_CODES);
  for (let list = 0; list < pieces.length; list += 1) {
    const id = ids[list] ?? 0;
    const read = readPostingsInto(pieces[list] ?? new Uint8Array(0), scores.length, places, codes);
    if (read < 0) throw new DamagedIndex(`the postings of term ${id} are not postings`);
    const similarity = word.similarities[id] ?? 0;
    for (let code = 0; code < WEIGHT_CODES; code += 1) scoreOf[code] = similarity * (weights[code] ?? 0);
    const isTyped = word.typed[id] === 1;
    for (let at = 0; at < read; at += 1) {
      const place = places[at] ?? 0;
      const score = scoreOf[codes[at] ?? 0] ?? 0;
      if (score > (scores[place] ?? 0)) {
        scores[place] = score;
        termIds[place] = id;
      }
      if (isTyped) typed[place] = 1;
    }
  }
  return compactScores(scores, termIds, typed);
}

/** The best score of each fact, from every posting sorted by fact. */
function scoresSorted(
  lists: readonly Postings[],
  ids: readonly number[],
  word: WordMatch,
  weights: readonly number[],
): WordScores {
  const total = lists.reduce((sum, { places }) => sum + places.length, 0);
  // Every posting, in the order of the words' ids.
  const entryPlaces = new Int32Array(total);
  const entryScores = new Float64Array(total);
  const entryIds = new Int32Array(total);
  const entryTyped = new Uint8Array(total);
  let filled = 0;
  lists.forEach(({ places, codes }, at) => {
    const id = ids[at] ?? 0;
    const similarity = word.similarities[id] ?? 0;
    entryPlaces.set(places, filled);
    entryIds.fill(id, filled, filled + places.length);
    entryTyped.fill(word.typed[id] ?? 0, filled, filled + places.length);
    for (let posting = 0; posting < places.length; posting += 1) {
      entryScores[filled + posting] = similarity * (weights[codes[posting] ?? 0] ?? 0);
    }
    filled += places.length;
  });
  return bestOfEach(byFact(entryPlaces), entryPlaces, entryScores, entryIds, entryTyped);
}

/**
 * The bytes of each word's postings. The words a prefix matches are a run of ids, and their
 * postings one piece of the file: read in one go, not a read a word (a letter or two typed in
 * browse matches thousands of words, and a read each took 20 ms at 100,000 facts).
 */
function postingBytes(facts: IndexedFacts, ids: readonly number[]): (id: number) => Uint8Array {
  const { index } = facts;
  const first = ids[0] ?? 0;
  const last = ids.at(-1) ?? 0;
  if (ids.length < 2 || last - first >= 4 * ids.length) {
    return (id) => {
      const [start = 0, end = 0] = index.float64s("postingOffsets", id, id + 2);
      return index.bytes("postings", start, end);
    };
  }
  const offsets = index.float64s("postingOffsets", first, last + 2);
  const base = offsets[0] ?? 0;
  const piece = index.bytes("postings", base, offsets[last - first + 1] ?? 0);
  return (id) => {
    const start = (offsets[id - first] ?? 0) - base;
    const end = (offsets[id - first + 1] ?? 0) - base;
    if (start < 0 || end < start || end > piece.length)
      throw new DamagedIndex(`term ${id}'s postings are out of place`);
    return piece.subarray(start, end);
  };
}

/** One word's postings as its scores: they are by fact already, one each. */
function scoresOfOne(postings: Postings, id: number, word: WordMatch, weights: readonly number[]): WordScores {
  const { places, codes } = postings;
  const similarity = word.similarities[id] ?? 0;
  const scores = new Float64Array(places.length);
  for (let at = 0; at < places.length; at += 1) scores[at] = similarity * (weights[codes[at] ?? 0] ?? 0);
  if (scores.includes(0)) throw new DamagedIndex(`term ${id} has a weight of nothing`);
  const termIds = new Int32Array(places.length).fill(id);
  const typed = new Uint8Array(places.length).fill(word.typed[id] ?? 0);
  return { places, scores, termIds, typed };
}

/** The entries, by fact, and by their own order within a fact: their order sorted by a number that says both. */
function byFact(places: Int32Array): Float64Array {
  const keys = new Float64Array(places.length);
  for (let at = 0; at < places.length; at += 1) keys[at] = (places[at] ?? 0) * places.length + at;
  keys.sort();
  for (let at = 0; at < keys.length; at += 1) keys[at] = (keys[at] ?? 0) % places.length;
  return keys;
}

/** For each fact of the entries (in `order`): the first best score, its word, and whether any was typed. */
function bestOfEach(
  order: Float64Array,
  places: Int32Array,
  scores: Float64Array,
  ids: Int32Array,
  typed: Uint8Array,
): WordScores {
  const best: WordScores = {
    places: new Int32Array(order.length),
    scores: new Float64Array(order.length),
    termIds: new Int32Array(order.length),
    typed: new Uint8Array(order.length),
  };
  let count = 0;
  for (let at = 0; at < order.length; ) {
    const place = places[order[at] ?? 0] ?? 0;
    let score = 0;
    let id = 0;
    let anyTyped = 0;
    for (; at < order.length && places[order[at] ?? 0] === place; at += 1) {
      const entry = order[at] ?? 0;
      if ((scores[entry] ?? 0) > score) {
        score = scores[entry] ?? 0;
        id = ids[entry] ?? 0;
      }
      anyTyped |= typed[entry] ?? 0;
    }
    if (score === 0) continue;
    best.places[count] = place;
    best.scores[count] = score;
    best.termIds[count] = id;
    best.typed[count] = anyTyped;
    count += 1;
  }
  return {
    places: best.places.subarray(0, count),
    scores: best.scores.subarray(0, count),
    termIds: best.termIds.subarray(0, count),
    typed: best.typed.subarray(0, count),
  };
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
  for (const { match } of ranking.words) for (const id of match.ids) termOf.set(ranking.names[id] ?? "", id);
  const local = scanned.terms.map((term) => termOf.get(term) ?? -1);
  const localWords = ranking.words.map(({ match }) => {
    const similarities = Float64Array.from(local, (id) => (id < 0 ? 0 : (match.similarities[id] ?? 0)));
    const ids = [...similarities.keys()].filter((at) => (similarities[at] ?? 0) > 0);
    return { similarities, typed: Uint8Array.from(local, (id) => (id < 0 ? 0 : (match.typed[id] ?? 0))), ids };
  });
  const exact = bestPerFact(scanned, localWords, read.length);
  return shown.map((hit, at) => {
    const found = new Set<string>();
    exact.forEach((fromWords, word) => {
      const indexed = (ranking.words[word] as WordResult).scores;
      const slot = slotOf(indexed, hit.factIndex);
      const local = slotOf(fromWords, at);
      const same =
        slot < 0
          ? local < 0
          : local >= 0 &&
            fromWords.scores[local] === indexed.scores[slot] &&
            fromWords.typed[local] === indexed.typed[slot];
      if (!same) throw new DamagedIndex(`fact ${hit.factIndex} does not hold the words its postings say`);
      // The words as rankFacts lists them: each query word's, once, in the query's order.
      if (local >= 0) found.add(scanned.terms[fromWords.termIds[local] ?? 0] ?? "");
    });
    return { ...hit, matchedTerms: [...found] };
  });
}
