import packageJson from "../../package.json" with { type: "json" };
import type { FactLinks } from "../facts/check.js";
import { type CheckedReading, linkedYears, placesById } from "../facts/checked-reading.js";
import { FACT_KINDS } from "../facts/kinds.js";
import type { Fact } from "../facts/schema.js";
import { isCyrillic, stem } from "../search/normalize.js";
import { FactWords } from "../search/term-scan.js";
import { toLatin } from "../search/transliterate.js";
import { type IdTable, idTable } from "./ids.js";
import type { IndexMeta, SectionName } from "./layout.js";
import { linkSections } from "./links.js";
import { pairLists } from "./pairs.js";
import { LONG_POSTINGS, PostingsBuilder, WEIGHT_CODES, weightCounts } from "./postings.js";
import { mergedPostings, prefixRuns } from "./prefixes.js";
import type { IndexWriter } from "./writer.js";

const PIECE = 1 << 20;

/**
 * The longest word an index holds, and the most text its distinct words may take, in UTF-16 units.
 * An index holds each word with its stem, its Latin spelling and its letter pairs, and making it
 * takes about 44 bytes of memory for each unit of them: one word of 100,000,000 letters (a valid
 * 200 MB file) took 4.4 GB and 53 s, and wrote 763 MB. A word that long is no word to search for;
 * 1,000,000 generated facts hold 1,072,053 words in 6.6 million units. A file past these bounds is
 * searched as it is read, never indexed.
 */
export const MAX_INDEXED_WORD = 1000;
export const MAX_INDEXED_TEXT = 32 * 1024 * 1024;

/** A file whose words are too long, or too many, to index (see MAX_INDEXED_WORD): searched as it is read. */
export class NotIndexable extends Error {}

/**
 * An index made as a fact file is read: each fact is handed to `add` as it is checked, and only
 * its postings are kept; `save` writes the index once the whole file has been read.
 */
export class IndexBuilder {
  private readonly words: FactWords;
  private readonly postings = new PostingsBuilder();
  /** How many of the words read have been measured, and the units they take. */
  private measured = 0;
  private textUnits = 0;

  /** `small`: a file of few facts, whose words are best split by the regular expression engine (see term-scan.ts). */
  constructor(small: boolean) {
    this.words = new FactWords(small);
  }

  add(fact: Fact, place: number): void {
    this.postings.add(place, this.words, this.words.read(fact));
    this.measureNewWords(fact);
  }

  /** Refuses the file once a word of it is too long, or its words too many, to index (NotIndexable). */
  private measureNewWords(fact: Fact): void {
    const { terms } = this.words;
    for (; this.measured < terms.length; this.measured += 1) {
      const length = terms[this.measured]?.length ?? 0;
      this.textUnits += length;
      if (length > MAX_INDEXED_WORD)
        throw new NotIndexable(
          `a word of ${length.toLocaleString("en")} characters (in ${fact.id}) is too long to index`,
        );
      if (this.textUnits > MAX_INDEXED_TEXT)
        throw new NotIndexable(`its distinct words take over ${MAX_INDEXED_TEXT.toLocaleString("en")} characters`);
    }
  }

  /** How many distinct words the facts added hold. */
  get termCount(): number {
    return this.words.terms.length;
  }

  /** Writes the index of the file read (`checked`); returns its size in bytes. Failures are thrown. */
  save(writer: IndexWriter, checked: CheckedReading, depthLimit: number): number {
    this.write(writer, checked, depthLimit);
    return writer.finish();
  }

  private write(writer: IndexWriter, { links, spans, shell }: CheckedReading, depthLimit: number): void {
    const terms = this.words.terms;
    const { order, cyrillicTerms, letterGroups } = termOrder(terms);
    const ordered = Array.from(order, (term) => terms[term] ?? "");
    const latin = ordered.slice(0, cyrillicTerms).map(toLatin);
    const stems = ordered.map(stemOf);
    const ids = idTable(links.map((fact) => fact.id));
    const meta: IndexMeta = {
      program: packageJson.version,
      factCount: links.length,
      termCount: terms.length,
      cyrillicTerms,
      letterGroups,
      weights: this.postings.weights,
      idTableSize: ids.table.length,
      depthLimit,
      programmeAreas: shell.programmeAreas,
    };
    const section = (name: SectionName, bytes: ArrayBufferView) =>
      writer.section(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    section("meta", Buffer.from(JSON.stringify(meta)));
    writeTexts(section, "termOffsets", "termText", ordered);
    writeTexts(section, "stemOffsets", "stemText", stems);
    writeTexts(section, "latinOffsets", "latinText", latin);
    section("spellingOrder", sortedIds(latin));
    section("stemOrder", sortedIds(stems));
    const pairs = pairLists(ordered, stems);
    section("pairOffsets", pairs.offsets);
    section("pairLists", pairs.lists);
    this.writePostings(writer, order, links.length);
    this.writePrefixes(writer, ordered, order, links.length);
    section("spans", Float64Array.from(spans));
    section(
      "kinds",
      Uint8Array.from(links, (fact) => FACT_KINDS.indexOf(fact.kind)),
    );
    writeYears(section, links);
    writeIds(section, ids);
    for (const [name, bytes] of linkSections(links)) section(name, bytes);
  }

  /** The merged postings of runs of words sharing a prefix (see prefixes.ts), `ordered` as saved. */
  private writePrefixes(writer: IndexWriter, ordered: readonly string[], order: Int32Array, factCount: number): void {
    const lengthOf = (id: number) => this.postings.lengthOf(order[id] ?? 0);
    const runs = prefixRuns(ordered, lengthOf, factCount);
    const table = new Float64Array(4 * runs.length);
    let written = 0;
    // Each word's postings, copied out of the builder's blocks in turn.
    let copied = new Uint8Array(PIECE);
    writer.sectionInPieces("prefixPostings", (write) => {
      runs.forEach(([first, end], at) => {
        const merged = mergedPostings(first, end, factCount, this.postings.weights, (id) => {
          if (copied.length < lengthOf(id)) copied = new Uint8Array(2 * lengthOf(id));
          return copied.subarray(0, this.postings.copyTo(order[id] ?? 0, copied, 0));
        });
        write(merged);
        table.set([first, end, written, written + merged.length], 4 * at);
        written += merged.length;
      });
    });
    writer.section("prefixRuns", new Uint8Array(table.buffer));
  }

  private writePostings(writer: IndexWriter, order: Int32Array, factCount: number): void {
    const offsets = new Float64Array(order.length + 1);
    for (let id = 0; id < order.length; id += 1) {
      offsets[id + 1] = (offsets[id] ?? 0) + this.postings.lengthOf(order[id] ?? 0);
    }
    writer.section("postingOffsets", new Uint8Array(offsets.buffer));
    // The long postings' facts, counted by weight as they are written.
    const counted: number[] = [];
    const counts: Uint32Array[] = [];
    const count = (id: number, bytes: Uint8Array) => {
      if (bytes.length < LONG_POSTINGS) return;
      const byWeight = weightCounts(bytes, factCount);
      if (!byWeight) throw new Error(`the postings of term ${id} are not postings`);
      counted.push(id);
      counts.push(byWeight);
    };
    writer.sectionInPieces("postings", (write) => {
      const piece = new Uint8Array(PIECE);
      let filled = 0;
      order.forEach((term, id) => {
        const length = this.postings.lengthOf(term);
        if (filled + length > PIECE) {
          write(piece.subarray(0, filled));
          filled = 0;
        }
        if (length > PIECE) {
          const whole = new Uint8Array(length);
          this.postings.copyTo(term, whole, 0);
          count(id, whole);
          write(whole);
        } else {
          const start = filled;
          filled = this.postings.copyTo(term, piece, filled);
          count(id, piece.subarray(start, filled));
        }
      });
      write(piece.subarray(0, filled));
    });
    writer.section("countedTerms", new Uint8Array(Uint32Array.from(counted).buffer));
    const table = new Uint32Array(counts.length * WEIGHT_CODES);
    counts.forEach((byWeight, at) => {
      table.set(byWeight, at * WEIGHT_CODES);
    });
    writer.section("weightCounts", new Uint8Array(table.buffer));
  }
}

/**
 * The order terms are saved in: Cyrillic words first (they alone have Latin spellings), then the
 * others, each part in the order of their UTF-16 units, so that the words starting with any
 * prefix are one run of ids, found by a binary search (see terms.ts). An empty word is left out.
 */
function termOrder(terms: readonly string[]): { order: Int32Array; cyrillicTerms: number; letterGroups: Group[] } {
  const cyrillic = terms.map((term) => isCyrillic(term));
  const ids = [...terms.keys()].filter((id) => terms[id] !== "");
  ids.sort((a, b) => Number(cyrillic[b]) - Number(cyrillic[a]) || compareUnits(terms[a] ?? "", terms[b] ?? ""));
  const letterGroups: Group[] = [];
  ids.forEach((id, at) => {
    const unit = terms[id]?.charCodeAt(0) ?? 0;
    const last = letterGroups.at(-1);
    const sameRun = last !== undefined && last[0] === unit && cyrillic[ids[at - 1] ?? 0] === cyrillic[id];
    if (sameRun) last[2] = at + 1;
    else letterGroups.push([unit, at, at + 1]);
  });
  const cyrillicTerms = cyrillic.filter(Boolean).length;
  return { order: Int32Array.from(ids), cyrillicTerms, letterGroups };
}

/** A run of ids: [first UTF-16 unit, first id, end]. */
type Group = [number, number, number];

/** The ids of these texts in the order of the texts' UTF-16 units. */
function sortedIds(texts: readonly string[]): Uint32Array {
  return Uint32Array.from(texts.keys()).sort((a, b) => compareUnits(texts[a] ?? "", texts[b] ?? ""));
}

/** Strings in the order of their UTF-16 units, as JavaScript's < compares them (not localeCompare). */
function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A word's stem. A number is its own (Snowball rewrites letters only; a test checks the numbers
 * up to 200,000): ids and counts are most of a large file's words, and stemming them all would
 * be most of what an index costs to make.
 */
function stemOf(word: string): string {
  return /^[0-9]+$/.test(word) ? word : stem(word);
}

type WriteSection = (name: SectionName, bytes: ArrayBufferView) => void;

/** Texts saved as UTF-16 one after another, and where each starts (one more for the end). */
function writeTexts(section: WriteSection, offsetsName: SectionName, textName: SectionName, texts: readonly string[]) {
  const offsets = new Uint32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i += 1) offsets[i + 1] = (offsets[i] ?? 0) + (texts[i]?.length ?? 0);
  section(offsetsName, offsets);
  section(textName, Buffer.from(texts.join(""), "utf16le"));
}

function writeYears(section: WriteSection, links: readonly FactLinks[]): void {
  const placeOf = placesById(links);
  const starts = new Uint32Array(links.length + 1);
  const years: number[] = [];
  links.forEach((fact, place) => {
    years.push(...linkedYears(fact, links, placeOf));
    starts[place + 1] = years.length;
  });
  section("yearStarts", starts);
  section("years", Uint16Array.from(years));
}

function writeIds(section: WriteSection, ids: IdTable): void {
  writeTexts(section, "idOffsets", "idText", ids.ids);
  section("idTable", ids.table);
}
