import { allowedEdits, boundedEditDistance } from "./edit-distance.js";
import { isCyrillic, isNumber, otherRoots, stem, stemsJoinedToPrefix } from "./normalize.js";
import { ListedTerms, type TermSource, type TypoReach } from "./terms.js";

/**
 * How an indexed word matches a query word. Tiers, best first: the word itself, another form of
 * it, or a word derived from the same root (STRONG); one edit away, two edits away. A query word
 * counts only its best tier that matched anything (engine.ts): a word that is in the facts is
 * never also read as a typo of another.
 */
export const STRONG = 0;
/** One edit is tier FUZZY, two edits FUZZY + 1. */
export const FUZZY = 1;

export interface TermMatch {
  similarity: number;
  tier: number;
  /** The word as typed, its Latin spelling, or a word it begins: never left out of a search (rank.ts). */
  typed: boolean;
}

/** How well a query word matches indexed words, by term id. */
export type TermMatches = Map<number, TermMatch>;

const SAME_WORD = 1;
const SAME_STEM = 0.95;
const TRANSLITERATED = 0.95;
const PREFIX = 0.9;
const SHARED_STEM_PREFIX = 0.7;
const EDITED = [1, 0.8, 0.7];
/** Prefixes shorter than this match too much to be worth showing. */
export const MIN_PREFIX = 3;
/**
 * A Latin prefix finds Cyrillic words by their Latin spelling only from this length: "polo" is on
 * its way to polo more often than to положения.
 */
const MIN_TRANSLITERATED_PREFIX = 5;
/**
 * An ending added to the whole query word is an inflection: полиомиелит → полиомиелита; a word
 * of fewer than MIN_ENDING_WORD letters would take every short word that starts like it (п: по, при).
 */
const MAX_ENDING = 3;
const MIN_ENDING_WORD = 4;

/** A vocabulary with all its ways in worked out, as JSON: the build saves the shipped book's. */
export interface VocabularyJson {
  /** Each word's stem; null where the stem is the word. */
  stems: (string | null)[];
  /** Each Cyrillic word's Latin spelling; null for a word in Latin letters, spelled as it is. */
  latin: (string | null)[];
}

/** How a query word is matched (engine.ts says how, for each way of reading it). */
export interface MatchOptions {
  /** The last word of a query, which may be unfinished, of at least this many letters, also matches the words it begins. */
  minPrefix: number | undefined;
  /** Whether typos are looked for; not in a guess (the other layout, Latin read as Russian). */
  typos: boolean;
}

/** Distinct indexed words, and the ways to reach them: spelling, stem, Latin transliteration, prefix, typos. */
export class Vocabulary {
  // Worked out on first use and only as far as needed: a one-off search of a large file has tens
  // of thousands of words, and stemming or transliterating them all would cost more than the search.
  private readonly source: TermSource;
  /** The stems worked out, of words whose stem the source does not know. */
  private readonly stems = new Map<number, string>();

  /**
   * The words, as a list or another source (see terms.ts); `saved`: what `toJson` gave for a list
   * of words (or some of it), so that it is not worked out again.
   */
  constructor(terms: readonly string[] | TermSource, saved?: Partial<VocabularyJson>) {
    this.source = isList(terms) ? new ListedTerms(terms, saved?.latin, saved?.stems) : terms;
  }

  /** The word with this id. */
  term(id: number): string {
    return this.source.term(id);
  }

  /** Every stem and Latin spelling worked out, as JSON; words that are their own are null (JSON stays small). */
  toJson(): VocabularyJson {
    const ids = [...Array(this.source.count).keys()];
    return {
      stems: ids.map((id) => (this.stemOf(id) === this.source.term(id) ? null : this.stemOf(id))),
      latin: ids.map((id) => this.source.latin(id)),
    };
  }

  private stemOf(id: number): string {
    const known = this.source.stem(id);
    if (known !== undefined) return known;
    let termStem = this.stems.get(id);
    if (termStem === undefined) {
      termStem = stem(this.source.term(id));
      this.stems.set(id, termStem);
    }
    return termStem;
  }

  /**
   * A query word's stem. An indexed word's is known (a saved index holds them), and Snowball runs
   * only for other words: its first run in a start, cold, took 0.3 to 0.5 ms.
   */
  private stemOfWord(word: string): string {
    for (const id of this.source.startingWith(word)) if (this.source.term(id) === word) return this.stemOf(id);
    return stem(word);
  }

  /**
   * Whether no word starts with the first two letters of `word` (in Latin spelling, for a word in
   * Latin letters), and none is of a root joined to a stem it could have: then nothing but a typo
   * can match it, as a stem keeps its word's first letters. Every query word's other-layout
   * reading is such a word ("gjkbjvbtkbn"), and working out its stem ran Snowball's English
   * stemmer cold in every start (0.3 ms).
   */
  private startsNoWord(word: string): boolean {
    const start = word.slice(0, 2);
    if (stemsJoinedToPrefix(word).length > 0 || otherRoots(start).length > 0) return false;
    return !this.source.startsAnyWord(start, !isCyrillic(word));
  }

  /** Whether an indexed word is in Cyrillic letters. */
  isCyrillicTerm(id: number): boolean {
    return this.source.latin(id) !== null;
  }

  /** A word as Latin-letter queries see it: its Latin spelling, or itself. */
  private spellingOf(id: number): string {
    return this.source.latin(id) ?? this.source.term(id);
  }

  /**
   * The words a query word can be compared with letter by letter: Cyrillic words for a Cyrillic
   * query word, for a Latin one every word as spelled in Latin letters: for a `group` that is a
   * start, those that begin with it (or more, see terms.ts; a Cyrillic word spelled in more than
   * `longest` letters may be left out); for a typo's reach, the words it may be a typo of.
   */
  private comparable(
    word: string,
    cyrillic: boolean,
    group: string | TypoReach,
    longest = Number.POSITIVE_INFINITY,
  ): { ids: readonly number[]; text: (id: number) => string } {
    const { source } = this;
    const sameStart = typeof group === "string";
    if (cyrillic) {
      const ids = sameStart ? source.startingWith(group) : source.typoCandidates(word, true, group);
      return { ids, text: (id) => source.term(id) };
    }
    const ids = sameStart ? source.spelledStartingWith(group, longest) : source.typoCandidates(word, false, group);
    return { ids, text: (id) => this.spellingOf(id) };
  }

  /** Indexed words like `word` (normalised), each with its similarity and tier. */
  match(word: string, options: MatchOptions): TermMatches {
    const matches: TermMatches = new Map();
    const add: AddMatch = (id, similarity, tier, typed = false) => {
      const known = matches.get(id);
      if (!known || tier < known.tier || (tier === known.tier && similarity > known.similarity))
        matches.set(id, { similarity, tier, typed: typed || (known?.typed ?? false) });
      else if (typed) known.typed = true;
    };
    const prefix = options.minPrefix !== undefined && word.length >= options.minPrefix;
    if (isNumber(word)) {
      // Numbers are years and counts: 1992 is not a typo of 1994, but "199" may be on its way to either.
      for (const id of this.source.startingWith(word)) {
        const term = this.source.term(id);
        if (term === word) add(id, SAME_WORD, STRONG, true);
        else if (prefix && isNumber(term) && term.startsWith(word)) add(id, PREFIX, STRONG, true);
      }
      return matches;
    }
    if (!options.typos && this.startsNoWord(word)) return matches;
    const wordStem = this.stemOfWord(word);
    this.strongMatches(word, wordStem, prefix, add);
    // Words derived from the same root are the same topic (сертификация: сертифицирован), so they
    // stand beside the word's own forms; a typo is looked for only when neither is there.
    if (isCyrillic(word)) this.derivedMatches(wordStem, add);
    if (!options.typos || matches.size > 0) return matches;
    this.editedMatches(word, wordStem, add);
    return matches;
  }

  /** The word itself, its other forms (stem, added ending), its Latin spelling, and words it begins. */
  private strongMatches(word: string, wordStem: string, prefix: boolean, add: AddMatch) {
    const cyrillic = isCyrillic(word);
    // A Cyrillic word is matched through its Latin spelling only as the word itself, another form
    // of it (an ending added), or, from MIN_TRANSLITERATED_PREFIX letters, a word it begins: the
    // longer spellings are not compared ("m" begins 2,300 of them at 100,000 facts).
    const longest =
      prefix && word.length >= MIN_TRANSLITERATED_PREFIX
        ? Number.POSITIVE_INFINITY
        : word.length + (word.length >= MIN_ENDING_WORD ? MAX_ENDING : 0);
    const { ids, text } = this.comparable(word, cyrillic, word, longest);
    for (const id of ids) {
      const candidate = text(id);
      const term = this.source.term(id);
      if (term === word) add(id, SAME_WORD, STRONG, true);
      else if (candidate === word) add(id, TRANSLITERATED, STRONG, true);
      else if (!candidate.startsWith(word)) continue;
      else if (word.length >= MIN_ENDING_WORD && candidate.length - word.length <= MAX_ENDING)
        add(id, SAME_STEM, STRONG, true);
      else if (prefix && (term === candidate || word.length >= MIN_TRANSLITERATED_PREFIX))
        add(id, PREFIX, STRONG, true);
    }
    if (prefix) {
      for (const joined of stemsJoinedToPrefix(word)) {
        for (const id of this.source.stemmedAs(joined)) if (this.stemOf(id) === joined) add(id, PREFIX, STRONG, true);
      }
    }
    // Close stems start with the shorter of the two, which is at least four letters; or they are the same.
    const close =
      wordStem.length < 4
        ? this.source.stemmedAs(wordStem)
        : this.source.stemStartingWith(wordStem.slice(0, Math.max(4, wordStem.length - 2)));
    for (const id of close) {
      if (closeStems(wordStem, this.stemOf(id))) add(id, this.source.term(id) === word ? SAME_WORD : SAME_STEM, STRONG);
    }
  }

  /** Words whose stem Snowball cut differently from one shared root: ратификация / ратифицировано. */
  private derivedMatches(wordStem: string, add: AddMatch) {
    if (wordStem.length < SHARED_STEM_START) return;
    for (const id of this.source.stemStartingWith(wordStem.slice(0, SHARED_STEM_START))) {
      if (sharesStemPrefix(wordStem, this.stemOf(id))) add(id, SHARED_STEM_PREFIX, STRONG);
    }
  }

  /**
   * Words within the edits allowed for the query word's length (see edit-distance.ts), as they
   * stand or by their stems: протакол is a typo of протоколы too, ratifcation of ratified.
   */
  private editedMatches(word: string, wordStem: string, add: AddMatch) {
    const limit = allowedEdits(word.length);
    if (limit === 0) return;
    const cyrillic = isCyrillic(word);
    const mightMatch = editCandidateTest(word, limit);
    // A stem short beside the edits could share no letter pair with the word's (see token-filter.ts).
    // A stem gets the edits its own length allows, and a stem too short beside them could share no
    // letter pair with the word's (see token-filter.ts).
    const stemLimit = allowedEdits(wordStem.length);
    const byStem = stemLimit > 0 && wordStem.length >= 3 * stemLimit + 2;
    const stemMightMatch = byStem ? editCandidateTest(wordStem, stemLimit) : undefined;
    const reach = { limit, stem: wordStem, stemLimit: byStem ? stemLimit : 0 };
    const { ids, text } = this.comparable(word, cyrillic, reach);
    for (const id of ids) {
      const candidate = text(id);
      let edits = mightMatch(candidate) ? boundedEditDistance(word, candidate, limit) : limit + 1;
      // Stems of one language only: a Latin word's is Porter's, a Cyrillic one's Snowball's.
      const sameScript = cyrillic || candidate === this.source.term(id);
      if (edits > limit && sameScript && stemMightMatch?.(this.stemOf(id))) {
        const stemEdits = boundedEditDistance(wordStem, this.stemOf(id), stemLimit);
        if (stemEdits <= stemLimit) edits = stemEdits;
      }
      if (edits <= limit) add(id, EDITED[edits] ?? 0, FUZZY + edits - 1);
    }
  }
}

/**
 * Stems of forms of one word. Snowball does not always cut the forms of a word alike (астана →
 * аста, астане → астан; полиомиелит → полиомиел, полиомиелита → полиомиелит): a stem of four
 * letters or more that another extends by one or two is the same word's.
 */
function closeStems(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 4 && longer.length - shorter.length <= 2 && longer.startsWith(shorter);
}

const SHARED_STEM_START = 6;

/** Stems of one word that Snowball cut differently: ратификац / ратифицирова (not мемориа / меморандум). */
function sharesStemPrefix(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= Math.max(SHARED_STEM_START, shorter - 3);
}

/**
 * Whether a word could be within `limit` edits of `pattern`: false means it cannot. Its length is
 * within `limit` of the pattern's, and it holds at least (pairs − 3 × limit) of the pattern's
 * letter pairs, since one edit breaks at most three of them (a swap of two neighbours: the pair
 * they form and one on each side). Most words fail this in a few steps, before the edits are counted.
 */
export function editCandidateTest(pattern: string, limit: number): (word: string) => boolean {
  const pairs: string[] = [];
  for (let i = 0; i + 2 <= pattern.length; i += 1) pairs.push(pattern.slice(i, i + 2));
  const needed = pairsNeeded(pattern, limit);
  return (word) => {
    if (Math.abs(word.length - pattern.length) > limit) return false;
    if (needed <= 0) return true;
    let shared = 0;
    for (let i = 0; i < pairs.length && shared < needed; i += 1) {
      // Near its place: an edit moves the rest of the word by at most one letter.
      const at = word.indexOf(pairs[i] ?? "", Math.max(0, i - limit));
      if (at !== -1 && at <= i + limit) shared += 1;
    }
    return shared >= needed;
  };
}

/** How many of a pattern's letter pairs (UTF-16 units side by side) a word within `limit` edits of it holds at least. */
export function pairsNeeded(pattern: string, limit: number): number {
  return pattern.length - 1 - 3 * limit;
}

type AddMatch = (id: number, similarity: number, tier: number, typed?: boolean) => void;

function isList(terms: readonly string[] | TermSource): terms is readonly string[] {
  return Array.isArray(terms);
}
