// The standard ЙЦУКЕН and QWERTY layouts, key for key, so a word typed with the wrong
// layout active ("gjkbjvbtkbn") can be read as meant ("полиомиелит").
const QWERTY = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const JCUKEN = "ёйцукенгшщзхъфывапролджэячсмитьбю";

const toCyrillic = new Map([...QWERTY].map((key, i) => [key, JCUKEN[i] ?? key]));
const toLatin = new Map([...JCUKEN].map((key, i) => [key, QWERTY[i] ?? key]));

/** The word as it would have come out in the other layout; undefined if a key is in neither. */
export function switchLayout(word: string): string | undefined {
  let switched = "";
  for (const char of word) {
    const other = toCyrillic.get(char) ?? toLatin.get(char);
    if (other === undefined) return undefined;
    switched += other;
  }
  return switched;
}

const RUSSIAN_WORD = /^[\u0430-\u044f\u0451]+$/;

/**
 * The Russian word a piece of text spells when typed with the Latin layout on, keys that are
 * letters only in the Russian one included ("'rcgkefnfwbz": эксплуатация; "jv,elcvty":
 * омбудсмен); undefined if it is not one.
 */
export function russianTypedInLatin(piece: string): string | undefined {
  const switched = switchLayout(piece.toLowerCase());
  return switched !== undefined && RUSSIAN_WORD.test(switched) ? switched : undefined;
}

/** Whether every word of a text is Russian typed with the Latin layout on (see russianTypedInLatin). */
export function spellsRussianInLatin(text: string): boolean {
  const pieces = text.trim().split(/\s+/);
  return pieces.every((piece) => russianTypedInLatin(piece) !== undefined);
}
