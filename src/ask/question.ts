import type { FactKind, Lang, Milestone } from "../facts/schema.js";
import { switchLayout } from "../search/keyboard.js";
import { tokenize } from "../search/normalize.js";
import {
  type Asks,
  isBackgroundWord,
  kindNoun,
  type LexiconWord,
  lexiconWord,
  PHRASE_WORDS,
  type Role,
  stageWord,
  whichNounRole,
} from "./lexicon.js";
import { correctedMarker } from "./typo.js";

/** A question as `ask` understands it. */
export interface Question {
  asks: Asks;
  /** The language it is asked in; undefined when nothing tells (digits only). */
  lang: Lang | undefined;
  /** The words to search for: every word that is not the question's own. */
  terms: string[];
  /** The terms that say what the question is about, beyond a kind, a stage, UNICEF or Kazakhstan. */
  subject: string[];
  year?: number;
  /** The kind of fact named ("программ", "agreements"). */
  kind?: FactKind;
  /** The milestone named ("подписали", "ratified"). */
  stage?: Milestone["stage"];
  /** Whether it asks for the parties rather than who signed. */
  parties: boolean;
}

// Only so many words are read: a pasted paragraph is not a question.
const MAX_WORDS = 32;
const YEAR = /^(?:1[89]|20)\d\d$/;
// When several things are asked ("когда и кем"), the answer to the first of these also tells the rest.
const PRECEDENCE: readonly Role[] = ["count", "parties", "who", "place", "date", "what", "dateNoun"];

interface Reading {
  word: string;
  lexicon: LexiconWord | undefined;
}

/** Reads what a question asks, in which language, and what it is about. */
export function parseQuestion(text: string): Question {
  const readings = tokenize(text).slice(0, MAX_WORDS).map(readWord);
  const roles: LexiconWord[] = [];
  const question: Draft = { terms: [], subject: [] };
  for (let i = 0; i < readings.length; i += 1) {
    const phrase = phraseAt(readings, i);
    if (phrase) {
      roles.push(phrase);
      i += phrase.length - 1;
      continue;
    }
    const { word, lexicon } = readings[i] as Reading;
    const nounRole = lexicon?.role === "what" ? whichNounRole(readings[i + 1]?.word ?? "") : undefined;
    if (nounRole && lexicon) {
      roles.push({ role: nounRole, lang: lexicon.lang });
      i += 1;
    } else if (lexicon) roles.push(lexicon);
    else if (YEAR.test(word) && question.year === undefined) question.year = Number(word);
    else readContentWord(word, question);
  }
  if (!roles.some((role) => role.role !== "filler")) correctFirstWord(roles, question);
  const asked = PRECEDENCE.find((role) => roles.some((found) => found.role === role)) ?? "what";
  return {
    ...question,
    asks: asksOf(asked, question),
    parties: asked === "parties",
    lang: languageOf(roles, readings),
  };
}

/** A question as it is read, before what it asks is decided. */
type Draft = Omit<Question, "asks" | "lang" | "parties">;

/** A word as typed, or, if typed in the wrong keyboard layout, as meant when that makes it a question word. */
function readWord(word: string): Reading {
  const lexicon = lexiconWord(word);
  if (lexicon) return { word, lexicon };
  const switched = switchLayout(word);
  const meant = switched === undefined ? undefined : lexiconWord(switched);
  return meant ? { word: switched ?? word, lexicon: meant } : { word, lexicon: undefined };
}

function phraseAt(readings: readonly Reading[], at: number): { role: Role; lang: Lang; length: number } | undefined {
  const phrase = PHRASE_WORDS.find(({ words }) => words.every((word, i) => readings[at + i]?.word === word));
  return phrase && { role: phrase.role, lang: phrase.lang, length: phrase.words.length };
}

function readContentWord(word: string, question: Draft): void {
  const kind = kindNoun(word);
  if (kind) question.kind ??= kind;
  const stage = stageWord(word);
  if (stage) question.stage ??= stage;
  // "Events" says nothing a search could find; "programmes" and "agreements" are in the facts' titles.
  if (kind !== "event") question.terms.push(word);
  if (!kind && !stage && !isBackgroundWord(word)) question.subject.push(word);
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

/** What is asked, from the question word that matters most and what the question is about. */
function asksOf(asked: Role, question: Draft): Asks {
  const asks: Asks = asked === "parties" ? "who" : asked === "dateNoun" ? "date" : (asked as Asks);
  const aboutYear = question.year !== undefined && question.subject.length === 0;
  if (asks === "count") return question.kind || aboutYear ? "count" : "what";
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
