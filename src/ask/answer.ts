import { UsageError } from "../errors.js";
import type { FactBook } from "../facts/factbook.js";
import { timeline } from "../facts/query.js";
import type { Fact, Lang } from "../facts/schema.js";
import { title } from "../render/fact-text.js";
import type { Asks } from "./lexicon.js";
import { phrases } from "./phrases.js";
import { agreementsFor, bestFacts, factsOfKind, type Searcher, withoutRepeats } from "./pick.js";
import { parseQuestion, type Question } from "./question.js";
import { datedTitle, factAnswer, sentence } from "./sentences.js";

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
  const { sentences, facts, quotes = facts.map((fact) => fact.source.quote) } = reply(question, lang, book, searcher);
  return { question: text, asks: question.asks, lang, answer: sentences, facts, quotes: [...new Set(quotes)] };
}

interface Reply {
  sentences: string;
  facts: Fact[];
  /** The evidence, when it is more than the facts' own quotes. */
  quotes?: string[];
}

function reply(question: Question, lang: Lang, book: FactBook, searcher: Searcher): Reply {
  const { asks, year } = question;
  if (asks === "year" && year !== undefined) return yearReply(year, question, lang, book);
  // "Какие программы": with nothing else asked, a kind named is a list of it.
  const listsKind = asks === "what" && question.kind !== undefined && question.subject.length === 0;
  if (asks === "count" || asks === "year" || listsKind) return countReply(question, lang, book, searcher);
  if (question.terms.length === 0) {
    throw new UsageError(
      "the question names nothing to look for; ask e.g. `unicef-kz ask когда подписали меморандум`.",
    );
  }
  const best = bestFacts(question, book, searcher);
  const facts = asks === "who" || asks === "place" ? agreementsFor(best, book) : withoutRepeats(best, asks === "date");
  if (facts.length === 0) return { sentences: phrases(lang).noAnswer, facts };
  const asked = { asks, stage: question.stage, parties: question.parties, subject: question.subject };
  return { sentences: [...new Set(facts.map((fact) => factAnswer(fact, asked, book, lang)))].join(" "), facts };
}

/** The events of a year; "what was ratified in 2001": only those that mark that milestone. */
function yearReply(year: number, question: Question, lang: Lang, book: FactBook): Reply {
  const { stage } = question;
  const events = timeline(book, { from: year, to: year }).filter(
    (event) => stage === undefined || book.agreementsMarkedBy(event).some((mark) => mark.stage === stage),
  );
  if (events.length === 0) return { sentences: phrases(lang).noEvents(year), facts: [] };
  const listed = events.map((event) => datedTitle(event.date, event, lang)).join("; ");
  return { sentences: sentence(`${phrases(lang).inYear(year)}: ${listed}`), facts: events };
}

/** How many facts of a kind, and which; the programmes' count rests on the sentence introducing them. */
function countReply(question: Question, lang: Lang, book: FactBook, searcher: Searcher): Reply {
  const { kind = "event", stage, year } = question;
  const facts = factsOfKind(question, book, searcher);
  const counted = phrases(lang).counted(facts.length, kind, stage, year);
  const titles = facts.map((fact) => title(fact, lang)).join("; ");
  const intro = kind === "program" && book.programmeAreas ? [book.programmeAreas.source.quote] : [];
  return {
    sentences: sentence(facts.length > 0 ? `${counted}: ${titles}` : counted),
    facts,
    quotes: [...intro, ...facts.map((fact) => fact.source.quote)],
  };
}
