import { askingWords, type LexiconWord } from "./lexicon.js";

/**
 * The question word a word is one typo away from ("wehn" → when, "скольк" → сколько), if exactly
 * one role fits. A word of three letters may only have two letters swapped ("hwo"): one other
 * change would make "the" of "who" and "что" of "кто".
 */
export function correctedMarker(word: string): LexiconWord | undefined {
  if (word.length < 3) return undefined;
  const fits = askingWords().filter(
    ([marker]) => marker.length >= 3 && isOneTypoAway(word, marker, Math.min(word.length, marker.length) >= 4),
  );
  const roles = new Set(fits.map(([, lexicon]) => lexicon.role));
  return roles.size === 1 ? fits[0]?.[1] : undefined;
}

/** One adjacent swap apart, or (if `anyEdit`) one letter changed, added or left out. */
function isOneTypoAway(typed: string, word: string, anyEdit: boolean): boolean {
  if (typed === word) return false;
  if (typed.length === word.length) {
    const diff = [...typed].flatMap((char, i) => (char === word[i] ? [] : [i]));
    const [first, second] = diff;
    if (diff.length === 1) return anyEdit;
    return (
      diff.length === 2 &&
      second === (first ?? 0) + 1 &&
      typed[first ?? 0] === word[second] &&
      typed[second] === word[first ?? 0]
    );
  }
  if (!anyEdit || Math.abs(typed.length - word.length) !== 1) return false;
  const [longer, shorter] = typed.length > word.length ? [typed, word] : [word, typed];
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i += 1;
  return longer.slice(i + 1) === shorter.slice(i);
}
