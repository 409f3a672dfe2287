import type { FactKind, Lang, Milestone } from "../facts/schema.js";
import { boundedEditDistance } from "../search/edit-distance.js";
import { russianTypedInLatin, switchLayout } from "../search/keyboard.js";
import { isCyrillic, normalizeWord, tokenize } from "../search/normalize.js";
import {
  type Asks,
  type LexiconWord,
  lexiconWord,
  type PartyRelation,
  PHRASE_WORDS,
  partyRelation,
  type Role,
  TIMES_WORDS,
  whichNounRole,
  YEARS_WORDS,
} from "./lexicon.js";
import { monthOf } from "./months.js";
import { type Period, within } from "./period.js";
import { isBackgroundWord, kindNoun, orderWord, stageWord } from "./subject-words.js";
import { correctedFiller, correctedMarker } from "./typo.js";

/** A question as `ask` understands it. */
export interface Question {
  asks: Asks;
  /** The language it is asked in; undefined when nothing tells (digits only). */
  lang: Lang | undefined;
  /** The words to search for: every word that is not the question's own. */
  terms: string[];
  /** The terms that say what the question is about, beyond a kind, a stage, UNICEF or Kazakhstan. */
  subject: string[];
  /** The dates named: a year, month or day ("в июне 2002 года"), years ("in 2002 and 2011"), a span ("since 2010"). */
  period?: Period;
  /** The kind of fact named ("программ", "agreements"). */
  kind?: FactKind;
  /** The milestone named ("подписали", "ratified"). */
  stage?: Milestone["stage"];
  /** Whether it asks for the parties rather than who signed. */
  parties: boolean;
  /**
   * Whether a who-question asks who signed with those it names ("с кем", "signed with UNICEF"),
   * when the others answer, or for them ("for UNICEF"), when they do.
   */
  party?: PartyRelation;
  /**
   * The last or the first dated event asked for ("the most recent event", «первое событие»), when
   * the question names nothing else to look for.
   */
  order?: "latest" | "earliest";
  /** Whether a count asks how many times something happened ("сколько раз"): the events are counted. */
  times: boolean;
}

// Only so many words are read: a pasted paragraph is not a question.
const MAX_WORDS = 32;
const YEAR = /^(?:1[89]|20)\d\d$/;
const DAY = /^(?:0?[1-9]|[12]\d|3[01])$/;
// When several things are asked ("когда и кем"), the answer to the first of these also tells the rest.
const PRECEDENCE: readonly Role[] = ["count", "parties", "who", "place", "date", "what", "dateNoun"];

interface Reading {
  word: string;
  lexicon: LexiconWord | undefined;
}

/** Reads what a question asks, in which language, and what it is about. */
export function parseQuestion(text: string): Question {
  const readings = questionWords(text).slice(0, MAX_WORDS).map(readWord);
  const { question, roles } = readInOrder(readings);
  if (!roles.some((role) => role.role !== "filler")) correctFirstWord(roles, question);
  const asked = PRECEDENCE.find((role) => roles.some((found) => found.role === role)) ?? "what";
  const times = asked === "count" && readings.some(({ word }) => TIMES_WORDS.has(word));
  const years = asked === "count" && countsYears(readings);
  const { stages, ...read } = question;
  // "Signed and ratified" names no one milestone: the agreement's dates answer.
  const stage = stages.size === 1 ? [...stages][0] : undefined;
  return {
    ...read,
    stage,
    asks: asksOf(asked, { ...read, stage }, times, years),
    parties: asked === "parties",
    party: asked === "who" ? question.party : undefined,
    times,
    lang: languageOf(roles, readings),
  };
}

/** Whether a question counts years: "how many years", «сколько лет». */
function countsYears(readings: readonly Reading[]): boolean {
  return readings.some(({ word }, at) => {
    const [before, first] = [readings[at - 1]?.word, readings[at - 2]?.word];
    return (
      YEARS_WORDS.has(word) && (before === "сколько" || before === "skolko" || (first === "how" && before === "many"))
    );
  });
}

/** Reads the words in order: a date, a phrase, a question word (with the noun after "which"), or a word to search for. */
function readInOrder(readings: readonly Reading[]): { question: Draft; roles: LexiconWord[] } {
  const roles: LexiconWord[] = [];
  const question: Draft = { terms: [], subject: [], stages: new Set() };
  for (let i = 0; i < readings.length; i += 1) {
    const period = question.period === undefined ? (spanAt(readings, i) ?? datesAt(readings, i)) : undefined;
    if (period) {
      question.period = period.period;
      i += period.length - 1;
      continue;
    }
    const phrase = phraseAt(readings, i);
    if (phrase) {
      roles.push(phrase);
      question.party ??= partyRelation(phrase.words);
      i += phrase.words.length - 1;
      continue;
    }
    const { word, lexicon } = readings[i] as Reading;
    const nounRole = lexicon?.role === "what" ? whichNounRole(readings[i + 1]?.word ?? "") : undefined;
    if (nounRole && lexicon) {
      roles.push({ role: nounRole, lang: lexicon.lang });
      i += 1;
    } else if (lexicon && !namesTheWho(readings, i, roles)) {
      roles.push(lexicon);
      question.party ??= partyRelation([word]);
    } else readContentWord(word, question);
  }
  return { question, roles };
}

/**
 * Whether "who" names the World Health Organization, not a person asked for: after "the", or
 * after another question word but for "and" ("when did WHO certify Kazakhstan"; "when and who").
 */
function namesTheWho(readings: readonly Reading[], at: number, roles: readonly LexiconWord[]): boolean {
  if (readings[at]?.word !== "who") return false;
  const before = readings[at - 1]?.word;
  return before === "the" || (before !== "and" && before !== "or" && roles.some(({ role }) => role !== "filler"));
}

/** A question as it is read, before what it asks is decided. */
type Read = Omit<Question, "asks" | "lang" | "parties" | "times">;

/** A question being read: with every milestone it names. */
type Draft = Omit<Read, "stage"> & { stages: Set<Milestone["stage"]> };

/**
 * The dates named from a word on, and how many words name them: a date ("2002"), several ("2002
 * and 2011", "2002, 2007 and 2011", "в 2002 или 2011 году", "in 2002 and in 2011"), or the span
 * between two ("2000 to 2002", «с 2000 по 2007», "2000-2002").
 */
function datesAt(readings: readonly Reading[], at: number): { period: Period; length: number } | undefined {
  const first = periodAt(readings, at);
  if (!first) return undefined;
  const wordAt = (i: number) => readings[i]?.word ?? "";
  let end = at + first.length;
  if (SPAN_JOINS.has(wordAt(end))) {
    const second = periodAt(readings, end + 1);
    if (second) return { period: between(first.date, second.date), length: end + 1 + second.length - at };
  }
  const dates = [first.date];
  for (;;) {
    // "and 2011", "and in 2011", "или 2011", or the next date after a comma.
    let next = end;
    if (YEAR_NOUNS.has(wordAt(next))) next += 1;
    if (LIST_JOINS.has(wordAt(next))) next += 1;
    if (IN_WORDS.has(wordAt(next)) && next > end) next += 1;
    const another = periodAt(readings, next);
    if (!another) break;
    dates.push(another.date);
    end = next + another.length;
  }
  return { period: within(...new Set(dates)), length: end - at };
}

/** The span between two dates, both included, whichever is named first ("between 2002 and 1994"). */
function between(one: string, other: string): Period {
  const [from, to] = one <= other ? [one, other] : [other, one];
  return { from: { date: from, included: true }, to: { date: to, included: true } };
}

const LIST_JOINS = new Set(["and", "or", "и", "или", "&"]);
// After a year of a list: «в 2002 году и в 2011 году».
const YEAR_NOUNS = new Set(["год", "году", "года", "годах", "годы", "г"]);
const IN_WORDS = new Set(["in", "в", "во", "on"]);
// Between the dates of a span: "2000 to 2002", «с 2000 по 2007», «от 2000 до 2002»; none in "2000-2002".
const SPAN_JOINS = new Set(["to", "till", "until", "through", "по", "до"]);

/**
 * A span of dates named from a word on, and how many words name it: "before 1994", "after 2010",
 * "since 2010", "between 2000 and 2002", "from 2000 to 2002"; «до 1994 года», «после 2010 года»,
 * «с 2010 года», «с 2000 по 2007 год», «между 2000 и 2002», «от 2000 до 2002».
 */
function spanAt(readings: readonly Reading[], at: number): { period: Period; length: number } | undefined {
  const wordAt = (i: number) => readings[i]?.word ?? "";
  // The longest phrase first: "no later than" is not "later than".
  const named = [3, 2, 1]
    .map((words) => ({
      words,
      bound: SPAN_WORDS.get(
        readings
          .slice(at, at + words)
          .map(({ word }) => word)
          .join(" "),
      ),
    }))
    .find(({ bound }) => bound !== undefined) ?? { words: 1, bound: misspeltSpanWord(wordAt(at)) };
  if (!named.bound) return undefined;
  const { bound } = named;
  // "before the 1990s", "в период с 2000": no part of the date.
  const start = at + named.words + (wordAt(at + named.words) === "the" ? 1 : 0);
  const dates = datesAt(readings, start);
  if (!dates) return undefined;
  const length = start - at + dates.length;
  const { period } = dates;
  if (!("within" in period)) return { period, length };
  const [first = "", ...more] = [...period.within].sort();
  // "Between" names two dates: with one, it is no span ("between 1994" is 1994); "between 2000
  // and 2002" is the span from the first to the last, both included.
  if (bound.two) return more.length > 0 ? { period: between(first, more.at(-1) ?? first), length } : undefined;
  if (more.length > 0) return undefined;
  return { period: { [bound.side]: { date: first, included: bound.included } }, length };
}

/** The words and phrases that begin a span, which side of it the date after them bounds, and whether the date is in it. */
const SPAN_WORDS: ReadonlyMap<string, SpanWord> = new Map(
  (
    [
      ["before|до|раньше|ранее|prior|prior to|earlier than|раньше чем", "to", false, false],
      ["after|после|позже|позднее|later than|позже чем|posle", "from", false, false],
      ["since|from|с|со|от|начиная с|no earlier than|not earlier than|не ранее", "from", true, false],
      ["between|между|mezhdu", "from", true, true],
      ["until|till|through|по|up to|no later than|not later than|не позднее|вплоть до", "to", true, false],
    ] as const
  ).flatMap(([words, side, included, two]) =>
    words.split("|").map((word): [string, SpanWord] => [word, { side, included, two }]),
  ),
);

// Span words of this many letters or more are read with a typo ("befor", "betwen", "посел"); a
// date must follow them, so a word of the question that only looks like one is not taken.
const MIN_MISSPELT_SPAN_WORD = 5;

/** The span word `word` is one typo away from (a letter wrong, missing, extra or swapped), if any. */
function misspeltSpanWord(word: string): SpanWord | undefined {
  if (word.length < MIN_MISSPELT_SPAN_WORD - 1) return undefined;
  for (const [spelt, bound] of SPAN_WORDS) {
    if (spelt.length >= MIN_MISSPELT_SPAN_WORD && !spelt.includes(" ") && boundedEditDistance(word, spelt, 1) <= 1)
      return bound;
  }
  return undefined;
}

interface SpanWord {
  side: "from" | "to";
  included: boolean;
  /** Whether it names two dates, not one ("between … and …"). */
  two: boolean;
}

/**
 * The date named at a word, as an ISO partial date, and how many words name it: a year ("2002"),
 * a month next to a year ("июне 2002", "june of 2002", "2002 june"), a day before those
 * ("18 february 2014").
 */
function periodAt(readings: readonly Reading[], at: number): { date: string; length: number } | undefined {
  const wordAt = (i: number) => readings[i]?.word ?? "";
  const decade = decadeAt(wordAt(at), wordAt(at + 1));
  if (decade) return decade;
  if (ISO_DATE.test(wordAt(at))) return { date: wordAt(at), length: 1 };
  if (YEAR.test(wordAt(at))) {
    const monthAfter = monthOf(wordAt(at + 1));
    if (monthAfter === undefined) return { date: wordAt(at), length: 1 };
    return { date: `${wordAt(at)}-${String(monthAfter).padStart(2, "0")}`, length: 2 };
  }
  const day = DAY.test(wordAt(at)) ? Number(wordAt(at)) : undefined;
  const monthAt = day === undefined ? at : at + 1;
  const month = monthOf(wordAt(monthAt));
  if (month === undefined) return undefined;
  const yearAt = wordAt(monthAt + 1) === "of" ? monthAt + 2 : monthAt + 1;
  if (!YEAR.test(wordAt(yearAt))) return undefined;
  const date = [wordAt(yearAt), month, day].flatMap((part) =>
    part === undefined ? [] : [String(part).padStart(2, "0")],
  );
  return { date: date.join("-"), length: yearAt - at + 1 };
}

/**
 * The words of a question, as search splits them; but a piece typed in the other keyboard layout
 * with a key that is a letter only in the Russian one (",": б, ".": ю, "[": х…) before a letter
 * is the word it spells ("jv,elcvty": омбудсмен), not the pieces between those keys. An English
 * contraction ("unicef's") is what it looks like; a key at the end of a piece is punctuation.
 */
function questionWords(text: string): string[] {
  return text.split(/\s+/).flatMap((raw) => {
    const piece = normalizeWord(raw).replace(SENTENCE_END, "");
    const dated = datedPiece(piece);
    if (dated) return dated;
    const meant = LETTER_KEY_INSIDE.test(piece) && !CONTRACTION.test(piece) ? russianTypedInLatin(piece) : undefined;
    return meant !== undefined ? [meant] : tokenize(raw);
  });
}

const SENTENCE_END = /[?!.,]+$/;

/**
 * A piece that is a date as people write one, as the words periodAt reads: an ISO date ("1994-11",
 * as `events` prints them) whole; two years joined by a dash ("2000-2002", "2000—2002") a span,
 * "2000 to 2002"; a year with a Russian ending or abbreviation ("1994г", "2010-го", "2000-й") the
 * year. Anything else is left to tokenize ("1990-х", a decade, is read there).
 */
function datedPiece(piece: string): string[] | undefined {
  if (ISO_DATE.test(piece)) return [piece];
  const span = /^(\d{4})[-\u2013\u2014](\d{4})$/.exec(piece);
  if (span && YEAR.test(span[1] ?? "") && YEAR.test(span[2] ?? "")) return [span[1] ?? "", "to", span[2] ?? ""];
  // г, гг, -го, -й, -м, -ом, written as escapes: the bundle is ASCII (scripts/build.mjs).
  const year = /^(\d{4})(?:\u0433|\u0433\u0433|-?\u0433\u043e|-?\u0439|-?\u043c|-?\u043e\u043c)$/.exec(
    piece.replace(/\.$/, ""),
  );
  return year && YEAR.test(year[1] ?? "") ? [year[1] ?? ""] : undefined;
}

const ISO_DATE = /^(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;
const LETTER_KEY_INSIDE = /[,.;'[\]`][a-z]/;
const CONTRACTION = /'(?:s|t|re|ve|ll|d|m)$/;

/**
 * A decade, as the first three digits of its years, and how many words name it: "1990s", "90s",
 * "1990-х" (read as 1990 and х), "90-е"; not a year alone, which is that year.
 */
function decadeAt(word: string, next: string): { date: string; length: number } | undefined {
  const [, digits, plural] = DECADE.exec(word) ?? [];
  if (digits === undefined) return undefined;
  const length = plural === "s" ? 1 : DECADE_ENDINGS.has(next) ? 2 : 0;
  if (length === 0) return undefined;
  const year = digits.length === 2 ? `19${digits}` : digits;
  return { date: year.slice(0, 3), length };
}

const DECADE = /^((?:1[89]|20)?\d0)(s?)$/;
// After a decade's digits: "1990-х", "90-е", "1990's" (the apostrophe splits the word).
const DECADE_ENDINGS = new Set(["х", "е", "s", "x", "e"]);

/**
 * A word as typed, or, if typed in the wrong keyboard layout, as meant when that makes it a
 * question word, or a Russian kind or milestone ("ghjuhfvv": программ, what is counted); a mistyped
 * word that only holds the question together ("happend") is a question word too.
 */
function readWord(word: string): Reading {
  const lexicon = lexiconWord(word);
  if (lexicon) return { word, lexicon };
  const switched = switchLayout(word);
  if (switched === undefined) return { word, lexicon: correctedFiller(word) };
  const meant = lexiconWord(switched);
  if (meant) return { word: switched, lexicon: meant };
  // Only Russian typed with the Latin layout on: trying every word's other form for a kind or a
  // milestone, each one compared letter by letter with every such noun, made the comparing hot
  // enough for V8 to optimise it in a start (a megabyte of compiler memory, 6 ms).
  const namesKindOrStage = (text: string) => kindNoun(text) !== undefined || stageWord(text) !== undefined;
  if (isCyrillic(switched) && namesKindOrStage(switched) && !namesKindOrStage(word))
    return { word: switched, lexicon: undefined };
  return { word, lexicon: correctedFiller(word) };
}

function phraseAt(readings: readonly Reading[], at: number): (typeof PHRASE_WORDS)[number] | undefined {
  return PHRASE_WORDS.find(({ words }) => words.every((word, i) => readings[at + i]?.word === word));
}

function readContentWord(word: string, question: Draft): void {
  // "The most recent event": which end of the dates; searched for, but no subject of its own.
  const order = orderWord(word);
  if (order) question.order ??= order;
  const kind = kindNoun(word);
  if (kind) question.kind ??= kind;
  const stage = stageWord(word);
  if (stage) question.stages.add(stage);
  // "Events" says nothing a search could find; "programmes" and "agreements" are in the facts' titles.
  if (kind !== "event") question.terms.push(word);
  if (!kind && !stage && !order && !isBackgroundWord(word)) question.subject.push(word);
}

/** A first word that is a question word mistyped ("wehn", "когад") is read as that word. */
function correctFirstWord(roles: LexiconWord[], question: Draft) {
  const first = question.terms[0];
  const marker = first === undefined ? undefined : correctedMarker(first);
  if (!marker) return;
  roles.push(marker);
  question.terms.shift();
  if (question.subject[0] === first) question.subject.shift();
}

/**
 * What is asked, from the question word that matters most and what the question is about: a count
 * needs something to count (a kind, a period, a milestone, or times), else it is a what-question,
 * or, of years ("how many years has UNICEF worked here"), a question of since when.
 */
function asksOf(asked: Role, question: Read, times: boolean, years: boolean): Asks {
  const asks: Asks = asked === "parties" ? "who" : asked === "dateNoun" ? "date" : (asked as Asks);
  const aboutYear = question.period !== undefined && question.subject.length === 0;
  if (asks === "count" && years && !times) return "date";
  if (asks === "count") return question.kind || question.stage || aboutYear || times ? "count" : "what";
  if ((asks === "what" || asks === "date") && aboutYear && (question.kind ?? "event") === "event") return "year";
  return asks;
}

/** The language of the question words, else of most letters; Russian typed in Latin letters counts as Russian. */
function languageOf(roles: readonly LexiconWord[], readings: readonly Reading[]): Lang | undefined {
  const asking = roles.find((role) => role.role !== "filler") ?? roles[0];
  if (asking) return asking.lang;
  const letters = readings.map((reading) => reading.word).join("");
  const cyrillic = letters.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  const latin = letters.match(/[a-z]/g)?.length ?? 0;
  return cyrillic > latin ? "ru" : latin > 0 ? "en" : undefined;
}
