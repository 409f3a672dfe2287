import type { FactBook } from "../facts/factbook.js";
import type { SearchHit } from "./engine.js";
import { searchableFields } from "./fields.js";
import { normalizeWord, tokenize } from "./normalize.js";

/** --exact: plain case-insensitive substring search (ё = е); the score is the best field's weight. */
export function exactSearch(book: FactBook, query: string): SearchHit[] {
  const needle = normalizeWord(query.trim());
  if (needle === "") return [];
  const hits: SearchHit[] = [];
  for (const fact of book.facts) {
    let score = 0;
    for (const { text, weight } of searchableFields(fact)) {
      if (weight > score && normalizeWord(text).includes(needle)) score = weight;
    }
    if (score > 0) hits.push({ fact, score, matchedTerms: wordsContaining(fact, needle) });
  }
  return hits.sort((a, b) => b.score - a.score);
}

function wordsContaining(fact: SearchHit["fact"], needle: string): string[] {
  const words = new Set<string>();
  for (const { text } of searchableFields(fact))
    for (const word of tokenize(text)) if (needle.includes(word) || word.includes(needle)) words.add(word);
  return [...words];
}
