import type { AgreementFact, LocalizedText } from "../facts/schema.js";
import { tokenize } from "../search/normalize.js";

type Signatory = AgreementFact["signatories"][number];

/**
 * The signatories a question names, by name ("who is Kukita", "Назарбаева") or by role ("who was
 * the UNICEF representative"); all of them when it names none. A word of the agreement's title
 * names the agreement, not a person: "rights" of "children's rights" is not the Commissioner for
 * Human Rights.
 */
export function namedSignatories(agreement: AgreementFact, words: readonly string[]): Signatory[] {
  const titleWords = new Set(tokenize(`${agreement.title.ru} ${agreement.title.en}`));
  const aboutPeople = words.filter((word) => !titleWords.has(word));
  const named = agreement.signatories.filter(
    (person) => holdsAnyWord(person.name, aboutPeople) || holdsAnyWord(person.role, aboutPeople),
  );
  return named.length > 0 ? named : agreement.signatories;
}

/** Whether a word of the text is one of the words, in another case too ("Кукиту", "представителем"). */
function holdsAnyWord(text: LocalizedText, words: readonly string[]): boolean {
  const parts = tokenize(`${text.ru} ${text.en}`).filter((part) => part.length >= 4);
  return words.some((word) =>
    parts.some((part) => sharedStart(word, part) >= Math.max(4, Math.min(word.length, part.length) - 2)),
  );
}

function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}
