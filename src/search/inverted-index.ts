import type { FactBook } from "../facts/factbook.js";
import { searchableFields } from "./fields.js";
import { tokenize } from "./normalize.js";

/** For each normalised word, the facts that hold it and the best weight of a field it is in. */
export type Postings = Map<string, Map<number, number>>;

/** Indexes words, not records: a query then touches the vocabulary, never every fact's text. */
export function buildPostings(book: FactBook): Postings {
  const postings: Postings = new Map();
  book.facts.forEach((fact, factIndex) => {
    for (const { text, weight } of searchableFields(fact)) {
      for (const term of tokenize(text)) {
        let facts = postings.get(term);
        if (facts === undefined) {
          facts = new Map();
          postings.set(term, facts);
        }
        if ((facts.get(factIndex) ?? 0) < weight) facts.set(factIndex, weight);
      }
    }
  });
  return postings;
}
