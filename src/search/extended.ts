import Fuse, { type FuseResult } from "fuse.js";
import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import { checkAlternatives } from "./bounds.js";
import type { SearchHit } from "./engine.js";
import { tokenize } from "./normalize.js";
import { RELATIVE_CUTOFF } from "./rank.js";

/** The fields searched, with their weights in Fuse.js's score; `lacks` reads the same ones. */
const FIELDS: { name: string; weight: number; text: (fact: Fact) => string }[] = [
  { name: "title.ru", weight: 3, text: (fact) => fact.title.ru },
  { name: "title.en", weight: 3, text: (fact) => fact.title.en },
  { name: "summary.ru", weight: 2, text: (fact) => fact.summary.ru },
  { name: "summary.en", weight: 2, text: (fact) => fact.summary.en },
  { name: "source.quote", weight: 1, text: (fact) => fact.source.quote },
];

/**
 * Runs an extended-syntax query over the facts' titles, summaries and quotes; too many
 * alternatives are a UsageError. Fuse.js matches each alternative (`a | b`), but two of its ways
 * are not what its syntax says, and are done here:
 * - `!word` (does not contain): Fuse asks every field to match the whole alternative once it has
 *   a `!` word in it, so "polio !again" found nothing. Here a fact is found by the other words
 *   and kept if no field of it holds the `!` word.
 * - Alternatives: Fuse scores a fact by the first alternative it matches, and keeps every fuzzy
 *   echo ("measles | polio" listed ten facts down to a score of 0.05). Here each alternative is
 *   ranked on its own, a fact far below that alternative's best is left out (as a plain search
 *   leaves it out, see RELATIVE_CUTOFF in rank.ts), and a fact found by several keeps its best.
 */
export function extendedSearch(book: FactBook, query: string): SearchHit[] {
  checkAlternatives(query);
  const fuse = new Fuse(book.facts, {
    useExtendedSearch: true,
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.4,
    keys: FIELDS.map(({ name, weight }) => ({ name, weight })),
  });
  const places = new Map(book.facts.map((fact, place) => [fact, place]));
  const best = new Map<Fact, SearchHit>();
  for (const alternative of alternatives(query)) {
    const words = alternative.filter((word) => !isInverse(word));
    const absent = alternative.filter(isInverse);
    const found =
      words.length > 0
        ? fuse.search(words.join(" ")).map(hitOf)
        : book.facts.map((fact) => ({ fact, score: 1, matchedTerms: [] }));
    const kept = found.filter(({ fact }) => absent.every((word) => lacks(fact, word)));
    const cutoff = RELATIVE_CUTOFF.oneWord * Math.max(0, ...kept.map((hit) => hit.score));
    for (const hit of kept) {
      const known = best.get(hit.fact);
      if (hit.score >= cutoff && (!known || hit.score > known.score)) best.set(hit.fact, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (places.get(a.fact) ?? 0) - (places.get(b.fact) ?? 0));
}

/**
 * The query's alternatives, each as its words, as Fuse.js splits them: at every `|`, then at
 * spaces outside double quotes.
 */
function alternatives(query: string): string[][] {
  return query
    .split("|")
    .map((alternative) => alternative.trim().split(/ +(?=(?:[^"]*"[^"]*")*[^"]*$)/))
    .map((words) => words.filter((word) => word.trim() !== ""))
    .filter((words) => words.length > 0);
}

/** `!word`, `!^start`, `!end$`: the fact must not hold it. */
function isInverse(word: string): boolean {
  return word.length > 1 && word.startsWith("!");
}

/** Whether no field of the fact holds the `!` word, as Fuse.js's inverse matchers tell (case aside). */
function lacks(fact: Fact, inverse: string): boolean {
  const word = inverse.slice(1).toLowerCase();
  return FIELDS.every((field) => {
    const lower = field.text(fact).toLowerCase();
    if (word.startsWith("^") && word.length > 1) return !lower.startsWith(word.slice(1));
    if (word.endsWith("$") && word.length > 1) return !lower.endsWith(word.slice(0, -1));
    return !lower.includes(word);
  });
}

function hitOf({ item, score, matches }: FuseResult<Fact>): SearchHit {
  const terms = new Set<string>();
  for (const match of matches ?? []) {
    for (const [start, end] of match.indices) {
      for (const word of tokenize(match.value?.slice(start, end + 1) ?? "")) terms.add(word);
    }
  }
  return { fact: item, score: Math.round((1 - (score ?? 1)) * 1000) / 1000, matchedTerms: [...terms] };
}
