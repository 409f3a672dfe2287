import { switchLayout } from "./keyboard.js";
import { normalizeWord, tokenize } from "./normalize.js";
import { fromLatin } from "./transliterate.js";

/**
 * One way to read a query word: as typed, as typed in the other keyboard layout, or as the
 * Russian its Latin letters may spell. The last two are guesses, and count a little less.
 */
export interface Reading {
  word: string;
  weight: number;
  kind: "typed" | "layout" | "latin";
}

/** One word of the query, with every reading of it that search tries; the best one counts. */
export interface QueryWord {
  text: string;
  readings: Reading[];
  /** The query's last word, which may still be being typed: it also matches as the start of a word. */
  prefix: boolean;
}

const STOP_WORDS = new Set(
  "и в во на о об по с со к у из за для от до а но не или the of and in on a an to for with by at is was or".split(" "),
);

// Only so many words count: a pasted paragraph must not take seconds.
const MAX_WORDS = 16;
const MAX_WORD_LENGTH = 64;
// A reading through the other keyboard layout is a guess, so it counts a little less; so is the
// Russian that a word in Latin letters may spell ("okhrana" → охрана).
const WRONG_LAYOUT = 0.9;
const SPELLED_IN_LATIN = 0.95;

/**
 * Splits a query at white space; each piece is read as typed, as typed in the other keyboard
 * layout, and a word in Latin letters also as the Russian it may spell. A piece of several words
 * ("дети-солдаты", "polio-free") is that many query words, unless it is one word in the other layout.
 */
export function parseQuery(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const raw of query.split(/\s+/)) {
    const piece = normalizeWord(raw.slice(0, MAX_WORD_LENGTH));
    const tokens = tokenize(piece);
    const switched = switchLayout(piece);
    const [other, ...more] = switched === undefined ? [] : tokenize(switched);
    if (tokens.length > 1 && (other === undefined || more.length > 0)) {
      for (const token of tokens) words.push(queryWord(token, [token], undefined));
    } else if (tokens.length > 0 || other !== undefined) {
      words.push(queryWord(piece, tokens, more.length === 0 ? other : undefined));
    }
  }
  const last = words.at(-1);
  if (last) last.prefix = true;
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.text));
  return (meaningful.length > 0 ? meaningful : words).slice(0, MAX_WORDS);
}

function queryWord(text: string, tokens: readonly string[], otherLayout: string | undefined): QueryWord {
  const readings: Reading[] = tokens.map((word) => ({ word, weight: 1, kind: "typed" }));
  if (otherLayout !== undefined && !tokens.includes(otherLayout))
    readings.push({ word: otherLayout, weight: WRONG_LAYOUT, kind: "layout" });
  // Latin letters spell Russian in a whole word, not in pieces of one typed in the other layout.
  const [only, ...more] = tokens;
  if (only !== undefined && more.length === 0) {
    for (const russian of fromLatin(only)) readings.push({ word: russian, weight: SPELLED_IN_LATIN, kind: "latin" });
  }
  return { text, readings, prefix: false };
}
