import type { Fact } from "../facts/schema.js";
import { isCyrillic, isNumber, tokenize } from "../search/normalize.js";

// Words shorter than this are passed over: a typo of one is no typo search (edit-distance.ts).
const MIN_WORD = 5;
// How many letters of the second word are typed: enough for a two-word query's paths.
const SECOND_WORD_LETTERS = 3;

/**
 * What browse types, unseen, while the person is idle (see BrowseScreen): words of a fact of the
 * file, typed as a person types them — a Russian word letter by letter and the start of a second,
 * an English word letter by letter, then each with a letter swapped (a typo) — so that V8 has
 * compiled what searching does before the person's own keys need it. Without it, the first keys
 * on a large indexed file took 40–90 ms, the keys after them 2–15 (docs/performance.md).
 */
export function warmUpQueries(fact: Fact): string[] {
  const words = (text: string) => tokenize(text).filter((word) => word.length >= MIN_WORD && !isNumber(word));
  const russian = words(`${fact.title.ru} ${fact.summary.ru}`).filter(isCyrillic);
  const english = words(`${fact.title.en} ${fact.summary.en}`).filter((word) => !isCyrillic(word));
  const [first, second] = russian;
  const [latin] = english;
  const queries: string[] = [];
  if (first) {
    queries.push(...prefixes(first));
    if (second) queries.push(...prefixes(second.slice(0, SECOND_WORD_LETTERS)).map((start) => `${first} ${start}`));
    queries.push(swapped(first));
  }
  if (latin) queries.push(...prefixes(latin), swapped(latin));
  return queries;
}

/** A word's first letter, its first two, … the whole word. */
function prefixes(word: string): string[] {
  return Array.from({ length: word.length }, (_, at) => word.slice(0, at + 1));
}

/** The word with its second and third letters swapped: a typo one edit away. */
function swapped(word: string): string {
  return word.charAt(0) + word.charAt(2) + word.charAt(1) + word.slice(3);
}
