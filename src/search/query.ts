import { switchLayout } from "./keyboard.js";
import { normalizeWord, tokenize } from "./normalize.js";

/** One word of the query, with every reading of it that search tries; the best one counts. */
export interface QueryWord {
  text: string;
  readings: { word: string; weight: number }[];
  /** The query's last word, which may still be being typed: it also matches as the start of a word. */
  prefix: boolean;
}

const STOP_WORDS = new Set(
  "и в во на о об по с со к у из за для от до а но не или the of and in on a an to for with by at is was or".split(" "),
);

// Only so many words count: a pasted paragraph must not take seconds.
const MAX_WORDS = 16;
const MAX_WORD_LENGTH = 64;
// A reading through the other keyboard layout is a guess, so it counts a little less.
const WRONG_LAYOUT = 0.9;

/** Splits a query at white space; each piece is read as typed and as typed in the other layout. */
export function parseQuery(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const raw of query.split(/\s+/)) {
    const piece = normalizeWord(raw.slice(0, MAX_WORD_LENGTH));
    const readings = tokenize(piece).map((word) => ({ word, weight: 1 }));
    const switched = switchLayout(piece);
    const switchedTokens = switched === undefined ? [] : tokenize(switched);
    const [other] = switchedTokens;
    if (switchedTokens.length === 1 && other !== undefined && !readings.some((r) => r.word === other)) {
      readings.push({ word: other, weight: WRONG_LAYOUT });
    }
    if (readings.length > 0) words.push({ text: piece, readings, prefix: false });
  }
  const last = words.at(-1);
  if (last) last.prefix = true;
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.text));
  return (meaningful.length > 0 ? meaningful : words).slice(0, MAX_WORDS);
}
