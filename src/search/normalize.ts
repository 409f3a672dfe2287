import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";

// The classes of all of Unicode are made when first needed (text outside the plain classes
// below): even making the three, before any use, took 0.15 to 0.2 ms of every start.
let madeWord: RegExp | undefined;
let madeNumber: RegExp | undefined;
let madeCyrillic: RegExp | undefined;
const unicodeWord = () => (madeWord ??= /[\p{L}\p{N}]+/gu);
const unicodeNumber = () => (madeNumber ??= /^\p{N}+$/u);
const unicodeCyrillic = () => (madeCyrillic ??= /\p{Script=Cyrillic}/u);

// V8 takes about 2 ms to compile unicodeWord's expression, whose classes hold every letter and
// digit of Unicode: more than a search of the shipped facts spends splitting them. Plain text
// (ASCII, the Cyrillic block of Russian and common punctuation) is split by classes that find the
// same words in it, and so are isNumber and isCyrillic; tests check every UTF-16 unit against the
// Unicode classes.
const PLAIN_TEXT = /^[\0-\x7f\u00a0\u00ab\u00bb\u0400-\u045f\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2116]*$/;
const PLAIN_WORD = /[0-9A-Za-z\u0400-\u045f]+/g;
const PLAIN_NUMBER = /^[0-9]+$/;
const PLAIN_CYRILLIC = /[\u0400-\u045f]/;

/** Lower case, ё→е. Not й→и: unlike Fuse's ignoreDiacritics, that would merge different words. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replaceAll("ё", "е");
}

/** A whole text normalised as `normalizeWord` does a word. */
export const normalizeText = normalizeWord;

/** The words of a text, normalised, in order. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized.match(PLAIN_TEXT.test(normalized) ? PLAIN_WORD : unicodeWord()) ?? [];
}

/** Whether a word (as `tokenize` gives them) is all digits, of any script. */
export function isNumber(word: string): boolean {
  return PLAIN_TEXT.test(word) ? PLAIN_NUMBER.test(word) : unicodeNumber().test(word);
}

export function isCyrillic(word: string): boolean {
  return PLAIN_TEXT.test(word) ? PLAIN_CYRILLIC.test(word) : unicodeCyrillic().test(word);
}

/**
 * Stems of one word that Snowball leaves apart, its forms built on another root: ребёнок, дети;
 * child, children. "Права ребёнка" is what people type for the source's «права детей».
 */
const SAME_WORD_STEMS = new Map([
  ["ребенок", "дет"],
  ["ребенк", "дет"],
  ["children", "child"],
]);

/**
 * The roots that SAME_WORD_STEMS gives a stem starting with `prefix`: words that do not begin as
 * their stem does, which a search by stem must look at too ("дет": ребенок, ребенк).
 */
export function otherRoots(prefix: string): string[] {
  return [...SAME_WORD_STEMS].flatMap(([root, joined]) => (joined.startsWith(prefix) ? [root] : []));
}

/**
 * The stems SAME_WORD_STEMS joins to the roots that `prefix` begins ("ребе": дет, "childr":
 * child): a word being typed on its way to such a root finds that stem's words too, so that the
 * facts found only narrow as it grows («ребенка» finds the facts that say «детей»).
 */
export function stemsJoinedToPrefix(prefix: string): string[] {
  return [...SAME_WORD_STEMS].flatMap(([root, joined]) => (root.startsWith(prefix) ? [joined] : []));
}

/** The Snowball stem of a normalised word, Russian or English by its script (one per word: see SAME_WORD_STEMS). */
export function stem(word: string): string {
  const snowball = isCyrillic(word) ? stemRussian(word) : stemEnglish(word);
  return SAME_WORD_STEMS.get(snowball) ?? snowball;
}
