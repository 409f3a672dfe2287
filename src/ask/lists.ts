import type { FactBook } from "../facts/factbook.js";
import type { Fact, FactKind, Lang } from "../facts/schema.js";
import { title } from "../render/fact-text.js";
import { type Period, soleDate } from "./period.js";
import { phrases } from "./phrases.js";
import { datedEvents, factsOfKind, matchingEvents, type Searcher } from "./pick.js";
import type { Question } from "./question.js";
import { datedTitle, listOf, sentence } from "./sentences.js";

/** The sentences of an answer, the facts they come from, and the evidence when it is more than the facts' own quotes. */
export interface Reply {
  sentences: string;
  facts: Fact[];
  quotes?: string[];
}

/** The events of a year, month or day; "what was ratified in 2001": only those that mark that milestone. */
export function periodReply(period: Period, question: Question, lang: Lang, book: FactBook): Reply {
  const events = datedEvents({ period, stage: question.stage }, book);
  if (events.length === 0) return { sentences: phrases(lang).noEvents(period), facts: [] };
  // An event's date is said when it says more than the period ("In 2002: June 2002 — …", not "In 2011: 2011 — …").
  const listed = listOf(
    events.map((event) => (event.date === soleDate(period) ? title(event, lang) : datedTitle(event.date, event, lang))),
  );
  return { sentences: sentence(`${phrases(lang).inPeriod(period)}: ${listed}`), facts: events };
}

/**
 * How many facts of a kind, and which; events the source dates only by another, or not at all,
 * are counted as such; the programmes' count rests on the sentence introducing them.
 */
export function countReply(question: Question, kind: FactKind, lang: Lang, book: FactBook, searcher: Searcher): Reply {
  const { stage, period } = question;
  const facts = factsOfKind({ ...question, kind }, book, searcher);
  const say = phrases(lang);
  const undated = facts.filter((fact) => fact.kind === "event" && fact.date === undefined).length;
  const counted = say.counted(facts.length, kind, stage, period) + (undated > 0 ? say.undated(undated) : "");
  const titles = listOf(facts.map((fact) => title(fact, lang)));
  const intro = kind === "program" && book.programmeAreas ? [book.programmeAreas.source.quote] : [];
  return {
    sentences: sentence(facts.length > 0 ? `${counted}: ${titles}` : counted),
    facts,
    quotes: [...intro, ...facts.map((fact) => fact.source.quote)],
  };
}

/** How many times something happened: the dated events that the question's words find, with their dates. */
export function timesReply(question: Question, lang: Lang, book: FactBook, searcher: Searcher): Reply {
  const events = matchingEvents(question, book, searcher);
  if (events.length === 0) return { sentences: phrases(lang).noAnswer, facts: [] };
  const listed = listOf(events.map((event) => datedTitle(event.date, event, lang)));
  return { sentences: sentence(`${phrases(lang).times(events.length)}: ${listed}`), facts: events };
}
