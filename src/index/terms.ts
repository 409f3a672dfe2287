import type { TermSource, TypoReach } from "../search/terms.js";
import { classPairCounts, spelledPairClasses } from "../search/token-filter.js";
import { ALWAYS, listedTerms } from "./pairs.js";
import { DamagedIndex, type IndexFile } from "./reader.js";

/**
 * The words of a saved index as a Vocabulary's source (see search/terms.ts): a group of words is
 * read when a match first asks for it, and each word's text when first needed. A search reads
 * the few groups its words start with, not the hundreds of thousands of words of a large file.
 */
export class IndexedTerms implements TermSource {
  readonly count: number;
  // By id, once read.
  private readonly texts = new Map<number, string>();
  private readonly stems = new Map<number, string>();
  private readonly spellings = new Map<number, string>();
  private readonly groups = new Map<string, readonly number[]>();
  private readonly allOffsets = new Map<TextKind, Uint32Array>();
  // What typos are looked for with, kept from one to the next (browse looks at every key): the
  // letter pairs' lists read, each word's count of a query word's pairs and of its stem's, and
  // the pair each Cyrillic word was last counted for (see withinReach).
  private readonly lists = new Map<number, Int32Array>();
  private counts: { fromWord: Uint16Array; fromStem: Uint16Array } | undefined;
  private lastPair: Int32Array | undefined;
  private pairsCounted = 0;

  constructor(private readonly index: IndexFile) {
    this.count = index.meta.termCount;
  }

  term(id: number): string {
    return this.texts.get(id) ?? this.readOne("term", id, this.texts);
  }

  stem(id: number): string {
    return this.stems.get(id) ?? this.readOne("stem", id, this.stems);
  }

  latin(id: number): string | null {
    if (id >= this.index.meta.cyrillicTerms) return null;
    return this.spellings.get(id) ?? this.readOne("latin", id, this.spellings);
  }

  // The words starting with a prefix are compared by their texts only: their stems are read one
  // by one as needed (a letter typed in browse begins 2,500 words of 100,000 facts).
  startingWith(prefix: string): readonly number[] {
    return this.group(`=${prefix}`, false, () => this.inLetterGroups(prefix, () => true));
  }

  stemStartingWith(prefix: string): readonly number[] {
    return this.group(`^${prefix}`, true, () => this.stemRun(prefix, false));
  }

  stemmedAs(stem: string): readonly number[] {
    return this.group(`^=${stem}`, true, () => this.stemRun(stem, true));
  }

  private stemRun(prefix: string, whole: boolean): number[] {
    const ids = this.orderRun("stemOrder", prefix, (id) => this.stem(id), whole);
    if (ids.some((id) => id >= this.count)) throw new DamagedIndex("a stem of no word");
    return ids;
  }

  spelledStartingWith(prefix: string, longest = Number.POSITIVE_INFINITY): readonly number[] {
    return this.group(`~${longest}~${prefix}`, false, () => {
      const { cyrillicTerms } = this.index.meta;
      const run = this.orderRun("spellingOrder", prefix, (id) => this.latin(id) ?? "");
      if (run.some((id) => id >= cyrillicTerms)) throw new DamagedIndex("a spelling of no Cyrillic word");
      // Told by the spellings' offsets: only the spellings kept are read.
      const offsets = Number.isFinite(longest) ? this.offsets("latin") : undefined;
      const cyrillic = offsets ? run.filter((id) => (offsets[id + 1] ?? 0) - (offsets[id] ?? 0) <= longest) : run;
      this.read(
        "latin",
        [...cyrillic].sort((a, b) => a - b),
        this.spellings,
      );
      // The other words are spelled as they are.
      return [...cyrillic, ...this.inLetterGroups(prefix, (start) => start >= cyrillicTerms)];
    });
  }

  // Told by binary searches alone, as the groups above are found, without the texts of every word.
  startsAnyWord(prefix: string, spelled: boolean): boolean {
    const { cyrillicTerms } = this.index.meta;
    if (spelled) {
      const [first, after] = this.orderBounds("spellingOrder", prefix, (id) => this.latin(id) ?? "");
      if (after > first) return true;
    }
    return this.inLetterGroups(prefix, (start) => !spelled || start >= cyrillicTerms).length > 0;
  }

  /**
   * The ids, in a section of ids in the order of their texts (`textOf`), whose text starts with
   * `prefix`, or is it (`whole`); only the ids the binary search looks at are read, not the whole
   * section.
   */
  private orderRun(
    name: "stemOrder" | "spellingOrder",
    prefix: string,
    textOf: (id: number) => string,
    whole = false,
  ): number[] {
    const [first, after] = this.orderBounds(name, prefix, textOf, whole);
    return [...this.index.uint32s(name, first, after)];
  }

  /** Where orderRun's ids are in the section. */
  private orderBounds(
    name: "stemOrder" | "spellingOrder",
    prefix: string,
    textOf: (id: number) => string,
    whole = false,
  ): [number, number] {
    const idAt = (at: number) => this.index.uint32s(name, at, at + 1)[0] ?? 0;
    return prefixRun(prefix, 0, this.index.length(name) / 4, (at) => textOf(idAt(at)), whole);
  }

  /** The words starting with `prefix` in the letter groups of its first letter that `take` keeps (by where they start). */
  private inLetterGroups(prefix: string, take: (start: number) => boolean): number[] {
    const unit = prefix.charCodeAt(0);
    return this.index.meta.letterGroups.flatMap(([first, start, end]) =>
      first === unit && take(start) ? range(...prefixRun(prefix, start, end, (id) => this.term(id))) : [],
    );
  }

  typoCandidates(word: string, cyrillic: boolean, reach: TypoReach): readonly number[] {
    const key = `${cyrillic ? "?" : "*"}${reach.limit},${reach.stemLimit},${reach.stem};${word}`;
    return this.group(key, true, () => this.withinReach(word, cyrillic, reach));
  }

  /**
   * The words holding enough of the query word's letter pairs, or of its stem's, to be within a
   * typo's reach (see pairs.ts), or always looked at. Any one pair was too loose a test: a word of
   * ten letters with a typo ("memorandux") shares one with 29,814 of the 172,053 words of 100,000
   * generated facts, and comparing them all took 20–30 ms of a key in browse; 287 hold enough and
   * are of a length within its edits. How many a word holds also bounds its length (see
   * withinCountedReach): "memor", in no word of the file, compared 4,100 words, and now 1,900.
   */
  private withinReach(word: string, cyrillic: boolean, reach: TypoReach): number[] {
    const { cyrillicTerms } = this.index.meta;
    const lengths = this.lengthReach(word, cyrillic, reach);
    const wordPairs = classPairCounts(word);
    const stemPairs = reach.stemLimit > 0 ? classPairCounts(reach.stem) : new Map<number, number>();
    // A letter of no class: every word of a length within reach is looked at.
    if (!wordPairs || !stemPairs) return idsOfLengths(range(0, cyrillic ? cyrillicTerms : this.count), lengths);
    this.counts ??= { fromWord: new Uint16Array(this.count), fromStem: new Uint16Array(this.count) };
    const { fromWord, fromStem } = this.counts;
    // The words counted, each once.
    const counted: number[] = [];
    // The words compared as they stand: the Cyrillic ones for a Cyrillic word, else the others.
    const [first, end] = cyrillic ? [0, cyrillicTerms] : [cyrillicTerms, this.count];
    for (const pair of new Set([...wordPairs.keys(), ...stemPairs.keys()])) {
      const counts = { fromWord, fromStem, inWord: wordPairs.get(pair) ?? 0, inStem: stemPairs.get(pair) ?? 0 };
      countList(this.listed(pair), first, end, counts, counted);
    }
    if (!cyrillic) this.countSpelledPairs(word, fromWord, counted);
    const near = nearAndForgotten(counted, fromWord, fromStem, lengths);
    const always = idsOfLengths(
      [...this.listed(ALWAYS)].filter((id) => !cyrillic || id < cyrillicTerms),
      lengths,
    );
    return [...new Set([...near, ...always])];
  }

  /**
   * Counts in `counts` the Latin word's pairs each Cyrillic word's Latin spelling may hold: the
   * words holding a pair of letters spelled with it (spelledPairClasses), each pair once a word;
   * a word counted for the first time is added to `counted`.
   */
  private countSpelledPairs(word: string, counts: Uint16Array, counted: number[]): void {
    const { cyrillicTerms } = this.index.meta;
    // The pair each word was last counted for, by a number no other pair has had.
    this.lastPair ??= new Int32Array(cyrillicTerms);
    const { lastPair } = this;
    const times = new Map<string, number>();
    for (let at = 0; at + 2 <= word.length; at += 1) {
      const pair = word.slice(at, at + 2);
      times.set(pair, (times.get(pair) ?? 0) + 1);
    }
    for (const [pair, inWord] of times) {
      this.pairsCounted += 1;
      const mark = { lastPair, pair: this.pairsCounted, cyrillicTerms };
      for (const classes of spelledPairClasses(pair))
        countSpelledList(this.listed(classes), mark, counts, inWord, counted);
    }
  }

  /** The words of one letter pair's list (see pairs.ts), read once. */
  private listed(pair: number): Int32Array {
    let ids = this.lists.get(pair);
    if (!ids) {
      const offsets = this.index.uint32s("pairOffsets", pair, pair + 2);
      const list = this.index.bytes("pairLists", offsets[0] ?? 0, offsets[1] ?? 0);
      ids = listedTerms(list, this.count);
      if (!ids) throw new DamagedIndex(`the words of letter pair ${pair} are not words`);
      this.lists.set(pair, ids);
    }
    return ids;
  }

  /** What a typo's reach allows of a word's length, told by the texts' offsets, before any text is read. */
  private lengthReach(word: string, cyrillic: boolean, reach: TypoReach): LengthReach {
    return {
      cyrillicTerms: this.index.meta.cyrillicTerms,
      termOffsets: this.offsets("term"),
      latinOffsets: cyrillic ? undefined : this.offsets("latin"),
      stemOffsets: reach.stemLimit > 0 ? this.offsets("stem") : undefined,
      length: word.length,
      stemLength: reach.stem.length,
      limit: reach.limit,
      stemLimit: reach.stemLimit,
    };
  }

  /** Every offset of one kind of text, read when first needed. */
  private offsets(kind: TextKind): Uint32Array {
    let offsets = this.allOffsets.get(kind);
    if (!offsets) {
      offsets = this.index.uint32s(`${kind}Offsets`);
      this.allOffsets.set(kind, offsets);
    }
    return offsets;
  }

  /** A group of ids, made once, with the words' texts (and stems, which most groups are compared by) read in one go. */
  private group(key: string, withStems: boolean, make: () => number[]): readonly number[] {
    let ids = this.groups.get(key);
    if (!ids) {
      ids = make().sort((a, b) => a - b);
      this.read("term", ids, this.texts);
      if (withStems) this.read("stem", ids, this.stems);
      this.groups.set(key, ids);
    }
    return ids;
  }

  private readOne(kind: TextKind, id: number, into: Map<number, string>): string {
    this.read(kind, [id], into);
    return into.get(id) ?? "";
  }

  /** Reads the texts of these ids (in order) not read yet into `into`, a run of near ids in one piece. */
  private read(kind: TextKind, ids: readonly number[], into: Map<number, string>): void {
    const wanted = ids.filter((id) => !into.has(id));
    for (let at = 0; at < wanted.length; ) {
      let end = at + 1;
      while (end < wanted.length && (wanted[end] ?? 0) - (wanted[end - 1] ?? 0) < NEAR) end += 1;
      const first = wanted[at] ?? 0;
      const last = wanted[end - 1] ?? 0;
      const offsets = this.index.uint32s(`${kind}Offsets`, first, last + 2);
      const base = offsets[0] ?? 0;
      const bytes = this.index.bytes(`${kind}Text`, 2 * base, 2 * (offsets[last - first + 1] ?? 0));
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf16le");
      for (let next = at; next < end; next += 1) {
        const id = (wanted[next] ?? 0) - first;
        into.set(wanted[next] ?? 0, text.slice((offsets[id] ?? 0) - base, (offsets[id + 1] ?? 0) - base));
      }
      at = end;
    }
  }
}

// withinReach's and ofLengths's loops over a typo's lists (up to 50,000 words each): indexed
// loops, not for…of or a callback a word (an iterator's call per word took twice as long, run
// before V8 optimises anything), each a function ending with its loop (see OSR_NOTE in
// search/rank.ts).

/** What countList adds to each word of a pair's list: the pair's count in the query word and in its stem. */
interface PairCounts {
  fromWord: Uint16Array;
  fromStem: Uint16Array;
  inWord: number;
  inStem: number;
}

/** Counts a pair for the words of its list from `first` to `end`; a word counted for the first time joins `counted`. */
function countList(ids: Int32Array, first: number, end: number, counts: PairCounts, counted: number[]): void {
  const { fromWord, fromStem, inWord, inStem } = counts;
  for (let at = 0; at < ids.length; at += 1) {
    const id = ids[at] ?? 0;
    if (id < first || id >= end) continue;
    if (fromWord[id] === 0 && fromStem[id] === 0) counted.push(id);
    fromWord[id] = (fromWord[id] ?? 0) + inWord;
    fromStem[id] = (fromStem[id] ?? 0) + inStem;
  }
}

/**
 * The words counted that hold enough of the word's pairs, or of its stem's, for their length
 * (withinCountedReach); every count set back to 0.
 */
function nearAndForgotten(
  counted: readonly number[],
  fromWord: Uint16Array,
  fromStem: Uint16Array,
  reach: LengthReach,
): number[] {
  const near: number[] = [];
  for (let at = 0; at < counted.length; at += 1) {
    const id = counted[at] ?? 0;
    if (withinCountedReach(id, fromWord[id] ?? 0, fromStem[id] ?? 0, reach)) near.push(id);
    fromWord[id] = 0;
    fromStem[id] = 0;
  }
  return near;
}

/**
 * Whether a word holding `pairs` of the query word's letter pairs (and `stemPairs` of its stem's)
 * could be within its edits, as it stands or by its stem. An edit breaks at most two of a word's
 * pairs (the letter changed, dropped or put in, and its neighbours), a swap of neighbours three,
 * and only a swap keeps the length: of m − 1 pairs, a word within k edits keeps m − 1 − 2k − t,
 * t the swaps, and is of a length within k − t. So a word short of m − 1 − 2k pairs owes the rest to
 * swaps, and may differ in length by what the other edits leave (vocabulary.ts's pairsNeeded, m − 1 − 3k, is t = k).
 */
function withinCountedReach(id: number, pairs: number, stemPairs: number, reach: LengthReach): boolean {
  const { cyrillicTerms, termOffsets, latinOffsets, stemOffsets, length, stemLength, limit, stemLimit } = reach;
  const spelled = latinOffsets !== undefined && id < cyrillicTerms;
  const offsets = spelled ? latinOffsets : termOffsets;
  const swaps = Math.max(0, length - 1 - 2 * limit - pairs);
  if (swaps <= limit && Math.abs((offsets[id + 1] ?? 0) - (offsets[id] ?? 0) - length) <= limit - swaps) return true;
  if (!stemOffsets || spelled || stemLimit === 0) return false;
  const stemSwaps = Math.max(0, stemLength - 1 - 2 * stemLimit - stemPairs);
  const ownStemLength = (stemOffsets[id + 1] ?? 0) - (stemOffsets[id] ?? 0);
  return stemSwaps <= stemLimit && Math.abs(ownStemLength - stemLength) <= stemLimit - stemSwaps;
}

/**
 * Counts a pair once for each Cyrillic word of a list its Latin spelling holds it in (`mark.pair`
 * tells a word counted for it already, from another of its class pairs' lists).
 */
function countSpelledList(
  ids: Int32Array,
  mark: { lastPair: Int32Array; pair: number; cyrillicTerms: number },
  counts: Uint16Array,
  inWord: number,
  counted: number[],
): void {
  const { lastPair, pair, cyrillicTerms } = mark;
  for (let at = 0; at < ids.length; at += 1) {
    const id = ids[at] ?? 0;
    if (id >= cyrillicTerms || lastPair[id] === pair) continue;
    lastPair[id] = pair;
    if (counts[id] === 0) counted.push(id);
    counts[id] = (counts[id] ?? 0) + inWord;
  }
}

/** What idsOfLengths tells lengths by: the texts' offsets, and the query word's lengths and edits. */
interface LengthReach {
  cyrillicTerms: number;
  termOffsets: Uint32Array;
  /** For a Latin query word: it compares a Cyrillic word's Latin spelling, and not its stem. */
  latinOffsets: Uint32Array | undefined;
  stemOffsets: Uint32Array | undefined;
  length: number;
  stemLength: number;
  limit: number;
  stemLimit: number;
}

/** The ids whose word (or stem) is of a length within the edits allowed (each edit adds or removes a letter at most). */
function idsOfLengths(ids: readonly number[], reach: LengthReach): number[] {
  const { cyrillicTerms, termOffsets, latinOffsets, stemOffsets, length, stemLength, limit, stemLimit } = reach;
  const kept: number[] = [];
  for (let at = 0; at < ids.length; at += 1) {
    const id = ids[at] ?? 0;
    const spelled = latinOffsets !== undefined && id < cyrillicTerms;
    const offsets = spelled ? latinOffsets : termOffsets;
    if (Math.abs((offsets[id + 1] ?? 0) - (offsets[id] ?? 0) - length) <= limit) kept.push(id);
    else if (
      stemOffsets &&
      !spelled &&
      Math.abs((stemOffsets[id + 1] ?? 0) - (stemOffsets[id] ?? 0) - stemLength) <= stemLimit
    )
      kept.push(id);
  }
  return kept;
}

/** The words, their stems, their Latin spellings: each a pair of sections written by build.ts's writeTexts. */
type TextKind = "term" | "stem" | "latin";

// Ids closer than this are read in one piece with those between them.
const NEAR = 8;

/**
 * Where the texts starting with `prefix` are among those from `start` to `end`, which are in the
 * order of their UTF-16 units (`textAt` reads one): first those before the prefix, then those
 * starting with it, then those after. Two binary searches, each reading about 17 texts of
 * 100,000; a group of all the words with the prefix's first letter read every one of them, 10 ms
 * of a search of 100,000 facts (docs/performance.md).
 */
function prefixRun(
  prefix: string,
  start: number,
  end: number,
  textAt: (at: number) => string,
  whole = false,
): [number, number] {
  const first = firstWhere(start, end, (at) => textAt(at) >= prefix);
  const after = firstWhere(first, end, (at) => {
    const text = textAt(at);
    return text > prefix && (whole || !text.startsWith(prefix));
  });
  return [first, after];
}

/** The first place from `start` to `end` where `holds` is true; it is false before it and true after. */
function firstWhere(start: number, end: number, holds: (at: number) => boolean): number {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, at) => start + at);
}
