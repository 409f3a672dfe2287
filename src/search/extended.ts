import Fuse from "fuse.js";
import type { FactBook } from "../facts/factbook.js";
import { checkAlternatives } from "./bounds.js";
import type { SearchHit } from "./engine.js";
import { tokenize } from "./normalize.js";

/** Runs an extended-syntax query with Fuse over the facts' titles, summaries and quotes; too many alternatives are a UsageError. */
export function extendedSearch(book: FactBook, query: string): SearchHit[] {
  checkAlternatives(query);
  const fuse = new Fuse(book.facts, {
    useExtendedSearch: true,
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.4,
    keys: [
      { name: "title.ru", weight: 3 },
      { name: "title.en", weight: 3 },
      { name: "summary.ru", weight: 2 },
      { name: "summary.en", weight: 2 },
      { name: "source.quote", weight: 1 },
    ],
  });
  return fuse.search(query).map(({ item, score, matches }) => {
    const terms = new Set<string>();
    for (const match of matches ?? []) {
      for (const [start, end] of match.indices) {
        for (const word of tokenize(match.value?.slice(start, end + 1) ?? "")) terms.add(word);
      }
    }
    return { fact: item, score: Math.round((1 - (score ?? 1)) * 1000) / 1000, matchedTerms: [...terms] };
  });
}
