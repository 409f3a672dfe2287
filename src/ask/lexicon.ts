import type { Lang } from "../facts/schema.js";

/** What a question asks for: the kinds `ask` answers. */
export type Asks = "date" | "who" | "place" | "what" | "year" | "count";

/**
 * What a word of a question does: it asks something, asks for the parties, names a date without
 * asking for one (год, year: a date question only if nothing else is asked), or only holds the
 * sentence together.
 */
export type Role = Exclude<Asks, "year"> | "parties" | "dateNoun" | "filler";

export interface LexiconWord {
  role: Role;
  lang: Lang;
}

// Words are as search's tokenize gives them: lower case, ё as е. Russian in Latin letters
// (kogda, skolko) is Russian. Phrases come before their words, so "how many" is read whole.
const PHRASES: readonly [string, Role, Lang][] = [
  ["how many", "count", "en"],
  // How long is answered by when it began, as a count of years is (YEARS_WORDS).
  ["how long", "date", "en"],
  ["how old", "date", "en"],
  ["как долго", "date", "ru"],
  ["how much", "count", "en"],
  ["number of", "count", "en"],
  ["took place", "filler", "en"],
  ["take place", "filler", "en"],
  ["went on", "filler", "en"],
  ["tell me about", "what", "en"],
  ["on behalf of", "filler", "en"],
  ["between whom", "parties", "en"],
  ["by whom", "who", "en"],
  ["между кем", "parties", "ru"],
  // "Со стороны ЮНИСЕФ" is on UNICEF's behalf, not the parties.
  ["со стороны", "filler", "ru"],
  ["от имени", "filler", "ru"],
  ["что такое", "what", "ru"],
  ["что за", "what", "ru"],
  ["о чем", "what", "ru"],
];

const WORDS: Record<Role, Record<Lang, string>> = {
  date: {
    ru: "когда дата дату даты дате датой kogda",
    en: "when date dates",
  },
  who: {
    ru: "кто кем кого кому чей чья чье чьи подписант подписанты подписантов подписавшие подписавших должность должности kto kem",
    en: "who whom whose signatory signatories signer signers position",
  },
  parties: {
    ru: "стороны сторон сторонами участники участников",
    en: "parties party participants",
  },
  place: {
    ru: "где куда откуда место gde",
    en: "where place",
  },
  what: {
    ru: "что чем чего какой какого какая какое какие каких каком какую каким какими каков какова каковы который котором которого которые расскажи расскажите опиши опишите объясни объясните перечисли перечислите назови назовите покажи покажите chto shto kakoy kakoi kakaya kakoe kakie kakih kakom",
    en: "what which describe explain list name enumerate show",
  },
  count: {
    ru: "сколько количество skolko skolka",
    en: "count",
  },
  dateNoun: {
    ru: "год году года годы годах годами годов гг г месяц месяце месяца числа день дня",
    en: "year years month months day days",
  },
  filler: {
    ru: "произошло происходило случилось состоялось делал делала делали сделал сделала сделали делает было был была были будет быть есть ли же это этот эта эти этого этом такое такой такая то там тогда вообще всего именно пожалуйста скажи скажите подскажи подскажите знаешь мне нам вы ты он она оно они его ее их им ему и а в во на о об про с со к по из за для от до при у заключено заключили заключен заключена заключены заключалось работает работают занимается занимаются действует ведет реализует осуществляет делать сделать означает включает известно является являются являлся являлась без свой своя свое свои свою своей своего своих своим byl byla bylo byli god godu goda proizoshlo sluchilos eto takoe na o u v лет м й раз стал стала стало стали становится получил получила получили прошло назад период периоде периода промежуток ну нибудь роль роли самое самый самая информация информацию информации сведения",
    en: "s is are was were be been being am has have had the a an it its his her our they them their other another without undated this that these those there of in on at to for by with from about into as and or please tell me us i you can could would will shall get got become became becomes time times ever exactly run runs know known let give concluded conclude works operates focus focuses focused cover covers include includes involve involves mean means happen happened happens happening occur occurred occurs do does did done doing any anything something everything info information details so well ok okay role most ago period",
  },
};

let singles: Map<string, LexiconWord> | undefined;
let asking: string[] | undefined;
let longFillers: string[] | undefined;

/** The role and language of a single word of a question, if it is one of the question's own words. */
export function lexiconWord(word: string): LexiconWord | undefined {
  singles ??= buildSingles();
  return singles.get(word);
}

// Made once a start, when a question is read: one role object for all the words of a role and
// language, and the lists below gathered without copying the map (a start that allocates under
// 1 MB needs no garbage collection; see docs/performance.md).
function buildSingles(): Map<string, LexiconWord> {
  const map = new Map<string, LexiconWord>();
  for (const [role, byLang] of Object.entries(WORDS) as [Role, Record<Lang, string>][]) {
    for (const [lang, words] of Object.entries(byLang) as [Lang, string][]) {
      // Latin letters in the Russian list are Russian read in Latin: still Russian.
      const lexicon: LexiconWord = { role, lang };
      for (const word of words.split(" ")) if (!map.has(word)) map.set(word, lexicon);
    }
  }
  return map;
}

/** The single words that `keep` keeps (by their role and language, and the word). */
function singlesWhere(keep: (lexicon: LexiconWord, word: string) => boolean): string[] {
  singles ??= buildSingles();
  const kept: string[] = [];
  singles.forEach((lexicon, word) => {
    if (keep(lexicon, word)) kept.push(word);
  });
  return kept;
}

/** The phrases of several words, each as its words. */
export const PHRASE_WORDS: readonly { words: string[]; role: Role; lang: Lang }[] = PHRASES.map(
  ([phrase, role, lang]) => ({ words: phrase.split(" "), role, lang }),
);

// Word lists, not regular expressions: the bundle escapes non-ASCII text in strings, not in
// regular expression literals, and bin/load-bundle.cjs reads it as Latin-1.
/** The words of a list written with spaces, as a set. */
export const words = (text: string): ReadonlySet<string> => new Set(text.split(" "));

/** After "which" (какой, what): nouns that make it a question about a date, a place or a person. */
const WHICH_NOUNS: readonly [ReadonlySet<string>, Role][] = [
  [
    words(
      "год году года годы годах месяц месяце месяца числа число день дня дату дата даты god godu goda year month date day",
    ),
    "date",
  ],
  [words("город городе города месте место места стране страна страны city town place country venue"), "place"],
  [words("человек люди лица лицо person people persons official officials"), "who"],
];

/** The role a noun gives the "which" before it ("в каком году" asks a date), if it gives one. */
export function whichNounRole(noun: string): Role | undefined {
  return WHICH_NOUNS.find(([nouns]) => nouns.has(noun))?.[1];
}

/** How a who-question relates those it names to the signing: signed with them, or signed for them. */
export type PartyRelation = "with" | "for";

const PARTY_RELATIONS: ReadonlyMap<string, PartyRelation> = new Map([
  ...["с", "со", "with"].map((word): [string, PartyRelation] => [word, "with"]),
  ...["for", "от", "on behalf of", "от имени", "со стороны"].map((word): [string, PartyRelation] => [word, "for"]),
]);

/**
 * The relation a word or phrase of a question gives those it names ("с кем", "signed with UNICEF";
 * "for UNICEF", «от имени ЮНИСЕФ»), if it gives one.
 */
export function partyRelation(words: readonly string[]): PartyRelation | undefined {
  return PARTY_RELATIONS.get(words.join(" "));
}

/** The words that make a count one of times ("сколько раз", "how many times"). */
export const TIMES_WORDS = words("раз раза times");

/**
 * The words that make a count one of years ("сколько лет", "how many years"): how long is
 * answered by when it began, as the source gives no span of years and none is worked out.
 */
export const YEARS_WORDS = words("лет годы годов years");

/** The single words that ask something (когда, who, сколько); lexiconWord gives their role. */
export function askingWords(): readonly string[] {
  asking ??= singlesWhere(({ role }) => role !== "filler" && role !== "dateNoun");
  return asking;
}

/** The single words of six letters or more that only hold a question together (произошло, happened). */
export function longFillerWords(): readonly string[] {
  longFillers ??= singlesWhere(({ role }, word) => role === "filler" && word.length >= 6);
  return longFillers;
}
