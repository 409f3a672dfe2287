import Fuse from "fuse.js";
import { isCyrillic, stem } from "./normalize.js";
import { toLatin } from "./transliterate.js";

/** How well a query word matches indexed words, by term id: 1 is the same word. */
export type TermMatches = Map<number, number>;

const SAME_STEM = 0.95;
const TRANSLITERATED = 0.95;
const SHARED_STEM_PREFIX = 0.85;
const MIN_SIMILARITY = 0.6;
// Fuse looks at the first 32 letters of a pattern.
const PATTERN_LENGTH = 32;

// Fuse scores the query word against each distinct word, anchored near the word's start
// (location 0, a short distance): a match deep inside a longer word is a different word.
// No result limit: a word's matches must not depend on how many other words the file holds.
const FUSE_OPTIONS = {
  includeScore: true,
  threshold: 0.34,
  location: 0,
  distance: 8,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  minMatchCharLength: 2,
} as const;

/** Distinct indexed words, and the ways to reach them: spelling, stem, Latin transliteration. */
export class Vocabulary {
  private readonly byStem = new Map<string, number[]>();
  private readonly byLatin = new Map<string, number[]>();
  private readonly cyrillicIds: number[] = [];

  constructor(private readonly terms: readonly string[]) {
    terms.forEach((term, id) => {
      const cyrillic = isCyrillic(term);
      if (cyrillic) this.cyrillicIds.push(id);
      push(this.byStem, stem(term), id);
      push(this.byLatin, cyrillic ? toLatin(term) : term, id);
    });
  }

  /** Indexed words like `word` (normalised), each with its similarity. */
  match(word: string, minSimilarity = MIN_SIMILARITY): TermMatches {
    const matches: TermMatches = new Map();
    const add = (id: number, similarity: number) => {
      if (similarity >= minSimilarity && similarity > (matches.get(id) ?? 0)) matches.set(id, similarity);
    };
    if (/^\p{N}+$/u.test(word)) {
      // Numbers are years and counts: 1992 is not a typo of 1994.
      for (const id of this.byLatin.get(word) ?? []) if (this.terms[id] === word) add(id, 1);
      return matches;
    }
    const wordStem = stem(word);
    for (const id of this.byStem.get(wordStem) ?? []) add(id, this.terms[id] === word ? 1 : SAME_STEM);
    const cyrillic = isCyrillic(word);
    if (!cyrillic) for (const id of this.byLatin.get(word) ?? []) add(id, TRANSLITERATED);
    for (const { ids, candidate, score } of this.fuzzy(word, cyrillic)) {
      const similarity = this.similarity(word, wordStem, candidate, score, cyrillic);
      for (const id of ids) add(id, similarity);
    }
    return matches;
  }

  private similarity(word: string, wordStem: string, candidate: string, fuseScore: number, cyrillic: boolean): number {
    // An ending added to the whole query word is an inflection: полиомиелит → полиомиелита.
    if (candidate.startsWith(word) && candidate.length - word.length <= 3) return SAME_STEM;
    const candidateStem = cyrillic ? stem(candidate) : candidate;
    if (sharesStemPrefix(wordStem, candidateStem)) return SHARED_STEM_PREFIX;
    // A short query inside a long word ("мир" in "миротворческий") is a weaker match.
    const coverage = Math.min(1, (word.length + 1) / candidate.length);
    return (1 - fuseScore) * coverage;
  }

  /**
   * Fuse's matches for `word`: Cyrillic words for a Cyrillic word, else Latin spellings. Fuse
   * allows at most 0.34 × m errors in an m-letter pattern, so a word shorter than m minus that
   * cannot match and is not given to it: for most queries, few words are left.
   */
  private fuzzy(word: string, cyrillic: boolean): { ids: readonly number[]; candidate: string; score: number }[] {
    const pattern = word.slice(0, PATTERN_LENGTH);
    const shortest = pattern.length - Math.floor(FUSE_OPTIONS.threshold * pattern.length);
    const candidates: { text: string; ids: readonly number[] }[] = [];
    if (cyrillic) {
      for (const id of this.cyrillicIds) {
        const text = this.terms[id] ?? "";
        if (text.length >= shortest) candidates.push({ text, ids: [id] });
      }
    } else {
      for (const [text, ids] of this.byLatin) if (text.length >= shortest) candidates.push({ text, ids });
    }
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

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
