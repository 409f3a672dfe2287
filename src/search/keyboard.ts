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
