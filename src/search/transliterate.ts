// Russian and Kazakh letters to the Latin spellings people type (BGN/PCGN-like, without diacritics).
export const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ә: "a",
  ғ: "g",
  қ: "q",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
};

// The spellings by UTF-16 unit from U+0400 (every letter above is in the Cyrillic block): a
// one-off search of a large file spells tens of thousands of words, unit by unit.
const CYRILLIC_BLOCK = 0x400;
const LATIN_BY_UNIT: (string | undefined)[] = new Array(0x100).fill(undefined);
for (const [letter, latin] of Object.entries(CYRILLIC_TO_LATIN)) {
  LATIN_BY_UNIT[letter.charCodeAt(0) - CYRILLIC_BLOCK] = latin;
}

/** A lower-case Cyrillic word in Latin letters: "назарбаев" → "nazarbaev". */
export function toLatin(word: string): string {
  let latin = "";
  for (let i = 0; i < word.length; i += 1) {
    const unit = word.charCodeAt(i) - CYRILLIC_BLOCK;
    latin += (unit >= 0 && unit < LATIN_BY_UNIT.length ? LATIN_BY_UNIT[unit] : undefined) ?? word.charAt(i);
  }
  return latin;
}
