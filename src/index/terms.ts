import type { TermSource } from "../search/terms.js";
import { filterPairs, tokenFilter } from "../search/token-filter.js";
import { listsToRead, markedTerms, markList } from "./pairs.js";
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

  startingWith(prefix: string): readonly number[] {
    return this.group(`=${prefix}`, true, () => this.inLetterGroups(prefix, () => true));
  }

  stemStartingWith(prefix: string): readonly number[] {
    return this.group(`^${prefix}`, true, () => {
      const ids = this.orderRun("stemOrder", prefix, (id) => this.stem(id));
      if (ids.some((id) => id >= this.count)) throw new DamagedIndex("a stem of no word");
      return ids;
    });
  }

  spelledStartingWith(prefix: string): readonly number[] {
    return this.group(`~${prefix}`, false, () => {
      const { cyrillicTerms } = this.index.meta;
      const cyrillic = this.orderRun("spellingOrder", prefix, (id) => this.latin(id) ?? "");
      if (cyrillic.some((id) => id >= cyrillicTerms)) throw new DamagedIndex("a spelling of no Cyrillic word");
      this.read(
        "latin",
        [...cyrillic].sort((a, b) => a - b),
        this.spellings,
      );
      // The other words are spelled as they are.
      return [...cyrillic, ...this.inLetterGroups(prefix, (start) => start >= cyrillicTerms)];
    });
  }

  /**
   * The ids, in a section of ids in the order of their texts (`textOf`), whose text starts with
   * `prefix`; only the ids the binary search looks at are read, not the whole section.
   */
  private orderRun(name: "stemOrder" | "spellingOrder", prefix: string, textOf: (id: number) => string): number[] {
    const idAt = (at: number) => this.index.uint32s(name, at, at + 1)[0] ?? 0;
    const [first, after] = prefixRun(prefix, 0, this.index.length(name) / 4, (at) => textOf(idAt(at)));
    return [...this.index.uint32s(name, first, after)];
  }

  /** The words starting with `prefix` in the letter groups of its first letter that `take` keeps (by where they start). */
  private inLetterGroups(prefix: string, take: (start: number) => boolean): number[] {
    const unit = prefix.charCodeAt(0);
    return this.index.meta.letterGroups.flatMap(([first, start, end]) =>
      first === unit && take(start) ? range(...prefixRun(prefix, start, end, (id) => this.term(id))) : [],
    );
  }

  typoCandidates(word: string, cyrillic: boolean): readonly number[] {
    return this.group(`${cyrillic ? "?" : "*"}${word}`, true, () => {
      const filter = tokenFilter([word]);
      const ids = filter ? this.withPairs(filterPairs(filter)) : range(0, this.count);
      const { cyrillicTerms } = this.index.meta;
      return cyrillic ? ids.filter((id) => id < cyrillicTerms) : ids;
    });
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

  /** The words holding one of these letter pairs, or always looked at (see pairs.ts). */
  private withPairs(pairs: readonly number[]): number[] {
    const marks = new Uint32Array(Math.ceil(this.count / 32));
    const offsets = this.index.uint32s("pairOffsets");
    for (const pair of listsToRead(pairs)) {
      const list = this.index.bytes("pairLists", offsets[pair] ?? 0, offsets[pair + 1] ?? 0);
      if (!markList(list, this.count, marks)) throw new DamagedIndex(`the words of letter pair ${pair} are not words`);
    }
    return [...markedTerms(marks)];
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
function prefixRun(prefix: string, start: number, end: number, textAt: (at: number) => string): [number, number] {
  const first = firstWhere(start, end, (at) => textAt(at) >= prefix);
  const after = firstWhere(first, end, (at) => {
    const text = textAt(at);
    return text > prefix && !text.startsWith(prefix);
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
