import type { FactBook } from "../facts/factbook.js";
import { type DatedEvent, timeline } from "../facts/query.js";
import type { AgreementFact, Fact, Milestone } from "../facts/schema.js";
import type { SearchHit } from "../search/engine.js";
import { tokenize } from "../search/normalize.js";
import { holds, type Period } from "./period.js";
import type { Question } from "./question.js";
import { kindNoun, stageWord } from "./subject-words.js";

/** What `ask` needs of the search engine: its hits for a query, best first. */
export interface Searcher {
  search(query: string): SearchHit[];
}

/**
 * Facts answer "equally well" when their scores are within 1% of the best one's: equal in the
 * text that matched (the two Optional Protocols), not merely close, whatever the scale of scores.
 */
const TIE = 0.99;

/**
 * The facts that answer a question best: the first hit and any that tie with it, if the first
 * one holds more than half of the question's words; none otherwise. The search decides the
 * order; `ask` reads only ranks and ties, not what a score means.
 */
export function bestFacts(question: Question, book: FactBook, searcher: Searcher): Fact[] {
  const { period, kind } = question;
  // "What is the child protection programme": the kind is a filter, not a word to search for (other
  // facts' text says "programmes"); a programme, if one matches, comes before an event about children.
  const byKind = question.asks === "what" && kind !== undefined && kind !== "event";
  const searched = byKind ? question.terms.filter((word) => kindNoun(word) !== kind) : question.terms;
  const words = searched.length > 0 ? searched : question.terms;
  // The date of a milestone is looked for by what it is the date of: "when was the memorandum
  // ratified" searches for the memorandum, whose milestones say whether the source dates it.
  let hits = searcher.search(wordsToHold(question, words).join(" "));
  if (period !== undefined) hits = hits.filter((hit) => isInPeriod(hit.fact, period, book, question.stage));
  if (byKind && hits.some((hit) => hit.fact.kind === kind)) hits = hits.filter((hit) => hit.fact.kind === kind);
  const [top] = hits;
  if (top === undefined || !holdsMostWords(top.fact, wordsToHold(question, words), searcher)) return [];
  return closestTitles(hits.filter((hit) => hit.score >= top.score * TIE)).map((hit) => hit.fact);
}

/**
 * The words a fact must hold most of to answer: for the date of a milestone, not the milestone's
 * own word, which asks which date ("when was the memorandum ratified": the source gives none).
 */
function wordsToHold(question: Question, words: readonly string[]): readonly string[] {
  if (question.asks !== "date" || question.stage === undefined) return words;
  const subject = words.filter((word) => stageWord(word) === undefined);
  return subject.length > 0 ? subject : words;
}

/**
 * Of facts that tie, those whose title the matched words cover most: "Kazakhstan certified
 * polio-free" (all of it) answers "when was Kazakhstan certified polio-free" more closely than the
 * same title with "again". A sibling of the closest title (the same words matched, and half of it
 * or more the same from its start), only longer, is as close, unless it is that title with words
 * added: the two Optional Protocols' titles, of 13 and 15 words, both hold "optional protocol".
 * Facts still equal answer equally well.
 */
function closestTitles(tied: readonly SearchHit[]): SearchHit[] {
  // The words matched in any of them: a query word matches one word in each fact, which may be
  // another language's ("kazakstan": казахстан in one fact, kazakhstan in another, scored alike).
  const matched = new Set(tied.flatMap((hit) => hit.matchedTerms));
  const titles = tied.map((hit) => closestTitle(hit.fact, matched));
  // A loop, not Math.max(...shares): ties can be as many as the facts of a large file.
  const best = titles.reduce((max, { share }) => Math.max(max, share), 0);
  const closest = titles.filter(({ share }) => share === best);
  // Only a few titles are compared each with each: ties of a large file can be thousands.
  const siblings = closest.length <= MAX_COMPARED_TITLES;
  return tied.filter((_, index) => {
    const title = titles[index];
    return (
      title !== undefined && (title.share === best || (siblings && closest.some((other) => isSibling(title, other))))
    );
  });
}

const MAX_COMPARED_TITLES = 50;

interface CoveredTitle {
  words: string[];
  /** The share of its words matched. */
  share: number;
  /** The words matched, sorted and joined. */
  held: string;
}

/** A fact's title in the language the matched words cover more of. */
function closestTitle(fact: Fact, matched: ReadonlySet<string>): CoveredTitle {
  const covered = (text: string): CoveredTitle => {
    const words = tokenize(text);
    const held = words.filter((word) => matched.has(word));
    return { words, share: held.length / Math.max(1, words.length), held: [...new Set(held)].sort().join(" ") };
  };
  const [ru, en] = [covered(fact.title.ru), covered(fact.title.en)];
  return ru.share >= en.share ? ru : en;
}

/** Whether `title` is a longer sibling of `closest` (see closestTitles), not `closest` with words added. */
function isSibling(title: CoveredTitle, closest: CoveredTitle): boolean {
  if (title.held !== closest.held) return false;
  let same = 0;
  while (same < closest.words.length && title.words[same] === closest.words[same]) same += 1;
  const extended = closest.words.every((word) => title.words.includes(word));
  return same * 2 >= Math.min(title.words.length, closest.words.length) && !extended;
}

/**
 * Whether a fact holds more than half of the words, each searched for on its own; a word naming
 * the fact's kind ("programme") is held by its kind, as a programme's text need not say it.
 */
function holdsMostWords(fact: Fact, words: readonly string[], searcher: Searcher): boolean {
  const held = words.filter(
    (word) => kindNoun(word) === fact.kind || searcher.search(word).some((hit) => hit.fact === fact),
  );
  return held.length * 2 > words.length;
}

/**
 * The facts whose fields answer who or where: an agreement's signing event is answered by the
 * agreement (it holds the signatories and the place), once however many of its events matched.
 */
export function agreementsFor(facts: readonly Fact[], book: FactBook): Fact[] {
  const answering = facts.flatMap((fact) => {
    const marked = fact.kind === "event" ? book.agreementsMarkedBy(fact).map(({ agreement }) => agreement) : [];
    return marked.length > 0 ? marked : [fact];
  });
  return [...new Set(answering)];
}

/**
 * The facts without any that repeat one before them: an agreement and its own signing event tell
 * one story; for a date, so do an event dated only by another and that other, which is kept
 * wherever it comes ("not before February 1992" adds nothing to February 1992).
 */
export function withoutRepeats(facts: readonly Fact[], forDate: boolean): Fact[] {
  const kept: Fact[] = [];
  for (const fact of facts) {
    const repeated = kept.findIndex((earlier) => areLinked(earlier, fact, forDate));
    if (repeated < 0) kept.push(fact);
    else if (forDate && isDatedBy(kept[repeated] as Fact, fact)) kept[repeated] = fact;
  }
  return kept;
}

/** Whether an event is dated only by another fact ("not before the first mission"). */
function isDatedBy(event: Fact, anchor: Fact): boolean {
  return event.kind === "event" && event.relativeDate?.event === anchor.id;
}

function areLinked(a: Fact, b: Fact, forDate: boolean): boolean {
  const marks = (agreement: AgreementFact, event: Fact) =>
    agreement.milestones.some((milestone) => milestone.event === event.id);
  if (a.kind === "agreement") return marks(a, b);
  if (b.kind === "agreement") return marks(b, a);
  return forDate && (isDatedBy(a, b) || isDatedBy(b, a));
}

/**
 * For the date of a milestone ("when was it ratified"): an agreement or an event marking one, as
 * the event of that milestone, or, when the source dates none, as the agreement (which says so);
 * an event that marks no agreement answers with its own date.
 */
export function atStage(facts: readonly Fact[], stage: Milestone["stage"], book: FactBook): Fact[] {
  const answering = facts.flatMap((fact) => {
    if (fact.kind === "program") return [fact];
    const marks = fact.kind === "event" ? book.agreementsMarkedBy(fact) : [{ agreement: fact, stage: undefined }];
    if (marks.length === 0 || marks.some((mark) => mark.stage === stage)) return [fact];
    return marks.map(({ agreement }) => milestoneEvent(agreement, stage, book) ?? agreement);
  });
  return [...new Set(answering)];
}

function milestoneEvent(agreement: AgreementFact, stage: Milestone["stage"], book: FactBook): Fact | undefined {
  const milestone = book.datedMilestones(agreement).find((dated) => dated.stage === stage);
  return milestone && book.byId.get(milestone.event);
}

/**
 * The dates a fact is known by: an event's own, an agreement's milestones' (only the milestone
 * named, if one is: "signed after 2000" is the signing's date, also for the event of another of
 * its milestones, which answers with that one); none for a programme.
 */
function datesOf(fact: Fact, book: FactBook, stage?: Milestone["stage"]): string[] {
  if (fact.kind === "event") {
    const marks = stage === undefined ? [] : book.agreementsMarkedBy(fact);
    if (marks.length > 0) return marks.flatMap(({ agreement }) => datesOf(agreement, book, stage));
    return fact.date === undefined ? [] : [fact.date];
  }
  if (fact.kind !== "agreement") return [];
  const milestones = book.datedMilestones(fact);
  return milestones.filter((milestone) => stage === undefined || milestone.stage === stage).map(({ date }) => date);
}

/** Whether a fact is dated within a period (by the milestone named, if one is). */
function isInPeriod(fact: Fact, period: Period, book: FactBook, stage?: Milestone["stage"]): boolean {
  return datesOf(fact, book, stage).some((date) => holds(period, date));
}

/** The facts of a kind a count or a list is about, by period and milestone when the question names them. */
export function factsOfKind(question: Question, book: FactBook, searcher: Searcher): Fact[] {
  const { period, stage, kind = "event" } = question;
  const facts = book.ofKind(kind).filter((fact: Fact) => {
    if (fact.kind !== "agreement" || stage === undefined) return period === undefined || isInPeriod(fact, period, book);
    const dates = datesOf(fact, book, stage);
    return dates.length > 0 && (period === undefined || dates.some((date) => holds(period, date)));
  });
  if (question.subject.length === 0) return facts;
  // "How many agreements did Nazarbayev sign": those of the kind that answer the rest best.
  const hits = searcher.search(question.subject.join(" ")).filter((hit) => facts.includes(hit.fact));
  const [top] = hits;
  return top === undefined ? [] : hits.filter((hit) => hit.score >= top.score * TIE).map((hit) => hit.fact);
}

/**
 * The dated events in date order, within the period the question names, and marking the milestone
 * it names ("what was ratified in 2001"), if it names them.
 */
export function datedEvents(question: Pick<Question, "period" | "stage">, book: FactBook): DatedEvent[] {
  const { period, stage } = question;
  return timeline(book).filter(
    (event) =>
      (period === undefined || holds(period, event.date)) &&
      (stage === undefined || book.agreementsMarkedBy(event).some((mark) => mark.stage === stage)),
  );
}

/**
 * The dated events a question is about, in date order: those its subject finds ("how many times
 * was Kazakhstan certified": both certifications), if the best fact found holds most of its words,
 * among those marking the milestone or an agreement it names ("how many times were agreements
 * signed"); with none of these, those its words find.
 */
export function matchingEvents(question: Question, book: FactBook, searcher: Searcher): DatedEvent[] {
  const { subject, stage, kind } = question;
  const events = datedEvents(question, book).filter(
    (event) => kind !== "agreement" || book.agreementsMarkedBy(event).length > 0,
  );
  const words = subject.length > 0 || stage !== undefined || kind !== undefined ? subject : question.terms;
  if (words.length === 0) return events;
  const hits = searcher.search(words.join(" "));
  const [top] = hits;
  if (top === undefined || !holdsMostWords(top.fact, words, searcher)) return [];
  return events.filter((event) => hits.some((hit) => hit.fact === event));
}
