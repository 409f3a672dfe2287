import type { AgreementFact, LocalizedText } from "../facts/schema.js";
import { tokenize } from "../search/normalize.js";

type Signatory = AgreementFact["signatories"][number];

/**
 * Names people use for a role that the facts call otherwise, as the beginnings of words, with
 * the role's own words: the ombudsman (a search aid of the memorandum) is the Commissioner for
 * Human Rights.
 */
const ROLE_ALIASES: readonly [string[], string[]][] = [
  [
    ["ombu", "омбу"],
    ["commissioner", "уполномоченный"],
  ],
];

/**
 * The signatories a question names, by name ("who is Kukita", "Назарбаева") or by role, in
 * either language or by another name for it ("who was the UNICEF representative", "кто
 * омбудсмен"); all of them when it names none. A word of the agreement's title names the
 * agreement, not a person: "rights" of "children's rights" is not the Commissioner for Human Rights.
 */
export function namedSignatories(agreement: AgreementFact, words: readonly string[]): Signatory[] {
  const named = signatoriesNamed(agreement, words);
  return named.length > 0 ? named : agreement.signatories;
}

/**
 * Who signed with the signatories a question names ("whom did UNICEF sign with"): the others;
 * all of them when it names none, and none when it names them all.
 */
export function otherSignatories(agreement: AgreementFact, words: readonly string[]): Signatory[] {
  return others(agreement.signatories, signatoriesNamed(agreement, words));
}

/**
 * The parties other than those a question names ("с кем ЮНИСЕФ заключил соглашение"), as
 * `otherSignatories`; a word of the title may name a party, as titles name the parties.
 */
export function otherParties(agreement: AgreementFact, words: readonly string[]): AgreementFact["parties"] {
  const about = withRoleNames(words);
  return others(
    agreement.parties,
    agreement.parties.filter((party) => holdsAnyWord(party, about)),
  );
}

function others<T>(all: readonly T[], named: readonly T[]): T[] {
  return named.length > 0 ? all.filter((item) => !named.includes(item)) : [...all];
}

function signatoriesNamed(agreement: AgreementFact, words: readonly string[]): Signatory[] {
  const about = aboutPeople(agreement, words);
  return agreement.signatories.filter((person) => holdsAnyWord(person.name, about) || holdsAnyWord(person.role, about));
}

/** The words that may name a person: not those of the agreement's title, with other names for roles. */
function aboutPeople(agreement: AgreementFact, words: readonly string[]): string[] {
  const titleWords = new Set(tokenize(`${agreement.title.ru} ${agreement.title.en}`));
  return withRoleNames(words.filter((word) => !titleWords.has(word)));
}

/** The words with the role words of any other names for a role among them. */
function withRoleNames(words: readonly string[]): string[] {
  const aliased = ROLE_ALIASES.filter(([starts]) =>
    words.some((word) => starts.some((start) => word.startsWith(start))),
  );
  return [...words, ...aliased.flatMap(([, roleWords]) => roleWords)];
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
