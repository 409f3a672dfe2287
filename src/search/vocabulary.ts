import Fuse from "fuse.js";
import { isCyrillic, stem } from "./normalize.js";
import { toLatin } from "./transliterate.js";

/** How well a query word matches an indexed word: 1 is the same word. */
export type TermMatches = Map<string, number>;

const SAME_STEM = 0.95;
const TRANSLITERATED = 0.95;
const SHARED_STEM_PREFIX = 0.85;
const MIN_SIMILARITY = 0.6;

// Fuse scores the query word against each distinct word, anchored near the word's start
// (location 0, a short distance): a match deep inside a longer word is a different word.
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
  private readonly byStem = new Map<string, string[]>();
  private readonly byLatin = new Map<string, string[]>();
  private cyrillicFuse: Fuse<string> | undefined;
  private latinFuse: Fuse<string> | undefined;

  constructor(private readonly terms: readonly string[]) {
    for (const term of terms) {
      push(this.byStem, stem(term), term);
      push(this.byLatin, isCyrillic(term) ? toLatin(term) : term, term);
    }
  }

  /** Indexed words like `word` (normalised), each with its similarity. */
  match(word: string, minSimilarity = MIN_SIMILARITY): TermMatches {
    const matches: TermMatches = new Map();
    const add = (term: string, similarity: number) => {
      if (similarity >= minSimilarity && similarity > (matches.get(term) ?? 0)) matches.set(term, similarity);
    };
    if (/^\p{N}+$/u.test(word)) {
      // Numbers are years and counts: 1992 is not a typo of 1994.
      if (this.byLatin.has(word)) add(word, 1);
      return matches;
    }
    const wordStem = stem(word);
    for (const term of this.byStem.get(wordStem) ?? []) add(term, term === word ? 1 : SAME_STEM);
    if (!isCyrillic(word)) for (const term of this.byLatin.get(word) ?? []) add(term, TRANSLITERATED);
    for (const { item, score } of this.fuzzy(word)) {
      const terms = isCyrillic(word) ? [item] : (this.byLatin.get(item) ?? []);
      for (const term of terms) add(term, this.similarity(word, wordStem, item, score ?? 1));
    }
    return matches;
  }

  private similarity(word: string, wordStem: string, candidate: string, fuseScore: number): number {
    // An ending added to the whole query word is an inflection: полиомиелит → полиомиелита.
    if (candidate.startsWith(word) && candidate.length - word.length <= 3) return SAME_STEM;
    const candidateStem = isCyrillic(word) ? stem(candidate) : candidate;
    if (sharesStemPrefix(wordStem, candidateStem)) return SHARED_STEM_PREFIX;
    // A short query inside a long word ("мир" in "миротворческий") is a weaker match.
    const coverage = Math.min(1, (word.length + 1) / candidate.length);
    return (1 - fuseScore) * coverage;
  }

  private fuzzy(word: string) {
    const pattern = word.slice(0, 32);
    if (isCyrillic(word)) {
      this.cyrillicFuse ??= new Fuse(this.terms.filter(isCyrillic), FUSE_OPTIONS);
      return this.cyrillicFuse.search(pattern, { limit: 50 });
    }
    this.latinFuse ??= new Fuse([...this.byLatin.keys()], FUSE_OPTIONS);
    return this.latinFuse.search(pattern, { limit: 50 });
  }
}

/** Stems of one word that Snowball cut differently: ратификац / ратифицирова. */
function sharesStemPrefix(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= Math.max(5, shorter - 3);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
