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

// The other way, for a word typed in Latin letters: the longest spelling first (shch before sh
// before s). Where a Latin letter stands for two (e: е or э; y: й or ы), the commoner reading is
// taken: y is й after a vowel, ы after a consonant. It is a guess, made only to be searched.
const DIGRAPHS: Record<string, string> = {
  shch: "щ",
  zh: "ж",
  kh: "х",
  ts: "ц",
  ch: "ч",
  sh: "ш",
  yu: "ю",
  ya: "я",
  yo: "ё",
  ye: "е",
};
const LETTERS: Record<string, string> = {
  a: "а",
  b: "б",
  c: "к",
  d: "д",
  e: "е",
  f: "ф",
  g: "г",
  h: "х",
  i: "и",
  j: "й",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  q: "к",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  v: "в",
  w: "в",
  x: "кс",
  z: "з",
};
const VOWELS = "аеёиоуыэюя";

/**
 * The Russian a word of Latin letters (a–z) may spell: "okhrana" → охрана. ts is ц in
 * "ratifikatsiya" and тс in "detstva", so a word with ts has both readings. None for any other word.
 */
export function fromLatin(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [];
  const readings = [spellInCyrillic(word, true)];
  if (word.includes("ts")) readings.push(spellInCyrillic(word, false));
  return readings;
}

function spellInCyrillic(word: string, tsIsOneLetter: boolean): string {
  let russian = "";
  for (let i = 0; i < word.length; ) {
    const digraph = [4, 2]
      .map((length) => word.slice(i, i + length))
      .find((piece) => DIGRAPHS[piece] !== undefined && (tsIsOneLetter || piece !== "ts"));
    if (digraph !== undefined) {
      russian += DIGRAPHS[digraph];
      i += digraph.length;
    } else {
      const letter = word.charAt(i);
      russian += letter === "y" ? (VOWELS.includes(russian.at(-1) ?? "") ? "й" : "ы") : (LETTERS[letter] ?? letter);
      i += 1;
    }
  }
  return russian;
}
