// The fact file shipped with the tool is checked and scanned for search once, by the build, not
// on every start: dist/ keeps the text that passed and its search index. A start still reads the
// file, and uses them only while its text is, character for character, the one that passed.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FactBook } from "./facts/factbook.js";
import type { Limits } from "./facts/limits.js";
import { checkedBook, loadFactText } from "./facts/load.js";
import { readFactSource } from "./facts/read.js";
import {
  buildSearchIndex,
  type SearchIndex,
  type SearchIndexJson,
  searchIndexFromJson,
  searchIndexToJson,
} from "./search/engine.js";

// dist/ and src/ both sit beside data/. Paths are joined, not resolved as URLs: Node's URL parser
// is not loaded until asked for, and costs half a millisecond at start.
/** The fact file shipped with the tool. */
export const SHIPPED_FACTS = join(import.meta.dirname, "..", "data", "unicef-kz.json");
const PASSED_TEXT = join(import.meta.dirname, "..", "dist", "shipped-facts.json");
const SEARCH_INDEX = join(import.meta.dirname, "..", "dist", "shipped-index.json");

/** A book, with its search index if one was made before. */
export interface LoadedBook {
  book: FactBook;
  prebuiltIndex?: () => SearchIndex;
}

/** The shipped book as the build checked and scanned it; undefined if there is no build or the file has changed. */
export function loadShippedBook(limits: Limits): LoadedBook | undefined {
  let passed: string;
  try {
    passed = readFileSync(PASSED_TEXT, "utf8");
  } catch {
    return undefined;
  }
  const { text, name } = readFactSource(SHIPPED_FACTS, limits);
  if (text !== passed) return undefined;
  return {
    book: checkedBook(text, name),
    prebuiltIndex: () => searchIndexFromJson(JSON.parse(readFileSync(SEARCH_INDEX, "utf8")) as SearchIndexJson),
  };
}

/** Run by the build: checks the shipped file (a bad one fails the build), then saves its index and text. */
export function saveShippedBook(): void {
  const text = readFileSync(SHIPPED_FACTS, "utf8");
  const book = loadFactText(text, "data/unicef-kz.json");
  writeFileSync(SEARCH_INDEX, JSON.stringify(searchIndexToJson(buildSearchIndex(book))));
  // The text last: where it is, the index made from it is too.
  writeFileSync(PASSED_TEXT, text);
}
