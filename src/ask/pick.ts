import { yearOf } from "../facts/dates.js";
import type { FactBook } from "../facts/factbook.js";
import { matchesFilter } from "../facts/query.js";
import type { AgreementFact, Fact } from "../facts/schema.js";
import type { SearchHit } from "../search/engine.js";
import { tokenize } from "../search/normalize.js";
import { kindNoun } from "./lexicon.js";
import type { Question } from "./question.js";

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
  const { year, kind } = question;
  // "What is the child protection programme": the kind is a filter, not a word to search for (other
  // facts' text says "programmes"); a programme, if one matches, comes before an event about children.
  const byKind = question.asks === "what" && kind !== undefined && kind !== "event";
  const searched = byKind ? question.terms.filter((word) => kindNoun(word) !== kind) : question.terms;
  const words = searched.length > 0 ? searched : question.terms;
  let hits = searcher.search(words.join(" "));
  if (year !== undefined) hits = hits.filter((hit) => matchesFilter(hit.fact, { from: year, to: year }, book));
  if (byKind && hits.some((hit) => hit.fact.kind === kind)) hits = hits.filter((hit) => hit.fact.kind === kind);
  const [top] = hits;
  if (top === undefined || !holdsMostWords(top.fact, words, searcher)) return [];
  return closestTitles(hits.filter((hit) => hit.score >= top.score * TIE)).map((hit) => hit.fact);
}

/**
 * Of facts that tie, those whose title the matched words cover most: "Kazakhstan certified
 * polio-free" answers "when was Kazakhstan certified polio-free" more closely than the same
 * title with "again". Facts still equal after this answer equally well.
 */
function closestTitles(tied: readonly SearchHit[]): SearchHit[] {
  const coverage = tied.map((hit) => {
    const matched = new Set(hit.matchedTerms);
    const shares = [hit.fact.title.ru, hit.fact.title.en].map((text) => {
      const words = tokenize(text);
      return words.filter((word) => matched.has(word)).length / Math.max(1, words.length);
    });
    return Math.max(...shares);
  });
  const best = Math.max(...coverage);
  return tied.filter((_, index) => coverage[index] === best);
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
 * one story; for a date, so do an event dated only by another and that other ("not before
 * February 1992" adds nothing to February 1992).
 */
export function withoutRepeats(facts: readonly Fact[], forDate: boolean): Fact[] {
  const kept: Fact[] = [];
  for (const fact of facts) if (!kept.some((earlier) => areLinked(earlier, fact, forDate))) kept.push(fact);
  return kept;
}

function areLinked(a: Fact, b: Fact, forDate: boolean): boolean {
  const marks = (agreement: AgreementFact, event: Fact) =>
    agreement.milestones.some((milestone) => milestone.event === event.id);
  const datedBy = (event: Fact, anchor: Fact) => event.kind === "event" && event.relativeDate?.event === anchor.id;
  if (a.kind === "agreement") return marks(a, b);
  if (b.kind === "agreement") return marks(b, a);
  return forDate && (datedBy(a, b) || datedBy(b, a));
}

/** The facts of a kind a count or a list is about, by year and milestone when the question names them. */
export function factsOfKind(question: Question, book: FactBook, searcher: Searcher): Fact[] {
  const { year, stage } = question;
  const facts = book.ofKind(question.kind ?? "event").filter((fact: Fact) => {
    if (fact.kind !== "agreement" || stage === undefined)
      return year === undefined || matchesFilter(fact, { from: year, to: year }, book);
    return book
      .datedMilestones(fact)
      .some((milestone) => milestone.stage === stage && (year === undefined || yearOf(milestone.date) === year));
  });
  if (question.subject.length === 0) return facts;
  // "How many agreements did Nazarbayev sign": those of the kind that answer the rest best.
  const hits = searcher.search(question.subject.join(" ")).filter((hit) => facts.includes(hit.fact));
  const [top] = hits;
  return top === undefined ? [] : hits.filter((hit) => hit.score >= top.score * TIE).map((hit) => hit.fact);
}
