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
  const answer = (sentences: string, facts: Fact[], quotes = facts.map((fact) => fact.source.quote)): Answer => ({
    question: text,
    asks: question.asks,
    lang,
    answer: sentences,
    facts,
    quotes: [...new Set(quotes)],
  });
  const { asks, year, kind } = question;
  if (asks === "year" && year !== undefined) {
    // "What was ratified in 2001": only the events that mark that milestone.
    const events = timeline(book, { from: year, to: year }).filter(
      (event) =>
        question.stage === undefined || book.agreementsMarkedBy(event).some((mark) => mark.stage === question.stage),
    );
    const listed = events.map((event) => datedTitle(event.date, event, lang)).join("; ");
    return answer(
      events.length > 0 ? sentence(`${phrases(lang).inYear(year)}: ${listed}`) : phrases(lang).noEvents(year),
      events,
    );
  }
  if (asks === "count" || (asks === "what" && kind !== undefined && question.subject.length === 0)) {
    const facts = factsOfKind(question, book, searcher);
    const counted = phrases(lang).counted(facts.length, kind ?? "event", question.stage, year);
    const titles = facts.map((fact) => `${title(fact, lang)}`).join("; ");
    // The count of programmes rests on the sentence that introduces them ("three main areas").
    const intro = kind === "program" && book.programmeAreas ? [book.programmeAreas.source.quote] : [];
    const quotes = [...intro, ...facts.map((fact) => fact.source.quote)];
    return answer(sentence(facts.length > 0 ? `${counted}: ${titles}` : counted), facts, quotes);
  }
  if (asks === "year" || question.terms.length === 0) {
    throw new UsageError(
      "the question names nothing to look for; ask e.g. `unicef-kz ask когда подписали меморандум`.",
    );
  }
  const best = bestFacts(question, book, searcher);
  const facts = asks === "who" || asks === "place" ? agreementsFor(best, book) : withoutRepeats(best, asks === "date");
  if (facts.length === 0) return answer(phrases(lang).noAnswer, []);
  const asked = { asks, stage: question.stage, parties: question.parties, subject: question.subject };
  const sentences = new Set(facts.map((fact) => factAnswer(fact, asked, book, lang)));
  return answer([...sentences].join(" "), facts);
}
