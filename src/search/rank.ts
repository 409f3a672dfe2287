// How facts are ranked once each query word's best match in each fact is known: the answer to
// "is this what was meant?", not only "does it mention a query word?".

/** A fact that matched, by its place among the facts scanned, with its score and the words that matched. */
export interface RankedFact {
  factIndex: number;
  score: number;
  matchedTerms: string[];
}

/** The facts ranked (at most as many as asked for), best first, and how many ranked in all. */
export interface Ranking {
  ranked: RankedFact[];
  total: number;
}

/** Facts found, best first, as browse reads them: an array, or a list that makes each when read. */
export interface FoundFacts {
  readonly length: number;
  at(index: number): RankedFact | undefined;
}

/**
 * A ranking whose facts are made when read: browse ranks every fact a letter or two typed
 * matches, 99,000 of 100,000, and shows a screenful, so only those are made.
 */
class RankingInOrder implements Ranking, FoundFacts {
  private made: RankedFact[] | undefined;

  /** `order`: where each fact, best first, is in `places` and `thousandths` (its score × 1000). */
  constructor(
    private readonly order: Int32Array,
    private readonly places: Int32Array,
    private readonly thousandths: Int32Array | Float64Array,
    readonly total: number,
    private readonly perWord: readonly WordScores[],
    private readonly terms: readonly string[],
  ) {}

  get length(): number {
    return this.order.length;
  }

  at(index: number): RankedFact | undefined {
    if (index < 0 || index >= this.order.length) return undefined;
    const at = this.order[index] ?? 0;
    return new Ranked(this.places[at] ?? 0, (this.thousandths[at] ?? 0) / 1000, this.perWord, this.terms);
  }

  get ranked(): RankedFact[] {
    this.made ??= Array.from({ length: this.length }, (_, index) => this.at(index) as RankedFact);
    return this.made;
  }
}

/**
 * For one query word: the facts it matched, in file order, and for each (at the same place in
 * the other arrays) its best similarity × field weight there (above 0), the word id that gave
 * it (when known: a saved index's postings do not say, see exactHits in index/search.ts), and
 * whether the fact holds the word as typed or a word it begins (1) or only other forms.
 * Only the facts matched, not an array as long as the file: touching every page of one of those
 * took 2 to 4 ms at 100,000 facts, where most words match a few thousand.
 */
export interface WordScores {
  places: Int32Array;
  scores: Float64Array;
  termIds?: Int32Array;
  typed: Uint8Array;
}

/** Where a fact is in a word's scores, or −1 if the word did not match it. */
export function slotOf(word: WordScores, factIndex: number): number {
  const slot = firstFrom(word.places, factIndex, 0);
  return word.places[slot] === factIndex ? slot : -1;
}

/** The first place from `from` in `places` (ascending) holding `factIndex` or a later fact. */
export function firstFrom(places: Int32Array, factIndex: number, from: number): number {
  let low = from;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((places[middle] ?? 0) < factIndex) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A word's scores from ones as long as the facts (0: no match), with the words' ids if given. */
export function compactScores(scores: Float64Array, typed: Uint8Array, termIds?: Int32Array): WordScores {
  const count = positiveCount(scores);
  const compact: WordScores = {
    places: new Int32Array(count),
    scores: new Float64Array(count),
    termIds: termIds && new Int32Array(count),
    typed: new Uint8Array(count),
  };
  copyPositive(scores, typed, termIds, compact);
  return compact;
}

// The loops over every fact are functions of their own that end with the loop (see OSR_NOTE).
function positiveCount(scores: Float64Array): number {
  let count = 0;
  for (let place = 0; place < scores.length; place += 1) if ((scores[place] ?? 0) > 0) count += 1;
  return count;
}

function copyPositive(
  scores: Float64Array,
  typed: Uint8Array,
  termIds: Int32Array | undefined,
  into: WordScores,
): void {
  let at = 0;
  for (let place = 0; place < scores.length; place += 1) {
    if ((scores[place] ?? 0) === 0) continue;
    into.places[at] = place;
    into.scores[at] = scores[place] ?? 0;
    into.typed[at] = typed[place] ?? 0;
    if (termIds && into.termIds) into.termIds[at] = termIds[place] ?? 0;
    at += 1;
  }
}

/**
 * OSR_NOTE. A loop over thousands of facts is compiled by V8 while it runs (on-stack replacement),
 * before the code after it has ever run; that code, reached with no type feedback, sends V8 back
 * to its interpreter, and V8 (11.3, Node 20) enters the same compiled loop again on the next call,
 * and falls back again: every browse key ran the rest of compactScores, rankOneWord and
 * keptInOrder interpreted (node --trace-deopt: the same code deoptimised 10–26 times a session).
 * So each such loop is a function that ends with it. Guarded by test/search/osr.test.ts.
 */

/**
 * A fact whose score is below this share of the best one is an echo of the query, not an answer.
 * One word: its derived forms and typos in a quote fall under it beside the word in a title.
 * Several words: so does a fact that holds them only in its quote, a source sentence it shares
 * with its neighbours, when another holds them in its title («торговля детьми»: the quote of the
 * armed-conflict protocol names both protocols). A fact that holds every word as typed, or a word
 * it begins, is always shown: a word typed letter by letter never loses a fact that holds it.
 */
export const RELATIVE_CUTOFF = { oneWord: 0.5, words: 0.75 };
/**
 * When no fact matches every word: a fact whose words are less than this share of the query
 * (each word weighed by its rarity) is left out: "child" alone is not an answer to "child soldiers".
 */
const PARTIAL_FLOOR = 0.25;

/**
 * Ranks the facts (those `eligible` keeps) by how well they match the query:
 * - Facts that match every word of the query come first, and alone; when none matches them all,
 *   those that match the most words, if that is at least PARTIAL_FLOOR of the query.
 * - A fact's score is the share of the query it matches: each word weighs by its rarity in the
 *   file (BM25's inverse document frequency), times how well the fact matches it (similarity ×
 *   field weight). One word in a title, as typed, is 1; ЮНИСЕФ, in nearly every fact, weighs
 *   little beside представительство.
 * - A fact scoring under a share of the best score is left out, unless it holds every word as
 *   typed (RELATIVE_CUTOFF).
 * Equal scores keep the file's order. Only the first `limit` are given; `total` counts them all.
 */
export function rankFacts(
  perWord: readonly WordScores[],
  terms: readonly string[],
  factCount: number,
  eligible?: (factIndex: number) => boolean,
  limit = Number.POSITIVE_INFINITY,
): Ranking & FoundFacts {
  if (perWord.length === 1) return rankOneWord(perWord, terms, factCount, eligible, limit);
  const weights = perWord.map(({ places }) => inverseDocumentFrequency(places.length, factCount));
  // Only the facts some word matched, each in typed arrays, in plain loops: a search is over
  // before V8 optimises its code, and at 100,000 facts, objects, callbacks and iterators per fact
  // took 8 ms of an indexed search's 40 (docs/performance.md).
  const matchedFacts = factsToRank(perWord, eligible);
  const size = matchedFacts.length;
  const scored: ScoredFacts = {
    places: new Int32Array(size),
    matchedWords: new Uint8Array(size),
    shares: new Float64Array(size),
    thousandths: new Float64Array(size),
    allTyped: new Uint8Array(size),
  };
  const count = scoreEachFact(matchedFacts, perWord, weights, eligible, scored);
  const best = keepCovering(scored, count, perWord.length);
  const { order, total } = keptInOrder(
    scored.thousandths.subarray(0, count),
    scored.allTyped,
    best,
    RELATIVE_CUTOFF.words * best,
    limit,
  );
  return new RankingInOrder(order, scored.places, scored.thousandths, total, perWord, terms);
}

/** The eligible facts to rank, by their place in these arrays: how many words each matched, and how well. */
interface ScoredFacts {
  places: Int32Array;
  matchedWords: Uint8Array;
  /** The share of the query's weight of the words it matched. */
  shares: Float64Array;
  thousandths: Float64Array;
  /** Whether it holds every word as typed (or a word it begins). */
  allTyped: Uint8Array;
}

/** Scores each eligible fact of `facts` into `scored` (see rankFacts); how many. A loop that ends its function (see OSR_NOTE). */
function scoreEachFact(
  facts: Int32Array,
  perWord: readonly WordScores[],
  weights: readonly number[],
  eligible: ((factIndex: number) => boolean) | undefined,
  scored: ScoredFacts,
): number {
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const wordPlaces = perWord.map((word) => word.places);
  const wordScores = perWord.map((word) => word.scores);
  const wordTyped = perWord.map((word) => word.typed);
  const wordCount = perWord.length;
  // Each word's next slot: the facts are visited in file order, as each word lists them.
  const next = new Int32Array(wordCount);
  let count = 0;
  for (let at = 0; at < facts.length; at += 1) {
    const factIndex = facts[at] ?? 0;
    let matched = 0;
    let share = 0;
    let total = 0;
    // Every word, as typed: a word the fact does not hold at all makes it no exception.
    let typed = 1;
    for (let word = 0; word < wordCount; word += 1) {
      const places = wordPlaces[word] as Int32Array;
      let slot = next[word] ?? 0;
      // Visiting only some facts (see factsToRank), a word's next one may be past.
      if ((places[slot] ?? factIndex) < factIndex) slot = firstFrom(places, factIndex, slot);
      next[word] = slot;
      if (places[slot] !== factIndex) {
        typed = 0;
        continue;
      }
      next[word] = slot + 1;
      if ((wordTyped[word] as Uint8Array)[slot] !== 1) typed = 0;
      matched += 1;
      share += weights[word] ?? 0;
      total += ((wordScores[word] as Float64Array)[slot] ?? 0) * (weights[word] ?? 0);
    }
    if (eligible && !eligible(factIndex)) continue;
    scored.places[count] = factIndex;
    scored.matchedWords[count] = matched;
    scored.shares[count] = share / totalWeight;
    scored.thousandths[count] = Math.round((total / totalWeight) * 1000);
    scored.allTyped[count] = typed;
    count += 1;
  }
  return count;
}

/**
 * Keeps the first `count` facts scored that cover the query: those matched by the most words
 * (every one of `wordCount`, or at least PARTIAL_FLOOR of the query); the others get a score of
 * −1 (not kept). The best score kept.
 */
function keepCovering(scored: ScoredFacts, count: number, wordCount: number): number {
  const mostMatched = largest(scored.matchedWords, count, 1);
  return coveringBest(scored, count, mostMatched, mostMatched === wordCount);
}

// keepCovering's loops, each a function that ends with it (see OSR_NOTE).

/** The largest of the first `count` values, or `least` if none is larger. */
function largest(values: Uint8Array | Int32Array, count: number, least: number): number {
  let most = least;
  for (let at = 0; at < count; at += 1) if ((values[at] ?? 0) > most) most = values[at] ?? 0;
  return most;
}

function coveringBest(scored: ScoredFacts, count: number, mostMatched: number, all: boolean): number {
  const { matchedWords, shares, thousandths } = scored;
  let best = 0;
  for (let at = 0; at < count; at += 1) {
    if (matchedWords[at] !== mostMatched || (!all && (shares[at] ?? 0) < PARTIAL_FLOOR)) thousandths[at] = -1;
    else if ((thousandths[at] ?? 0) > best) best = thousandths[at] ?? 0;
  }
  return best;
}

/**
 * rankFacts for a query of one word, as most are: every fact it matched covers the query, and
 * its score is its own. Its own loops, with one array as long as the facts matched, not five: a
 * common word of a million facts matches 60,000, and their arrays were 7 ms of garbage.
 */
function rankOneWord(
  perWord: readonly WordScores[],
  terms: readonly string[],
  factCount: number,
  eligible: ((factIndex: number) => boolean) | undefined,
  limit: number,
): Ranking & FoundFacts {
  const { places, scores, typed } = perWord[0] as WordScores;
  const weight = inverseDocumentFrequency(places.length, factCount);
  // Each fact's score in thousandths as rankFacts works it out; −1 for a fact not eligible.
  const thousandths = new Int32Array(places.length);
  const best = oneWordThousandths(places, scores, weight, eligible, thousandths);
  const { order, total } = keptInOrder(thousandths, typed, best, RELATIVE_CUTOFF.oneWord * best, limit);
  return new RankingInOrder(order, places, thousandths, total, perWord, terms);
}

/** Fills in each fact's score in thousandths (see rankOneWord) and gives the best (see OSR_NOTE). */
function oneWordThousandths(
  places: Int32Array,
  scores: Float64Array,
  weight: number,
  eligible: ((factIndex: number) => boolean) | undefined,
  thousandths: Int32Array,
): number {
  let best = 0;
  for (let at = 0; at < places.length; at += 1) {
    if (eligible && !eligible(places[at] ?? 0)) {
      thousandths[at] = -1;
      continue;
    }
    const score = Math.round((((scores[at] ?? 0) * weight) / weight) * 1000);
    thousandths[at] = score;
    if (score > best) best = score;
  }
  return best;
}

/**
 * Facts of one query word that score alike: their score, how many of them are eligible, and the
 * first of those in file order (as many as may be shown, or more).
 */
export interface ScoreClass {
  score: number;
  count: number;
  firsts: readonly number[];
}

// A class scoring more than this above another ranks above it in thousandths, whatever the rounding.
const SCORE_MARGIN = 0.002;

/**
 * How many of each class's first facts rankScoreClasses may show within `limit`: as many as the
 * limit leaves a class after the facts of the classes that surely rank above it. A saved index
 * reads a long word's postings only until it has these (index/search.ts).
 */
export function firstsNeeded(classes: readonly Omit<ScoreClass, "firsts">[], limit: number): number[] {
  return classes.map(({ score, count }) => {
    const above = classes.reduce((sum, other) => (other.score - score > SCORE_MARGIN ? sum + other.count : sum), 0);
    return Math.min(count, Math.max(0, limit - above));
  });
}

/**
 * rankOneWord for a word whose facts each score one of a few values (a saved index's one list of
 * postings: a score for each field weight), told by the facts of each score: the same ranks from
 * no array as long as the facts matched. `matched`: how many facts the word matched in all (its
 * rarity); `typed`: whether it is typed as it is in them all.
 */
export function rankScoreClasses(
  classes: readonly ScoreClass[],
  matched: number,
  typed: boolean,
  factCount: number,
  limit: number,
): Ranking & FoundFacts {
  const weight = inverseDocumentFrequency(matched, factCount);
  const thousandths = classes.map(({ score }) => Math.round(((score * weight) / weight) * 1000));
  let best = 0;
  classes.forEach(({ count }, at) => {
    if (count > 0) best = Math.max(best, thousandths[at] ?? 0);
  });
  const cutoff = RELATIVE_CUTOFF.oneWord * best;
  const kept = classes.flatMap((scoreClass, at) => {
    const score = thousandths[at] ?? 0;
    return scoreClass.count > 0 && (typed || score >= cutoff) ? [{ ...scoreClass, thousandths: score }] : [];
  });
  const total = kept.reduce((sum, { count }) => sum + count, 0);
  // Best first; facts of equal scores in file order.
  const ordered = kept
    .flatMap(({ firsts, thousandths }) => firsts.map((place) => ({ place, thousandths })))
    .sort((a, b) => b.thousandths - a.thousandths || a.place - b.place)
    .slice(0, Math.min(limit, total));
  const places = Int32Array.from(ordered, ({ place }) => place);
  const scores = Int32Array.from(ordered, ({ thousandths }) => thousandths);
  return new RankingInOrder(Int32Array.from(places.keys()), places, scores, total, [], []);
}

/**
 * The facts kept, best first, in file order within a score (the first `limit`), and how many are
 * kept: not those of a score of −1, nor those under `cutoff` unless they hold every word as typed
 * (`typed`). By counting: a score is a whole number of thousandths, at most `best`, and the facts
 * are in file order already (a sort of 58,000 facts took 3 ms). A fact's slot is its score below
 * the best, and `starts` counts the facts of each slot at slot + 1, then says where they start.
 */
function keptInOrder(
  thousandths: Int32Array | Float64Array,
  typed: Uint8Array,
  best: number,
  cutoff: number,
  limit: number,
): { order: Int32Array; total: number } {
  const starts = new Int32Array(best + 2);
  const slots = new Int32Array(thousandths.length);
  const total = slotsKept(thousandths, typed, best, cutoff, slots, starts);
  startsOfSlots(starts);
  const order = new Int32Array(Math.min(limit, total));
  placeInOrder(slots, starts, order);
  return { order, total };
}

// keptInOrder's three loops, each a function that ends with it (see OSR_NOTE).

/** Each fact's slot (−1: not kept), the facts of each slot counted in `starts`; how many are kept. */
function slotsKept(
  thousandths: Int32Array | Float64Array,
  typed: Uint8Array,
  best: number,
  cutoff: number,
  slots: Int32Array,
  starts: Int32Array,
): number {
  let total = 0;
  for (let at = 0; at < thousandths.length; at += 1) {
    const score = thousandths[at] ?? 0;
    if (score < 0 || (typed[at] !== 1 && score < cutoff)) {
      slots[at] = -1;
      continue;
    }
    slots[at] = best - score;
    starts[best - score + 1] = (starts[best - score + 1] ?? 0) + 1;
    total += 1;
  }
  return total;
}

/** The counts of each slot (at slot + 1) summed into where each slot's facts start. */
function startsOfSlots(starts: Int32Array): void {
  for (let slot = 1; slot < starts.length; slot += 1) starts[slot] = (starts[slot] ?? 0) + (starts[slot - 1] ?? 0);
}

/** Each kept fact at its place in `order`, as far as the order reaches. */
function placeInOrder(slots: Int32Array, starts: Int32Array, order: Int32Array): void {
  for (let at = 0; at < slots.length; at += 1) {
    const slot = slots[at] ?? -1;
    if (slot < 0) continue;
    const place = starts[slot] ?? 0;
    starts[slot] = place + 1;
    if (place < order.length) order[place] = at;
  }
}

/**
 * A ranked fact whose matched words are worked out when read: most are cut by a limit before
 * they are shown. A class, not an object with a getter of its own: 5,000 of those took 5 ms.
 */
class Ranked implements RankedFact {
  constructor(
    readonly factIndex: number,
    readonly score: number,
    private readonly perWord: readonly WordScores[],
    private readonly terms: readonly string[],
  ) {}

  get matchedTerms(): string[] {
    return matchedTerms(this.perWord, this.terms, this.factIndex);
  }
}

/**
 * The facts to rank, in file order: only those matched by the most words (of those `eligible`
 * keeps), as no other fact is kept. Facts that match every word are found among the facts of the
 * word that matched the fewest ("полиомиелит п" in browse: 5,800 of 100,000 facts, not all that
 * hold a word in п). When there are none, the facts matched by the most words are counted: a word
 * typed in browse that no fact holds with the others ("…детей m", or "…детей memor", which
 * matches nothing) had every fact any word matched ranked, 20,000–50,000 at 100,000 facts.
 */
function factsToRank(
  perWord: readonly WordScores[],
  eligible: ((factIndex: number) => boolean) | undefined,
): Int32Array {
  if (perWord.length === 1) return perWord[0]?.places ?? new Int32Array(0);
  const fewest = perWord.reduce((least, word) => (word.places.length < least.places.length ? word : least));
  const inAll = factsInAll(fewest.places, perWord, eligible);
  return inAll.length > 0 ? Int32Array.from(inAll) : factsMatchedMost(perWord, eligible);
}

/** The eligible facts of `candidates` that every word matched. A loop that ends its function (see OSR_NOTE). */
function factsInAll(
  candidates: Int32Array,
  perWord: readonly WordScores[],
  eligible: ((factIndex: number) => boolean) | undefined,
): number[] {
  const inAll: number[] = [];
  for (let at = 0; at < candidates.length; at += 1) {
    const factIndex = candidates[at] ?? 0;
    let everyWord = !eligible || eligible(factIndex);
    for (let word = 0; everyWord && word < perWord.length; word += 1) {
      everyWord = slotOf(perWord[word] as WordScores, factIndex) >= 0;
    }
    if (everyWord) inAll.push(factIndex);
  }
  return inAll;
}

/**
 * The eligible facts matched by the most words, in file order. Every word's facts, sorted
 * together: a fact is there once for each word that matched it.
 */
function factsMatchedMost(
  perWord: readonly WordScores[],
  eligible: ((factIndex: number) => boolean) | undefined,
): Int32Array {
  const all = new Int32Array(perWord.reduce((sum, { places }) => sum + places.length, 0));
  let at = 0;
  for (const { places } of perWord) {
    all.set(places, at);
    at += places.length;
  }
  all.sort();
  // Each eligible fact once, with how many words matched it.
  const facts = new Int32Array(all.length);
  const counts = new Int32Array(all.length);
  const found = countEach(all, eligible, facts, counts);
  return facts.subarray(0, keepMost(facts, counts, found, largest(counts, found, 0)));
}

// factsMatchedMost's loops, each a function that ends with it (see OSR_NOTE).

/** Each eligible fact of `all` (sorted) once in `facts`, with how many times it is there in `counts`; how many facts. */
function countEach(
  all: Int32Array,
  eligible: ((factIndex: number) => boolean) | undefined,
  facts: Int32Array,
  counts: Int32Array,
): number {
  let found = 0;
  for (let read = 0; read < all.length; ) {
    const factIndex = all[read] ?? 0;
    let count = 0;
    for (; read < all.length && all[read] === factIndex; read += 1) count += 1;
    if (eligible && !eligible(factIndex)) continue;
    facts[found] = factIndex;
    counts[found] = count;
    found += 1;
  }
  return found;
}

/** Moves the first `found` facts counted `most` times to the front, in order; how many. */
function keepMost(facts: Int32Array, counts: Int32Array, found: number, most: number): number {
  let kept = 0;
  for (let read = 0; read < found; read += 1) {
    if (counts[read] === most) {
      facts[kept] = facts[read] ?? 0;
      kept += 1;
    }
  }
  return kept;
}

/** BM25's IDF of a query word that `matching` facts hold: a word in every fact weighs little, a rare one much. */
function inverseDocumentFrequency(matching: number, factCount: number): number {
  return Math.log(1 + (factCount - matching + 0.5) / (matching + 0.5));
}

function matchedTerms(perWord: readonly WordScores[], terms: readonly string[], factIndex: number): string[] {
  const found = new Set<string>();
  for (const word of perWord) {
    const slot = slotOf(word, factIndex);
    if (slot >= 0 && word.termIds) found.add(terms[word.termIds[slot] ?? 0] ?? "");
  }
  return [...found];
}
