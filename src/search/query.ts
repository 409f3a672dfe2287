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
 * An escape sequence pasted into a query ("\x1b[31mpolio") is no part of its words: a CSI sequence
 * (ESC [ … final letter), an OSC one (ESC ] … BEL or ESC \), or ESC and one character. Node's
 * stripVTControlCharacters would take "\x1b[31mpolio\x07" whole, as a link.
 */
// "Kukita's", "UNICEF’s": the word, not an "s" that every possessive in the facts holds.
const POSSESSIVE = /(?<=[a-z])['\u2019]s$/;
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[\s\S]?/g;

/**
 * Splits a query at white space; each piece is read as typed, as typed in the other keyboard
 * layout, and a word in Latin letters also as the Russian it may spell. A piece of several words
 * ("дети-солдаты", "polio-free") is that many query words, unless it is one word in the other layout.
 */
export function parseQuery(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const raw of query.replace(ESCAPE_SEQUENCE, " ").split(/\s+/)) {
    const piece = normalizeWord(raw.slice(0, MAX_WORD_LENGTH)).replace(POSSESSIVE, "");
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
  // Latin letters spell Russian in a whole word, not in pieces of one typed in the other layout;
  // and a guess that is a stop word ("po" as по) is no reading of a word that is not one.
  const [only, ...more] = tokens;
  if (only !== undefined && more.length === 0) {
    for (const russian of fromLatin(only)) {
      if (!STOP_WORDS.has(russian)) readings.push({ word: russian, weight: SPELLED_IN_LATIN, kind: "latin" });
    }
  }
  return { text, readings, prefix: false };
}
