import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";

const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Lower case, ё→е. Not й→и: unlike Fuse's ignoreDiacritics, that would merge different words. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replaceAll("ё", "е");
}

/** A whole text normalised as `normalizeWord` does a word. */
export const normalizeText = normalizeWord;

/** The words of a text, normalised, in order. */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

/** The Snowball stem of a normalised word, Russian or English by its script. */
export function stem(word: string): string {
  return isCyrillic(word) ? stemRussian(word) : stemEnglish(word);
}
