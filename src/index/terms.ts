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
  private readonly handedOut = new Set<number>();

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

  /** Every word of the groups handed out so far: the only words a match can have found. */
  get looked(): ReadonlySet<number> {
    return this.handedOut;
  }

  startingWith(letter: string): readonly number[] {
    return this.group(`=${letter}`, true, () => {
      const unit = letter.charCodeAt(0);
      return this.index.meta.letterGroups.flatMap(([first, start, end]) => (first === unit ? range(start, end) : []));
    });
  }

  spelledStartingWith(letter: string): readonly number[] {
    return this.group(`~${letter}`, false, () => {
      const unit = letter.charCodeAt(0);
      const { spellingGroups, letterGroups, cyrillicTerms } = this.index.meta;
      const cyrillic = spellingGroups.flatMap(([first, start, end]) =>
        first === unit ? [...this.index.uint32s("spellingStarts", start, end)] : [],
      );
      // The other words are spelled as they are.
      const others = letterGroups.flatMap(([first, start, end]) =>
        first === unit && start >= cyrillicTerms ? range(start, end) : [],
      );
      if (cyrillic.some((id) => id >= cyrillicTerms)) throw new DamagedIndex("a spelling of no Cyrillic word");
      this.read("latin", cyrillic, this.spellings);
      return [...cyrillic, ...others];
    });
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
      for (const id of ids) this.handedOut.add(id);
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

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, at) => start + at);
}
