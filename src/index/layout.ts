// The layout of a saved index file. Little-endian throughout; every section starts on an 8-byte
// boundary, so a typed array can look at it where it was read.
//
//   header   magic, format version, its own length and checksum, the key of the fact file it was
//            made from (see key.ts), where each section is, where the block checksums are
//   body     the sections, one after another
//   blocks   a checksum (checksum.ts) of each BLOCK_SIZE bytes of the body
//
// A search reads the header, the checksums, and only the blocks that hold what it needs (the
// postings of the words it matched, the facts it shows); each block is checked as it is read.

import { checksum } from "../checksum.js";
import type { ProgrammeAreas } from "../facts/schema.js";
import type { FileKey } from "./key.js";

export const MAGIC = "UKZINDEX";
/**
 * Raised whenever what an index holds, or how, changes (3: stems join ребёнок and дети, child and
 * children; 4: words are listed under their stems' letter pairs too, and the postings of runs of
 * words sharing a prefix are merged; 5: checksums that two flips of a word's top bit do not fool;
 * 6: long postings have their facts counted by weight):
 * an index of another version is rebuilt.
 */
export const FORMAT_VERSION = 6;
export const BLOCK_SIZE = 16 * 1024;

/** The sections, in the order they are written. */
export const SECTIONS = [
  "meta", // JSON: counts, field weights, the file around its facts (see IndexMeta)
  "termOffsets", // Uint32: where each word starts in termText, in UTF-16 units; one more for the end
  "termText", // the words, UTF-16, one after another: Cyrillic words, then others, each part in order
  "stemOffsets", // Uint32: as termOffsets, for each word's stem
  "stemText",
  "latinOffsets", // Uint32: as termOffsets, for the Latin spellings of the Cyrillic words
  "latinText",
  "spellingOrder", // Uint32: the Cyrillic words' ids in the order of their Latin spellings
  "stemOrder", // Uint32: every word's id in the order of the stems
  "pairOffsets", // Uint32: where each letter pair's list of words starts in pairLists (see pairs.ts)
  "pairLists",
  "postingOffsets", // Float64: where each word's postings start in postings; one more for the end
  "postings", // per word: the facts it is in and its best field weight there (see postings.ts)
  "countedTerms", // Uint32: the words whose postings take LONG_POSTINGS bytes or more, by id
  "weightCounts", // Uint32 × WEIGHT_CODES: for each of those, how many of its facts it is in at each weight
  "prefixPostings", // the merged postings of runs of words sharing a prefix (see prefixes.ts)
  "prefixRuns", // Float64 × 4: each run's first word, its end, and where its postings start and end
  "spans", // Float64: fact i's text lies from byte spans[2i] to spans[2i + 1] of the fact file
  "kinds", // Uint8: each fact's kind, as its place in FACT_KINDS
  "yearStarts", // Uint32: where each fact's years start in years; one more for the end
  "years", // Uint16: the years each fact is dated by (see factYears)
  "idOffsets", // Uint32: as termOffsets, for each fact's id
  "idText",
  "idTable", // Int32: open addressing by the hash of an id: a fact's place + 1, or 0 for none
  "datingStarts", // Uint32 + Uint32: the facts that date each fact (milestone events, the event it is dated by)
  "dating",
  "relatedStarts", // the facts each fact lists as related
  "related",
  "markedByStarts", // the agreements whose milestones an event holds
  "markedBy",
  "relatedFromStarts", // the facts that list each fact as related
  "relatedFrom",
] as const;
export type SectionName = (typeof SECTIONS)[number];

/** The meta section. */
export interface IndexMeta {
  /** The version of unicef-kz that made it: words are split and weighed as that version does. */
  program: string;
  factCount: number;
  termCount: number;
  /** Terms 0 to cyrillicTerms − 1 are the Cyrillic words, the others follow. */
  cyrillicTerms: number;
  /** The words starting with each letter, by UTF-16 unit: [unit, first id, end], one run among the Cyrillic words and one among the others. */
  letterGroups: [number, number, number][];
  /** The field weights postings give by code (see postings.ts). */
  weights: number[];
  idTableSize: number;
  /** The depth limit the file was read within (UNICEF_KZ_MAX_DEPTH): it is no deeper. */
  depthLimit: number;
  /** What a book needs of the file around its facts. */
  programmeAreas?: ProgrammeAreas;
}

/** Where a section lies in the file. */
export interface SectionPlace {
  offset: number;
  length: number;
}

/** What the header says: the fact file's key, the sections, and the block checksums. */
export interface Header {
  key: FileKey;
  headerLength: number;
  sections: Record<SectionName, SectionPlace>;
  blockTable: SectionPlace;
  blockTableChecksum: number;
}

// magic 8, version 4, header length 4, header checksum 4, reserved 4; key: dev, ino, size, mtime,
// ctime (u64 each), head and tail checksums (u32 each), path length (u32); block table offset and
// length (f64), its checksum (u32), padding; then each section's offset and length (f64), then the path.
const FIXED = 8 + 4 + 4 + 4 + 4 + 5 * 8 + 3 * 4 + 8 + 8 + 4 + 4;
const CHECKED_FROM = 20;

/** The header's length for a fact file of this real path: known before the body is written. */
export function headerLength(realPath: string): number {
  return align8(FIXED + SECTIONS.length * 16 + Buffer.byteLength(realPath));
}

export function align8(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

export function encodeHeader(header: Header): Buffer {
  const bytes = Buffer.alloc(header.headerLength);
  bytes.write(MAGIC, 0, "latin1");
  bytes.writeUInt32LE(FORMAT_VERSION, 8);
  bytes.writeUInt32LE(header.headerLength, 12);
  const { key } = header;
  let at = 24;
  for (const value of [key.dev, key.ino, key.size, key.mtimeNs, key.ctimeNs]) at = bytes.writeBigUInt64LE(value, at);
  at = bytes.writeUInt32LE(key.head, at);
  at = bytes.writeUInt32LE(key.tail, at);
  at = bytes.writeUInt32LE(Buffer.byteLength(key.realPath), at);
  at = bytes.writeDoubleLE(header.blockTable.offset, at);
  at = bytes.writeDoubleLE(header.blockTable.length, at);
  at = bytes.writeUInt32LE(header.blockTableChecksum, at) + 4;
  for (const name of SECTIONS) {
    at = bytes.writeDoubleLE(header.sections[name].offset, at);
    at = bytes.writeDoubleLE(header.sections[name].length, at);
  }
  bytes.write(key.realPath, at, "utf8");
  bytes.writeUInt32LE(checksum(bytes.subarray(CHECKED_FROM)), 16);
  return bytes;
}

/**
 * The header at the start of `bytes` (which may hold more), or undefined if it is not one of
 * this format and version, is cut short, or fails its checksum. `more` reads a longer start.
 */
export function decodeHeader(bytes: Buffer, more: (length: number) => Buffer): Header | undefined {
  if (bytes.length < FIXED || bytes.toString("latin1", 0, 8) !== MAGIC) return undefined;
  if (bytes.readUInt32LE(8) !== FORMAT_VERSION) return undefined;
  const length = bytes.readUInt32LE(12);
  if (length < FIXED + SECTIONS.length * 16 || length > 1 << 20) return undefined;
  const whole = length <= bytes.length ? bytes : more(length);
  if (whole.length < length || whole.readUInt32LE(16) !== checksum(whole.subarray(CHECKED_FROM, length)))
    return undefined;
  let at = 24;
  const read64 = () => {
    at += 8;
    return whole.readBigUInt64LE(at - 8);
  };
  const [dev, ino, size, mtimeNs, ctimeNs] = [read64(), read64(), read64(), read64(), read64()];
  const head = whole.readUInt32LE(at);
  const tail = whole.readUInt32LE(at + 4);
  const pathLength = whole.readUInt32LE(at + 8);
  const blockTable = { offset: whole.readDoubleLE(at + 12), length: whole.readDoubleLE(at + 20) };
  const blockTableChecksum = whole.readUInt32LE(at + 28);
  at += 36;
  const sections = {} as Record<SectionName, SectionPlace>;
  for (const name of SECTIONS) {
    sections[name] = { offset: whole.readDoubleLE(at), length: whole.readDoubleLE(at + 8) };
    at += 16;
  }
  if (at + pathLength > length) return undefined;
  const realPath = whole.toString("utf8", at, at + pathLength);
  return {
    key: { realPath, dev, ino, size, mtimeNs, ctimeNs, head, tail },
    headerLength: length,
    sections,
    blockTable,
    blockTableChecksum,
  };
}
