// The fact file shipped with the tool is checked and indexed for search once, by the build, not
// on every start: the build's second pass writes the text that passed and its search index into
// the bundle itself, so a start reads no file for them and checks no digest (an index in a file
// of its own had to be checked on every start, 1.3 ms of the 12 a search adds to Node's start).
// A start still reads the fact file, and uses them only while its bytes are, one for one, those
// of the text that passed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FactBook } from "./facts/factbook.js";
import { allowsDefaults, type Limits } from "./facts/limits.js";
import { sourceName } from "./facts/read.js";
import type { Fact, ProgrammeAreas } from "./facts/schema.js";
import type { SearchIndexJson } from "./search/engine.js";

/**
 * What the build writes into the bundle (scripts/build.mjs); absent from a first pass and under
 * tsx. The file and the index are written as object literals, not as JSON text: V8 keeps a
 * literal's values in the code cache and makes the objects from them, where parsing the JSON
 * cost 1.2 ms of each start (facts 0.5, index 0.7).
 */
interface ShippedBook {
  /** The text of data/unicef-kz.json that passed the checks. */
  text: string;
  /** That text, parsed. */
  file: { facts: Fact[]; programmeAreas?: ProgrammeAreas };
  /** Its search index. */
  index: SearchIndexJson;
}
declare const SHIPPED_BOOK: ShippedBook | undefined;

// src/ sits beside data/, and so does dist/. Paths are joined, not resolved as URLs: Node's URL
// parser is not loaded until asked for, and costs half a millisecond at start.
/** The fact file shipped with the tool. */
export const SHIPPED_FACTS = join(import.meta.dirname, "..", "data", "unicef-kz.json");

/** A book, with its search index if the build saved one. */
export interface LoadedBook {
  book: FactBook;
  savedIndex?: () => SearchIndexJson | undefined;
}

/**
 * The shipped book as the build checked and indexed it; undefined if there is no build, the file
 * has changed, or a limit is set below its default (the build checked it with the defaults), so
 * that the usual way reads it and says what is wrong.
 */
export function loadShippedBook(limits: Limits): LoadedBook | undefined {
  const shipped = typeof SHIPPED_BOOK === "undefined" ? undefined : SHIPPED_BOOK;
  if (!shipped || !allowsDefaults(limits)) return undefined;
  // Compared as bytes, outside V8's heap, and parsed from the bundle's own copy: a text decoded
  // here would be 70 KB more of the 1 MB that a start may allocate before V8 stops to collect.
  let bytes: Buffer;
  try {
    bytes = readFileSync(SHIPPED_FACTS);
  } catch {
    return undefined; // the usual way reports what is wrong
  }
  if (!bytes.equals(Buffer.from(shipped.text, "utf8"))) return undefined;
  const { file, index } = shipped;
  return {
    book: new FactBook(file.facts, sourceName(SHIPPED_FACTS), file.programmeAreas),
    savedIndex: () => index,
  };
}

/**
 * Run by the build's first pass: checks the shipped file (a bad one fails the build) and returns
 * what the second pass writes into the bundle, as JSON.
 */
export async function shippedBookJson(): Promise<string> {
  const [{ loadFactText }, { savedSearchIndex }] = await Promise.all([
    import("./facts/load.js"),
    import("./search/engine.js"),
  ]);
  const text = readFileSync(SHIPPED_FACTS, "utf8");
  const book = loadFactText(text, "data/unicef-kz.json");
  const shipped: ShippedBook = { text, file: JSON.parse(text), index: savedSearchIndex(book) };
  return JSON.stringify(shipped);
}
