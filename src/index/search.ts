// Search with a saved index: the words a query could match are found by their letter pairs
// (pairs.ts) and matched as the one-off search matches them (matchWord, over a Vocabulary of those
// words only); each matched word's postings give every fact's best similarity × field weight, as
// bestPerFact gives them from the facts' words; rankFacts ranks. Same words, same scores, same
// ranking: only where the numbers come from differs.
import type { Fact } from "../facts/schema.js";
import { bestPerFact, matchWord, type SearchOptions, type WordMatch } from "../search/engine.js";
import { parseQuery } from "../search/query.js";
import {
  compactScores,
  type FoundFacts,
  firstFrom,
  firstsNeeded,
  type RankedFact,
  type Ranking,
  rankFacts,
  rankScoreClasses,
  type ScoreClass,
  slotOf,
  type WordScores,
} from "../search/rank.js";
import { scanFacts } from "../search/term-scan.js";
import { Vocabulary } from "../search/vocabulary.js";
import type { IndexedFacts } from "./facts.js";
import { type Postings, readPostings, readPostingsInPieces, readPostingsInto, WEIGHT_CODES } from "./postings.js";
import { PrefixRuns } from "./prefixes.js";
import { DamagedIndex } from "./reader.js";
import { IndexedTerms } from "./terms.js";

/** A query ranked over an indexed file: every fact that matched, best first, and what `exactHits` needs. */
export interface IndexedRanking {
  ranking: Ranking & FoundFacts;
  words: WordResult[];
  terms: IndexedTerms;
}

/**
 * A query word against an index: how it matches each word (by term id; the words it matched),
 * every fact's best score for it, and the ids of the words it matched by their texts, once
 * exactHits has asked for them.
 */
interface WordResult {
  match: WordMatch;
  scores: WordScores;
  byText?: Map<string, number>;
}

/** An index's words, as searches read them; browse keeps them from one key to the next. */
export interface IndexWords {
  terms: IndexedTerms;
  vocabulary: Vocabulary;
  /** The last query words' results, kept by browse: as a query is typed, its first words stay the same. */
  recent?: Map<string, WordResult>;
  /** The runs of words whose postings are merged, read when first needed. */
  prefixes?: PrefixRuns;
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
  const asYouType = options.asYouType ?? false;
  // A search of one word, to a limit, whose postings are one list is ranked as it is read; not in
  // browse, which keeps each word's scores for the keys after it.
  const oneList =
    queryWords.length === 1 && !words.recent && Number.isFinite(options.limit ?? Number.POSITIVE_INFINITY);
  const results: WordResult[] = [];
  for (const word of queryWords) {
    const key = JSON.stringify([word, asYouType]);
    const known = words.recent?.get(key);
    if (known) {
      results.push(known);
      continue;
    }
    const match = matchWord(words.vocabulary, word, facts.index.meta.termCount, asYouType);
    const lists = postingLists(facts, words, match);
    if (oneList && lists.length === 1) return rankOneList(facts, words, match, lists[0] as ScoredList, options);
    const result = { match, scores: scoresFromLists(lists, facts) };
    results.push(result);
    if (words.recent) {
      words.recent.set(key, result);
      for (const old of words.recent.keys()) if (words.recent.size > RECENT_WORDS) words.recent.delete(old);
    }
  }
  // No words by id: the postings do not say which word gave a score (exactHits works that out).
  const ranking = rankFacts(
    results.map((result) => result.scores),
    [],
    facts.count,
    options.eligible,
    options.limit,
  );
  return { ranking, words: results, terms: words.terms };
}

/**
 * A search of one word whose postings are one list, ranked as the list is read
 * (rankScoreClasses): its facts score one of a few values, one for each field weight. No array
 * as long as the facts it matched is made but the postings read: a common word of a million
 * facts matches 60,000, and making its scores, then ranking them, took 12–14 ms of the search. The
 * word's scores hold the facts ranked only, all that exactHits looks up.
 */
function rankOneList(
  facts: IndexedFacts,
  words: IndexWords,
  match: WordMatch,
  list: ScoredList,
  options: SearchOptions,
): IndexedRanking {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const counts = options.eligible ? undefined : countedWeights(facts, list.term);
  const { classes, matched } = counts
    ? firstsCounted(facts, list, counts, limit)
    : firstsOfAll(facts, list, options.eligible, limit);
  const ranking = rankScoreClasses(classes, matched, list.typed, facts.count, limit);
  const ranked = Array.from({ length: ranking.length }, (_, at) => ranking.at(at)?.factIndex ?? 0).sort(
    (a, b) => a - b,
  );
  const scoreOf = new Map(classes.flatMap(({ score, firsts }) => firsts.map((place) => [place, score])));
  const scores: WordScores = {
    places: Int32Array.from(ranked),
    scores: Float64Array.from(ranked, (place) => scoreOf.get(place) ?? 0),
    typed: new Uint8Array(ranked.length).fill(list.typed ? 1 : 0),
  };
  return { ranking, words: [{ match, scores }], terms: words.terms };
}

/** A list's facts by score, one class for each field weight's code; none counted yet. */
function scoreClasses(facts: IndexedFacts, list: ScoredList) {
  return facts.index.meta.weights.map((weight) => ({
    score: list.similarity * weight,
    count: 0,
    firsts: [] as number[],
  }));
}

/** Every posting read: each class's eligible facts counted, and its first `limit` of them. */
function firstsOfAll(
  facts: IndexedFacts,
  list: ScoredList,
  eligible: ((place: number) => boolean) | undefined,
  limit: number,
): { classes: ScoreClass[]; matched: number } {
  const { places, codes } = postingsOf(list, facts.count);
  const classes = scoreClasses(facts, list);
  for (let at = 0; at < places.length; at += 1) {
    const place = places[at] ?? 0;
    const scoreClass = classes[codes[at] ?? 0];
    if (!scoreClass || scoreClass.score === 0) throw new DamagedIndex(`${list.name} has a weight of nothing`);
    if (eligible && !eligible(place)) continue;
    scoreClass.count += 1;
    if (scoreClass.firsts.length < limit) scoreClass.firsts.push(place);
  }
  return { classes, matched: places.length };
}

/**
 * The first facts of each class that can be shown, of postings whose facts the index counts by
 * weight (LONG_POSTINGS), read a piece at a time until they are found: "полиомиелит" of a
 * million facts reads the first 80 of its 58,000 postings (1 KB of 82), where reading them all
 * took 5–7 ms of the search. A class needs as many as firstsNeeded says.
 */
function firstsCounted(
  facts: IndexedFacts,
  list: ScoredList,
  counts: Uint32Array,
  limit: number,
): { classes: ScoreClass[]; matched: number } {
  const classes = scoreClasses(facts, list);
  let matched = 0;
  counts.forEach((count, code) => {
    const scoreClass = classes[code];
    if (count > 0 && (!scoreClass || scoreClass.score === 0))
      throw new DamagedIndex(`${list.name} has a weight of nothing`);
    if (scoreClass) scoreClass.count = count;
    matched += count;
  });
  // A posting takes a byte at least.
  if (matched > list.length) throw new DamagedIndex(`${list.name} holds fewer facts than counted`);
  const wanted = firstsNeeded(classes, limit);
  let missing = wanted.reduce((sum, count) => sum + count, 0);
  // The postings read are checked against the counts too: more facts of a weight than counted.
  const seen = new Uint32Array(classes.length);
  const read = readPostingsInPieces(list.length, facts.count, list.bytes, (places, codes, count) => {
    for (let at = 0; at < count && missing > 0; at += 1) {
      const code = codes[at] ?? 0;
      const scoreClass = classes[code];
      if (!scoreClass || scoreClass.score === 0) throw new DamagedIndex(`${list.name} has a weight of nothing`);
      seen[code] = (seen[code] ?? 0) + 1;
      if ((seen[code] ?? 0) > scoreClass.count) throw new DamagedIndex(`${list.name} holds more facts than counted`);
      if (scoreClass.firsts.length < (wanted[code] ?? 0)) {
        scoreClass.firsts.push(places[at] ?? 0);
        missing -= 1;
      }
    }
    return missing > 0;
  });
  if (!read) throw new DamagedIndex(`the postings of ${list.name} are not postings`);
  if (missing > 0) throw new DamagedIndex(`${list.name} holds fewer facts than counted`);
  return { classes, matched };
}

/** How many facts the postings of word `term` hold at each weight's code, if the index counts them (LONG_POSTINGS). */
function countedWeights(facts: IndexedFacts, term: number | undefined): Uint32Array | undefined {
  if (term === undefined) return undefined;
  const { index } = facts;
  // Ids, in order, below 2³¹.
  const ids = index.uint32s("countedTerms");
  const counted = new Int32Array(ids.buffer, ids.byteOffset, ids.length);
  const row = firstFrom(counted, term, 0);
  if (counted[row] !== term) return undefined;
  return index.uint32s("weightCounts", row * WEIGHT_CODES, (row + 1) * WEIGHT_CODES);
}

/**
 * bestPerFact for one query word, from the postings of the words it matched (postingLists): each
 * fact's best score, and whether any word it holds was typed. Which word gave a score is not
 * known here (a prefix's merged postings do not say): exactHits works that out for the facts shown.
 */
function scoresFromLists(lists: readonly ScoredList[], facts: IndexedFacts): WordScores {
  const { count, index } = facts;
  const weights = index.meta.weights;
  if (lists.length === 1) return scoresOfOne(lists[0] as ScoredList, weights, count);
  // Postings that reach many facts (a word of one or two letters typed in browse reaches most of
  // them) are gathered in arrays as long as the file; fewer, sorted by fact. A posting takes a
  // byte or two.
  const bytes = lists.reduce((sum, list) => sum + list.length, 0);
  return bytes > count / 4 ? scoresGathered(lists, weights, count) : scoresSorted(lists, weights, count);
}

/** Postings to score by, all at one similarity: a word's, or the merged postings of a run of words (prefixes.ts). */
interface ScoredList {
  /** How many bytes the postings take. */
  length: number;
  /** Bytes `from` to `to` of the postings (all of them by default). */
  bytes(from?: number, to?: number): Uint8Array;
  /** The word whose own postings these are; none for a run's merged postings. */
  term?: number;
  similarity: number;
  typed: boolean;
  /** What the postings are of, should they be damaged. */
  name: string;
}

/**
 * The lists a query word's scores are read from. A run of the words it matched whose postings
 * are merged (prefixes.ts) is read as one list, at the lowest similarity of its words; a word of
 * the run matched better also has its own read, which gives the facts it is in their higher
 * score. Every other word has its own.
 */
function postingLists(facts: IndexedFacts, words: IndexWords, word: WordMatch): ScoredList[] {
  const { ids, similarities, typed } = word;
  // Read only for a word that matched several: most searches are of one word that matched itself.
  if (ids.length > 1) words.prefixes ??= new PrefixRuns(facts.index);
  const prefixes = ids.length > 1 ? words.prefixes : undefined;
  const lists: ScoredList[] = [];
  const own: number[] = [];
  for (let at = 0; at < ids.length; ) {
    const first = ids[at] ?? 0;
    const run = prefixes?.within(ids, at, typed);
    if (!prefixes || !run) {
      own.push(first);
      at += 1;
      continue;
    }
    let lowest = Number.POSITIVE_INFINITY;
    for (let id = run.first; id < run.end; id += 1) lowest = Math.min(lowest, similarities[id] ?? 0);
    for (let id = run.first; id < run.end; id += 1) if ((similarities[id] ?? 0) > lowest) own.push(id);
    const name = `words ${run.first} to ${run.end - 1}`;
    const merged = prefixes.postings(run);
    lists.push({
      length: merged.length,
      bytes: (from = 0, to = merged.length) => merged.subarray(from, to),
      similarity: lowest,
      typed: typed[first] === 1,
      name,
    });
    at += run.end - run.first;
  }
  const bytesOf = postingBytes(facts, own);
  for (const id of own) {
    lists.push({
      ...bytesOf(id),
      term: id,
      similarity: similarities[id] ?? 0,
      typed: typed[id] === 1,
      name: `term ${id}`,
    });
  }
  return lists;
}

/**
 * The arrays scoresGathered gathers in, kept from one call to the next and cleared after each:
 * browse gathers at every key, and new arrays as long as the file (1.3 MB at 100,000 facts) were
 * memory touched for the first time, and garbage, each time: 20–30 % of a key's time.
 */
let gathering: Gathering | undefined;

interface Gathering {
  scores: Float64Array;
  typed: Uint8Array;
  /** A list's postings, read. */
  places: Int32Array;
  codes: Uint8Array;
}

/**
 * The best score of each fact, gathered in arrays as long as the file, then kept for the facts
 * matched. Each list's postings are read into arrays used again, not arrays of their own:
 * thousands of words, most of them rare, made 20 ms of garbage at 100,000 facts.
 */
function scoresGathered(lists: readonly ScoredList[], weights: readonly number[], count: number): WordScores {
  const longest = lists.reduce((most, list) => Math.max(most, list.length), 0);
  if (gathering?.scores.length !== count) {
    gathering = {
      scores: new Float64Array(count),
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
    return gatherInto(gathering, lists, weights);
  } finally {
    gathering.scores.fill(0);
    gathering.typed.fill(0);
  }
}

function gatherInto(
  { scores, typed, places, codes }: Gathering,
  lists: readonly ScoredList[],
  weights: readonly number[],
): WordScores {
  // A posting's score by its weight's code, for the list being read.
  const scoreOf = new Float64Array(WEIGHT_CODES);
  for (const list of lists) {
    const read = readPostingsInto(list.bytes(), scores.length, places, codes);
    if (read < 0) throw new DamagedIndex(`the postings of ${list.name} are not postings`);
    for (let code = 0; code < WEIGHT_CODES; code += 1) scoreOf[code] = list.similarity * (weights[code] ?? 0);
    gatherList(places, codes, read, scoreOf, list.typed, { scores, typed });
  }
  return compactScores(scores, typed);
}

/**
 * One list's postings (the first `read` of `places` and `codes`) into the best scores. Its own
 * function, ending with its loop (see OSR_NOTE in search/rank.ts): inside gatherInto, V8 compiled
 * the loop while the first list ran, fell back at the next list, and ran the next list's 50,000
 * postings in its interpreter while it compiled again (`…права д`: 15–17 ms of a key).
 */
function gatherList(
  places: Int32Array,
  codes: Uint8Array,
  read: number,
  scoreOf: Float64Array,
  listTyped: boolean,
  into: Pick<Gathering, "scores" | "typed">,
): void {
  const { scores, typed } = into;
  for (let at = 0; at < read; at += 1) {
    const place = places[at] ?? 0;
    const score = scoreOf[codes[at] ?? 0] ?? 0;
    if (score > (scores[place] ?? 0)) scores[place] = score;
    if (listTyped) typed[place] = 1;
  }
}

/** The best score of each fact, from every posting sorted by fact. */
function scoresSorted(lists: readonly ScoredList[], weights: readonly number[], count: number): WordScores {
  const read = lists.map((list) => postingsOf(list, count));
  const total = read.reduce((sum, { places }) => sum + places.length, 0);
  // Every posting, in the order of the lists.
  const entryPlaces = new Int32Array(total);
  const entryScores = new Float64Array(total);
  const entryTyped = new Uint8Array(total);
  let filled = 0;
  read.forEach(({ places, codes }, at) => {
    const { similarity, typed } = lists[at] as ScoredList;
    entryPlaces.set(places, filled);
    entryTyped.fill(typed ? 1 : 0, filled, filled + places.length);
    for (let posting = 0; posting < places.length; posting += 1) {
      entryScores[filled + posting] = similarity * (weights[codes[posting] ?? 0] ?? 0);
    }
    filled += places.length;
  });
  return bestOfEach(byFact(entryPlaces), entryPlaces, entryScores, entryTyped);
}

function postingsOf(list: ScoredList, count: number): Postings {
  const postings = readPostings(list.bytes(), count);
  if (!postings) throw new DamagedIndex(`the postings of ${list.name} are not postings`);
  return postings;
}

/**
 * The bytes of each word's postings. The words a prefix matches are a run of ids, and their
 * postings one piece of the file: read in one go, not a read a word (a letter or two typed in
 * browse matches thousands of words, and a read each took 20 ms at 100,000 facts).
 */
function postingBytes(
  facts: IndexedFacts,
  ids: readonly number[],
): (id: number) => Pick<ScoredList, "length" | "bytes"> {
  const { index } = facts;
  const first = ids[0] ?? 0;
  const last = ids.at(-1) ?? 0;
  if (ids.length < 2 || last - first >= 4 * ids.length) {
    // Read when asked for: a search of one word may read only the first of its postings.
    return (id) => {
      const [start = 0, end = 0] = index.float64s("postingOffsets", id, id + 2);
      const length = end - start;
      return { length, bytes: (from = 0, to = length) => index.bytes("postings", start + from, start + to) };
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
    const own = piece.subarray(start, end);
    return { length: own.length, bytes: (from = 0, to = own.length) => own.subarray(from, to) };
  };
}

/** One list's postings as its scores: they are by fact already, one each. */
function scoresOfOne(list: ScoredList, weights: readonly number[], count: number): WordScores {
  const { places, codes } = postingsOf(list, count);
  const scores = new Float64Array(places.length);
  scoresByCode(codes, list.similarity, weights, scores);
  if (scores.includes(0)) throw new DamagedIndex(`${list.name} has a weight of nothing`);
  const typed = new Uint8Array(places.length).fill(list.typed ? 1 : 0);
  return { places, scores, typed };
}

/** Each posting's score, by its weight's code. A loop that ends its function (see OSR_NOTE in search/rank.ts). */
function scoresByCode(codes: Uint8Array, similarity: number, weights: readonly number[], scores: Float64Array): void {
  for (let at = 0; at < scores.length; at += 1) scores[at] = similarity * (weights[codes[at] ?? 0] ?? 0);
}

/** The entries, by fact, and by their own order within a fact: their order sorted by a number that says both. */
function byFact(places: Int32Array): Float64Array {
  const keys = new Float64Array(places.length);
  for (let at = 0; at < places.length; at += 1) keys[at] = (places[at] ?? 0) * places.length + at;
  keys.sort();
  for (let at = 0; at < keys.length; at += 1) keys[at] = (keys[at] ?? 0) % places.length;
  return keys;
}

/** For each fact of the entries (in `order`): the best score, and whether any was typed. */
function bestOfEach(order: Float64Array, places: Int32Array, scores: Float64Array, typed: Uint8Array): WordScores {
  const best: WordScores = {
    places: new Int32Array(order.length),
    scores: new Float64Array(order.length),
    typed: new Uint8Array(order.length),
  };
  const count = bestInto(best, order, places, scores, typed);
  return {
    places: best.places.subarray(0, count),
    scores: best.scores.subarray(0, count),
    typed: best.typed.subarray(0, count),
  };
}

/** bestOfEach's loop, into `best`; how many facts. It ends its function (see OSR_NOTE in search/rank.ts). */
function bestInto(
  best: WordScores,
  order: Float64Array,
  places: Int32Array,
  scores: Float64Array,
  typed: Uint8Array,
): number {
  let count = 0;
  for (let at = 0; at < order.length; ) {
    const place = places[order[at] ?? 0] ?? 0;
    let score = 0;
    let anyTyped = 0;
    for (; at < order.length && places[order[at] ?? 0] === place; at += 1) {
      const entry = order[at] ?? 0;
      if ((scores[entry] ?? 0) > score) score = scores[entry] ?? 0;
      anyTyped |= typed[entry] ?? 0;
    }
    if (score === 0) continue;
    best.places[count] = place;
    best.scores[count] = score;
    best.typed[count] = anyTyped;
    count += 1;
  }
  return count;
}

// exactHits's loops: plain loops, not a callback a word (a letter typed in browse matches
// thousands of words, and the callbacks, run before V8 optimises them, took 3–9 ms of a key).

/** The words of these ids, each with its id. */
function idsByText(ids: readonly number[], terms: IndexedTerms): Map<string, number> {
  const byText = new Map<string, number>();
  for (let at = 0; at < ids.length; at += 1) byText.set(terms.term(ids[at] ?? 0), ids[at] ?? 0);
  return byText;
}

/** How a query word matches the words of the facts shown (`local`, by their ids there), from how it matched the index's. */
function localMatch(match: WordMatch, byText: ReadonlyMap<string, number>, local: readonly string[]): WordMatch {
  const similarities = new Float64Array(local.length);
  const typed = new Uint8Array(local.length);
  const ids: number[] = [];
  for (let at = 0; at < local.length; at += 1) {
    const id = byText.get(local[at] ?? "");
    if (id === undefined) continue;
    similarities[at] = match.similarities[id] ?? 0;
    typed[at] = match.typed[id] ?? 0;
    if ((similarities[at] ?? 0) > 0) ids.push(at);
  }
  return { similarities, typed, ids };
}

/**
 * The hits shown, read from the file, each with the words that matched it. Postings say how well
 * a fact matched, not by which word (a prefix's merged postings keep none, and of two words that
 * matched equally well the one shown is the first in the fact, as bestPerFact keeps it); the
 * facts shown are read anyway, and their words give it. A fact whose words do not give the scores its postings gave is not the
 * fact indexed: DamagedIndex.
 */
export function exactHits(facts: IndexedFacts, ranking: IndexedRanking, shown: readonly RankedFact[]): RankedFact[] {
  const places = shown.map((hit) => hit.factIndex);
  const read: Fact[] = places.map((place) => facts.fact(place));
  const scanned = scanFacts(read, undefined, Number.POSITIVE_INFINITY);
  // bestPerFact over the facts shown, their words matched as the index's were.
  const localWords = ranking.words.map((result) => {
    // Kept with the word's result: browse asks again at every key, for the words typed before.
    result.byText ??= idsByText(result.match.ids, ranking.terms);
    return localMatch(result.match, result.byText, scanned.terms);
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
      if (local >= 0) found.add(scanned.terms[fromWords.termIds?.[local] ?? 0] ?? "");
    });
    return { ...hit, matchedTerms: [...found] };
  });
}
