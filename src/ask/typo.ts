import { boundedEditDistance } from "../search/edit-distance.js";
import { askingWords, fillerWords, type LexiconWord } from "./lexicon.js";

/**
 * The question word a word is one typo away from ("wehn" → when, "скольк" → сколько), if exactly
 * one role fits. A word of three letters may only have two letters swapped ("hwo") or be a word
 * of four with one left out ("wen"): a letter changed would make "что" of "кто".
 */
export function correctedMarker(word: string): LexiconWord | undefined {
  if (word.length < 3) return undefined;
  const fits = askingWords().filter(([marker]) => marker.length >= 3 && isOneTypoAway(word, marker));
  const roles = new Set(fits.map(([, lexicon]) => lexicon.role));
  return roles.size === 1 ? fits[0]?.[1] : undefined;
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
  return fillerWords().find(([filler]) => filler.length >= 6 && boundedEditDistance(word, filler, 1) === 1)?.[1];
}
