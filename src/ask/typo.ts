import { boundedEditDistance } from "../search/edit-distance.js";
import { askingWords, type LexiconWord } from "./lexicon.js";

/**
 * The question word a word is one typo away from ("wehn" → when, "скольк" → сколько), if exactly
 * one role fits. A word of three letters may only have two letters swapped ("hwo"): one other
 * change would make "the" of "who" and "что" of "кто".
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
  return Math.min(typed.length, word.length) >= 4 || sameLetters;
}
