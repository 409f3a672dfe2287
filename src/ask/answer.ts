import { UsageError } from "../errors.js";
import type { FactBook } from "../facts/factbook.js";
import { timeline } from "../facts/query.js";
import type { Fact, FactKind, Lang } from "../facts/schema.js";
import { formatDate } from "../render/i18n.js";
import { sanitize } from "../render/sanitize.js";
import type { SearchHit } from "../search/engine.js";
import type { Asks } from "./lexicon.js";
import { countReply, periodReply, type Reply, timesReply } from "./lists.js";
import { holds } from "./period.js";
import { phrases } from "./phrases.js";
import { agreementsFor, atStage, bestFacts, factsOfKind, type Searcher, withoutRepeats } from "./pick.js";
import { parseQuestion, type Question } from "./question.js";
import { factAnswer, sentence } from "./sentences.js";
import { isBeginningWord } from "./subject-words.js";

/** A question's answer: the sentence to print first, the facts it comes from, and their source quotes. */
export interface Answer {
  question: string;
  asks: Asks;
  lang: Lang;
  answer: string;
  facts: Fact[];
  quotes: string[];
}

/**
 * Answers a question from the book, in `lang` if given, else in the question's language, else in
 * `fallback`; an answer without facts is "no answer".
 */
export function ask(text: string, book: FactBook, searcher: Searcher, lang: Lang | undefined, fallback: Lang): Answer {
  const question = parseQuestion(text);
  return answerQuestion(text, question, lang ?? question.lang ?? fallback, book, searcher);
}

/** Answers a question already read (see `ask`). */
export function answerQuestion(
  text: string,
  question: Question,
  lang: Lang,
  book: FactBook,
  searcher: Searcher,
): Answer {
  const replied = reply(question, lang, book, remembering(searcher));
  const { sentences, facts, quotes = facts.map((fact) => fact.source.quote) } = replied;
  return { question: text, asks: question.asks, lang, answer: sentences, facts, quotes: [...new Set(quotes)] };
}

/**
 * The searcher, with its answers kept: a question searches its words, then each word again to see
 * which the best fact holds, often the same query twice ("когда подписали меморандум": меморандум).
 */
function remembering(searcher: Searcher): Searcher {
  const known = new Map<string, SearchHit[]>();
  return {
    search(query) {
      const hits = known.get(query) ?? searcher.search(query);
      known.set(query, hits);
      return hits;
    },
  };
}

function reply(question: Question, lang: Lang, book: FactBook, searcher: Searcher): Reply {
  const { asks, period } = question;
  if (asks === "year" && period !== undefined) return periodReply(period, question, lang, book);
  if (question.order && asks !== "count" && question.subject.length === 0)
    return orderedReply(question, question.order, lang, book);
  // "How many events" names its kind, not a word to search for; "how many times" needs one.
  const listed = listedKind(question);
  if (!question.times && (asks === "count" || listed))
    return countReply(question, listed ?? countedKind(question), lang, book, searcher);
  if (question.terms.length === 0) {
    throw new UsageError(
      "the question names nothing to look for; ask e.g. `unicef-kz ask когда подписали меморандум`.",
    );
  }
  if (question.times) return timesReply(question, lang, book, searcher);
  const best = isAboutTheStart(question)
    ? timeline(book).slice(0, 1)
    : isAboutAKindInAPeriod(question)
      ? factsOfKind(question, book, searcher)
      : bestFacts(question, book, searcher);
  const facts = answering(best, question, book);
  if (facts.length === 0) return { sentences: phrases(lang).noAnswer, facts };
  return factsReply(facts, question, lang, book);
}

/** The answer each fact gives to the question, each sentence once. */
function factsReply(facts: Fact[], question: Question, lang: Lang, book: FactBook): Reply {
  const asked = { ...question, asks: question.asks as Exclude<Asks, "year" | "count"> };
  return { sentences: [...new Set(facts.map((fact) => factAnswer(fact, asked, book, lang)))].join(" "), facts };
}

/**
 * The last or the first dated event (of those in the period named), or the agreements it marks
 * when agreements are asked for: "what is the most recent event", «когда подписано первое соглашение».
 */
function orderedReply(question: Question, order: "latest" | "earliest", lang: Lang, book: FactBook): Reply {
  const agreements = question.kind === "agreement";
  const events = timeline(book).filter(
    (event) =>
      (question.period === undefined || holds(question.period, event.date)) &&
      (!agreements || book.agreementsMarkedBy(event).length > 0),
  );
  const end = order === "latest" ? events.at(-1) : events[0];
  if (end === undefined) return { sentences: phrases(lang).noAnswer, facts: [] };
  const atEnd = events.filter((event) => event.date === end.date);
  if (agreements) return factsReply(agreementsFor(atEnd, book), question, lang, book);
  // "What was the latest event": what it is is its summary, and which is the latest, its date.
  if (question.asks === "what") {
    const sentences = atEnd.map((event) =>
      sentence(`${formatDate(event.date, lang)} — ${sanitize(event.summary[lang])}`),
    );
    return { sentences: sentences.join(" "), facts: atEnd };
  }
  return factsReply(atEnd, question, lang, book);
}

/**
 * The kind a what-question with nothing else to it lists: the one it names («какие программы»);
 * agreements, if it names a milestone ("what was signed"); else the programmes, as a question
 * about UNICEF in Kazakhstan alone ("what does UNICEF do in Kazakhstan") asks for its work.
 */
function listedKind(question: Question): FactKind | undefined {
  if (question.asks !== "what" || question.subject.length > 0 || question.terms.length === 0) return undefined;
  return question.kind ?? (question.stage ? "agreement" : "program");
}

/** What a count counts: the kind named, else agreements if a milestone is named ("how many were signed"), else events. */
function countedKind(question: Question): FactKind {
  return question.kind ?? (question.stage ? "agreement" : "event");
}

/**
 * Whether a question asks when (or how) UNICEF's work in Kazakhstan began: it speaks only of
 * UNICEF, Kazakhstan, its work and beginning ("when did UNICEF start working in Kazakhstan"), or,
 * asking a date, only of the first three. The first event of the source, which says it began
 * that work, answers.
 */
function isAboutTheStart(question: Question): boolean {
  const { subject, asks } = question;
  if (question.period || question.kind || question.stage) return false;
  return subject.every(isBeginningWord) && (subject.length > 0 || asks === "date");
}

/**
 * Whether a question names only a kind and the dates it asks about («кто подписал соглашение после
 * 2010 года»): the facts of that kind then (by the milestone named) answer, not those its words
 * find, which need not say "соглашение" (the memorandum does not).
 */
function isAboutAKindInAPeriod(question: Question): boolean {
  return question.subject.length === 0 && question.kind !== undefined && question.period !== undefined;
}

/** The facts that answer, of those found: who and where are an agreement's; a date, at the milestone asked. */
function answering(found: readonly Fact[], question: Question, book: FactBook): Fact[] {
  const { asks, stage } = question;
  if (asks === "who" || asks === "place") return agreementsFor(found, book);
  if (asks === "date" && stage) return withoutRepeats(atStage(found, stage, book), true);
  return withoutRepeats(found, asks === "date");
}
