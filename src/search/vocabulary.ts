import Fuse from "fuse.js";
import { isCyrillic, isNumber, stem } from "./normalize.js";
import { toLatin } from "./transliterate.js";

/** How well a query word matches indexed words, by term id: 1 is the same word. */
export type TermMatches = Map<number, number>;

const SAME_STEM = 0.95;
const TRANSLITERATED = 0.95;
const SHARED_STEM_PREFIX = 0.85;
const MIN_SIMILARITY = 0.6;
/** Fuse looks at the first 32 letters of a pattern. */
export const PATTERN_LENGTH = 32;

// Fuse scores the query word against each distinct word, anchored near the word's start
// (location 0, a short distance): a match deep inside a longer word is a different word.
// No result limit: a word's matches must not depend on how many other words the file holds.
export const FUSE_OPTIONS = {
  includeScore: true,
  threshold: 0.34,
  location: 0,
  distance: 8,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  minMatchCharLength: 2,
} as const;

/** A vocabulary with all its ways in worked out, as JSON: the build saves the shipped book's. */
export interface VocabularyJson {
  /** Each word's stem; null where the stem is the word. */
  stems: (string | null)[];
  /** Each Cyrillic word's Latin spelling; null for a word in Latin letters, spelled as it is. */
  latin: (string | null)[];
}

/** Distinct indexed words, and the ways to reach them: spelling, stem, Latin transliteration. */
export class Vocabulary {
  // Built on first use and only as far as needed: a one-off search of a large file has tens of
  // thousands of words, and stemming or transliterating them all would cost more than the search.
  private readonly byFirstLetter: Map<string, number[]>;
  /** Each word's stem once worked out; null where it is the word itself. */
  private readonly stems: (string | null | undefined)[];
  /** Each word's Latin spelling; null for a word in Latin letters, spelled as it is. */
  private latin: (string | null)[] | undefined;
  private readonly cyrillicIds: number[];

  /** `saved`: what `toJson` gave for these terms, so that nothing is worked out again. */
  constructor(
    private readonly terms: readonly string[],
    saved?: VocabularyJson,
  ) {
    this.cyrillicIds = [];
    this.byFirstLetter = new Map();
    this.stems = saved?.stems ?? new Array(terms.length);
    this.latin = saved?.latin;
    for (let id = 0; id < terms.length; id += 1) {
      const term = terms[id] ?? "";
      if (saved ? saved.latin[id] !== null : isCyrillic(term)) this.cyrillicIds.push(id);
      push(this.byFirstLetter, term.charAt(0), id);
    }
  }

  /** Every stem and Latin spelling worked out, as JSON; words that are their own are null (JSON stays small). */
  toJson(): VocabularyJson {
    return {
      stems: this.terms.map((term, id) => (this.stemOf(id) === term ? null : this.stemOf(id))),
      latin: this.latinSpellings,
    };
  }

  private stemOf(id: number): string {
    const term = this.terms[id] ?? "";
    let termStem = this.stems[id];
    if (termStem === undefined) {
      termStem = stem(term);
      this.stems[id] = termStem;
    }
    return termStem ?? term;
  }

  /**
   * Words with the same stem as `wordStem`. Snowball and Porter rewrite only endings, so such a
   * word starts with the stem's first letter, and only words with that letter are stemmed.
   */
  private sameStem(wordStem: string): number[] {
    const group = wordStem === "" ? [...this.terms.keys()] : (this.byFirstLetter.get(wordStem.charAt(0)) ?? []);
    return group.filter((id) => this.stemOf(id) === wordStem);
  }

  private get latinSpellings(): (string | null)[] {
    this.latin ??= this.terms.map((term) => (isCyrillic(term) ? toLatin(term) : null));
    return this.latin;
  }

  /** The Latin spellings (a Latin word's own, or a Cyrillic word's) that pass `test`, each with its words. */
  private bySpelling(test: (spelling: string) => boolean): Map<string, number[]> {
    const spellings = this.latinSpellings;
    const found = new Map<string, number[]>();
    for (let id = 0; id < this.terms.length; id += 1) {
      const spelling = spellings[id] ?? this.terms[id] ?? "";
      if (test(spelling)) push(found, spelling, id);
    }
    return found;
  }

  /** The words whose Latin spelling is `spelling`. */
  private spelledAs(spelling: string): number[] {
    const spellings = this.latinSpellings;
    const ids: number[] = [];
    for (let id = 0; id < this.terms.length; id += 1) if ((spellings[id] ?? this.terms[id]) === spelling) ids.push(id);
    return ids;
  }

  /** Indexed words like `word` (normalised), each with its similarity. */
  match(word: string, minSimilarity = MIN_SIMILARITY): TermMatches {
    const matches: TermMatches = new Map();
    const add = (id: number, similarity: number) => {
      if (similarity >= minSimilarity && similarity > (matches.get(id) ?? 0)) matches.set(id, similarity);
    };
    if (isNumber(word)) {
      // Numbers are years and counts: 1992 is not a typo of 1994.
      for (const id of this.byFirstLetter.get(word.charAt(0)) ?? []) if (this.terms[id] === word) add(id, 1);
      return matches;
    }
    const wordStem = stem(word);
    for (const id of this.sameStem(wordStem)) add(id, this.terms[id] === word ? 1 : SAME_STEM);
    const cyrillic = isCyrillic(word);
    if (!cyrillic) for (const id of this.spelledAs(word)) add(id, TRANSLITERATED);
    for (const { ids, candidate, score } of this.fuzzy(word, cyrillic)) {
      // A Cyrillic candidate is one word, with its stem; a Latin spelling is compared as it is.
      const [first = 0] = ids;
      const candidateStem = cyrillic ? this.stemOf(first) : candidate;
      const similarity = this.similarity(word, wordStem, candidate, candidateStem, score);
      for (const id of ids) add(id, similarity);
    }
    return matches;
  }

  private similarity(word: string, wordStem: string, candidate: string, candidateStem: string, fuseScore: number) {
    // An ending added to the whole query word is an inflection: полиомиелит → полиомиелита.
    if (candidate.startsWith(word) && candidate.length - word.length <= 3) return SAME_STEM;
    if (sharesStemPrefix(wordStem, candidateStem)) return SHARED_STEM_PREFIX;
    // A short query inside a long word ("мир" in "миротворческий") is a weaker match.
    const coverage = Math.min(1, (word.length + 1) / candidate.length);
    return (1 - fuseScore) * coverage;
  }

  /**
   * Fuse's matches for `word`: Cyrillic words for a Cyrillic word, else Latin spellings. Fuse
   * allows at most k = 0.34 × m errors in an m-letter pattern, so it is given only the words
   * that can match: at least m − k letters long, and holding two of k + 2 pieces of the pattern
   * unchanged (k errors cannot touch more than k of them: the pigeonhole of the q-gram lemma),
   * near where they stand in the pattern (see fuzzyCandidateTest). For most queries, few words
   * are left, and Fuse's score for each is the same as over all of them.
   */
  private fuzzy(word: string, cyrillic: boolean): { ids: readonly number[]; candidate: string; score: number }[] {
    const pattern = word.slice(0, PATTERN_LENGTH);
    const canMatch = fuzzyCandidateTest(pattern);
    const candidates: { text: string; ids: readonly number[] }[] = [];
    if (cyrillic) {
      for (const id of this.cyrillicIds) {
        const text = this.terms[id] ?? "";
        if (canMatch(text)) candidates.push({ text, ids: [id] });
      }
    } else {
      this.bySpelling(canMatch).forEach((ids, text) => {
        candidates.push({ text, ids });
      });
    }
    if (candidates.length === 0) return [];
    const fuse = new Fuse(
      candidates.map(({ text }) => text),
      FUSE_OPTIONS,
    );
    return fuse.search(pattern).map(({ item, refIndex, score }) => ({
      ids: candidates[refIndex]?.ids ?? [],
      candidate: item,
      score: score ?? 1,
    }));
  }
}

/** Stems of one word that Snowball cut differently: ратификац / ратифицирова. */
function sharesStemPrefix(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= Math.max(5, shorter - 3);
}

/**
 * Whether Fuse, with FUSE_OPTIONS, could match `pattern` in a word: false means it cannot.
 * k errors change at most k of the pattern's pieces, so of k + 2 pieces at least 2 stand in the
 * word unchanged (1 of k + 1, for a pattern too short for k + 2 pieces of two letters: pieces of
 * one letter are in most words). And Fuse adds (start − location) / distance to a match's score,
 * so a match within the threshold starts at most threshold × distance letters in; a piece at
 * offset o then stands within k letters of start + o.
 */
export function fuzzyCandidateTest(pattern: string): (word: string) => boolean {
  const errors = Math.floor(FUSE_OPTIONS.threshold * pattern.length);
  const latestStart = Math.floor(FUSE_OPTIONS.threshold * FUSE_OPTIONS.distance) + FUSE_OPTIONS.location;
  const pieces = splitInto(pattern, pattern.length >= 2 * (errors + 2) ? errors + 2 : errors + 1);
  const needed = Math.max(1, pieces.length - errors);
  const minLength = pattern.length - errors;
  const pairs = letterPairsOf(pattern);
  const pairsNeeded = pairs.length - 2 * errors;
  // A plain loop: this runs once per word of the vocabulary.
  return (word) => {
    if (word.length < minLength) return false;
    let found = 0;
    for (let i = 0; i < pieces.length && found < needed; i += 1) {
      const { text, offset } = pieces[i] ?? { text: "", offset: 0 };
      const at = word.indexOf(text, Math.max(0, offset - errors));
      if (at !== -1 && at <= latestStart + offset + errors) found += 1;
    }
    if (found < needed) return false;
    if (pairsNeeded < 2) return true;
    let shared = 0;
    for (let i = 0; i < pairs.length && shared < pairsNeeded; i += 1) {
      const at = word.indexOf(pairs[i] ?? "", Math.max(0, i - errors));
      if (at !== -1 && at <= latestStart + i + errors) shared += 1;
    }
    return shared >= pairsNeeded;
  };
}

/**
 * The pattern's letter pairs, one for each place (a pair twice in it is there twice). An edit
 * breaks at most two of them, so a text within k edits of the pattern holds at least
 * (pairs − 2k) of those places' pairs (the q-gram lemma), each near its place as the pieces are:
 * a second pre-check, sharper than the pieces' for long patterns with many pieces of two letters.
 */
function letterPairsOf(pattern: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 2 <= pattern.length; i += 1) pairs.push(pattern.slice(i, i + 2));
  return pairs;
}

/** `text` cut into `count` pieces of near-equal length, in order, each with where it starts. */
function splitInto(text: string, count: number): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    const offset = Math.floor((i * text.length) / count);
    const piece = text.slice(offset, Math.floor(((i + 1) * text.length) / count));
    if (piece !== "") pieces.push({ text: piece, offset });
  }
  return pieces;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
