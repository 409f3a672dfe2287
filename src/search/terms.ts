import { isCyrillic, otherRoots } from "./normalize.js";
import { toLatin } from "./transliterate.js";

/**
 * The words a Vocabulary matches against (term ids from 0 to count − 1), and the groups of them
 * it looks through: the rules that match words live in vocabulary.ts, where the words come from
 * here. A list of words in memory is one source; a saved index is another, which reads only the
 * groups a search asks for (index/terms.ts).
 */
export interface TermSource {
  readonly count: number;
  term(id: number): string;
  /** A Cyrillic word's Latin spelling; null for a word in other letters, spelled as it is. */
  latin(id: number): string | null;
  /** A word's stem, if the source knows it (the Vocabulary works out the others). */
  stem(id: number): string | undefined;
  // The four groups below may hold more words than asked for (a list gives every word with the
  // prefix's first letter; the Vocabulary checks each one), never fewer: a saved index gives the
  // run of its sorted words that starts with the prefix (or, for a stem, is it).
  /** The words that start with `prefix`. */
  startingWith(prefix: string): readonly number[];
  /** The words whose stem starts with `prefix`. */
  stemStartingWith(prefix: string): readonly number[];
  /** The words whose stem is `stem`. */
  stemmedAs(stem: string): readonly number[];
  /**
   * The words whose Latin spelling, or the word itself if it has none, starts with `prefix`; the
   * Cyrillic words whose spelling is longer than `longest` may be left out.
   */
  spelledStartingWith(prefix: string, longest?: number): readonly number[];
  /** Whether any word starts with `prefix`: in its Latin spelling if it has one, when `spelled`. */
  startsAnyWord(prefix: string, spelled: boolean): boolean;
  /**
   * The words `word` may be compared with for typos: the Cyrillic words for a Cyrillic word, for
   * another every word. A source may leave out words that `reach` rules out (see TypoReach).
   */
  typoCandidates(word: string, cyrillic: boolean, reach: TypoReach): readonly number[];
}

/**
 * How far a typo reaches: the edits allowed between the query word and a word as compared (a
 * Cyrillic word's Latin spelling, for a word in Latin letters), and between the query word's stem
 * and the stem of a word in the same letters, if stems are compared (`stemLimit` above 0). A word
 * that editCandidateTest (vocabulary.ts) rules out both ways is out of reach.
 */
export interface TypoReach {
  limit: number;
  stem: string;
  stemLimit: number;
}

/** Words held in a list; groups are made when first asked for. */
export class ListedTerms implements TermSource {
  private readonly byFirstLetter = new Map<string, number[]>();
  private readonly cyrillicIds: number[] = [];
  private allIds: number[] | undefined;
  private bySpellingStart: Map<string, number[]> | undefined;
  private spellings: (string | null)[] | undefined;

  /**
   * `latin`: every word's Latin spelling (null for none), if worked out already; `stems`: every
   * word's stem, null where it is the word.
   */
  constructor(
    private readonly terms: readonly string[],
    latin?: (string | null)[],
    private readonly stems?: readonly (string | null)[],
  ) {
    this.spellings = latin;
    for (let id = 0; id < terms.length; id += 1) {
      const term = terms[id] ?? "";
      if (latin ? latin[id] !== null : isCyrillic(term)) this.cyrillicIds.push(id);
      push(this.byFirstLetter, term.charAt(0), id);
    }
  }

  get count(): number {
    return this.terms.length;
  }

  term(id: number): string {
    return this.terms[id] ?? "";
  }

  latin(id: number): string | null {
    // Worked out for every word at once: a Latin query word is compared with all of them.
    this.spellings ??= this.terms.map((term) => (isCyrillic(term) ? toLatin(term) : null));
    return this.spellings[id] ?? null;
  }

  stem(id: number): string | undefined {
    const stem = this.stems?.[id];
    return stem === null ? this.term(id) : stem;
  }

  startingWith(prefix: string): readonly number[] {
    return this.byFirstLetter.get(prefix.charAt(0)) ?? [];
  }

  // Snowball and Porter rewrite only endings: a stem starts with its word's first letter, but for
  // the words of another root joined to it (see otherRoots).
  stemStartingWith(prefix: string): readonly number[] {
    const letters = new Set(otherRoots(prefix).map((root) => root.charAt(0)));
    letters.delete(prefix.charAt(0));
    if (letters.size === 0) return this.startingWith(prefix);
    return [prefix, ...letters].flatMap((letter) => this.startingWith(letter));
  }

  stemmedAs(stem: string): readonly number[] {
    return this.stemStartingWith(stem);
  }

  spelledStartingWith(prefix: string): readonly number[] {
    const letter = prefix.charAt(0);
    if (!this.bySpellingStart) {
      this.bySpellingStart = new Map();
      for (let id = 0; id < this.terms.length; id += 1) {
        push(this.bySpellingStart, (this.latin(id) ?? this.term(id)).charAt(0), id);
      }
    }
    return this.bySpellingStart.get(letter) ?? [];
  }

  startsAnyWord(prefix: string, spelled: boolean): boolean {
    const ids = spelled ? this.spelledStartingWith(prefix) : this.startingWith(prefix);
    return ids.some((id) => (spelled ? (this.latin(id) ?? this.term(id)) : this.term(id)).startsWith(prefix));
  }

  typoCandidates(_word: string, cyrillic: boolean, _reach: TypoReach): readonly number[] {
    if (cyrillic) return this.cyrillicIds;
    this.allIds ??= [...this.terms.keys()];
    return this.allIds;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
