import { boundedEditDistance } from "../search/edit-distance.js";
import { askingWords, type LexiconWord, lexiconWord, longFillerWords } from "./lexicon.js";

/**
 * The question word a word is one typo away from ("wehn" → when, "скольк" → сколько), if exactly
 * one role fits. A word of three letters may only have two letters swapped ("hwo") or be a word
 * of four with one left out ("wen"): a letter changed would make "что" of "кто".
 */
export function correctedMarker(word: string): LexiconWord | undefined {
  if (word.length < 3) return undefined;
  const fits = askingWords().flatMap((marker) => {
    const lexicon = marker.length >= 3 && isOneTypoAway(word, marker) ? lexiconWord(marker) : undefined;
    return lexicon ? [lexicon] : [];
  });
  const roles = new Set(fits.map((lexicon) => lexicon.role));
  return roles.size === 1 ? fits[0] : undefined;
}

function isOneTypoAway(typed: string, word: string): boolean {
  if (boundedEditDistance(typed, word, 1) !== 1) return false;
  const sameLetters = [...typed].sort().join("") === [...word].sort().join("");
  return Math.min(typed.length, word.length) >= 4 || sameLetters || word.length === 4;
}

/**
 * The word of six letters or more that only holds a question together and that a word is one
 * typo away from ("happend", "произошо"), if there is one: such a word is no search word either.
 */
export function correctedFiller(word: string): LexiconWord | undefined {
  if (word.length < 6) return undefined;
  const filler = longFillerWords().find((long) => boundedEditDistance(word, long, 1) === 1);
  return filler === undefined ? undefined : lexiconWord(filler);
}
