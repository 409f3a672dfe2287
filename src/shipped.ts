// The fact file shipped with the tool is checked and indexed for search once, by the build, not
// on every start: dist/ keeps the text that passed, its search index and the index's digest. A
// start still reads the file, and uses them only while its bytes are, one for one, those of the
// text that passed.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checksum } from "./checksum.js";
import { FactBook } from "./facts/factbook.js";
import { allowsDefaults, type Limits } from "./facts/limits.js";
import { sourceName } from "./facts/read.js";
import type { Fact, ProgrammeAreas } from "./facts/schema.js";
import type { SearchIndexJson } from "./search/engine.js";

// dist/ and src/ both sit beside data/. Paths are joined, not resolved as URLs: Node's URL parser
// is not loaded until asked for, and costs half a millisecond at start.
/** The fact file shipped with the tool. */
export const SHIPPED_FACTS = join(import.meta.dirname, "..", "data", "unicef-kz.json");
const PASSED_TEXT = join(import.meta.dirname, "..", "dist", "shipped-facts.json");
const SEARCH_INDEX = join(import.meta.dirname, "..", "dist", "shipped-index.json");
const INDEX_DIGEST = join(import.meta.dirname, "..", "dist", "shipped-index.digest");

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
  if (!allowsDefaults(limits)) return undefined;
  let bytes: Buffer;
  let passed: Buffer;
  try {
    bytes = readFileSync(SHIPPED_FACTS);
    passed = readFileSync(PASSED_TEXT);
  } catch {
    return undefined; // the usual way reports what is wrong
  }
  // Compared as bytes, outside V8's heap: one text fewer to make at start.
  if (!bytes.equals(passed)) return undefined;
  const file = JSON.parse(bytes.toString("utf8")) as { facts: Fact[]; programmeAreas?: ProgrammeAreas };
  return {
    book: new FactBook(file.facts, sourceName(SHIPPED_FACTS), file.programmeAreas),
    savedIndex: readSavedIndex,
  };
}

/**
 * The search index the build saved, if it is whole: its digest is the one the build wrote. A
 * damaged index (cut short, edited, from another build) is not read: search builds its own.
 */
function readSavedIndex(): SearchIndexJson | undefined {
  try {
    const bytes = readFileSync(SEARCH_INDEX);
    if (digestOf(bytes) !== readFileSync(INDEX_DIGEST, "latin1")) return undefined;
    return JSON.parse(bytes.toString("utf8")) as SearchIndexJson;
  } catch {
    return undefined;
  }
}

/** The digest the build saves beside the shipped index (see checksum.ts). */
function digestOf(bytes: Buffer): string {
  return checksum(bytes).toString(16);
}
/** Run by the build: checks the shipped file (a bad one fails the build), then saves its index and text. */
export async function saveShippedBook(): Promise<void> {
  const [{ loadFactText }, { savedSearchIndex }] = await Promise.all([
    import("./facts/load.js"),
    import("./search/engine.js"),
  ]);
  const text = readFileSync(SHIPPED_FACTS, "utf8");
  const index = Buffer.from(JSON.stringify(savedSearchIndex(loadFactText(text, "data/unicef-kz.json"))));
  writeFileSync(SEARCH_INDEX, index);
  writeFileSync(INDEX_DIGEST, digestOf(index));
  // The text last: where it is, the index made from it is too.
  writeFileSync(PASSED_TEXT, text);
}
