import type { DatedMilestone, FactBook } from "../facts/factbook.js";
import type { AgreementFact, Fact, Lang, Milestone } from "../facts/schema.js";
import { partyNames, relativeDate, title } from "../render/fact-text.js";
import { formatDate, label } from "../render/i18n.js";
import { sanitize } from "../render/sanitize.js";
import type { Asks, PartyRelation } from "./lexicon.js";
import { namedSignatories, otherParties, otherSignatories } from "./people.js";
import { phrases } from "./phrases.js";

/** What a fact's answer depends on besides the fact: what is asked, the milestone or parties named, the words. */
export interface Asked {
  asks: Exclude<Asks, "year" | "count">;
  stage?: Milestone["stage"];
  parties: boolean;
  /** Whether it asks who signed with those it names ("whom did UNICEF sign with"), or for them. */
  party?: PartyRelation;
  /** The question's words about its subject ("kukita" of "who is Jun Kukita"). */
  subject: readonly string[];
  /** All its words that are not question words, UNICEF and Kazakhstan too: these name a party only with a relation. */
  terms: readonly string[];
}

/** The answer one fact gives to a question, in sentences built from its fields (names as the file gives them). */
export function factAnswer(fact: Fact, asked: Asked, book: FactBook, lang: Lang): string {
  switch (asked.asks) {
    case "date":
      return dateAnswer(fact, asked.stage, book, lang);
    case "who":
      return whoAnswer(fact, asked, book, lang);
    case "place":
      return placeAnswer(fact, book, lang);
    case "what":
      return sanitize(fact.summary[lang]);
  }
}

/** "25 November 1994 — Basic Cooperation Agreement signed." */
export function datedTitle(date: string, fact: Fact, lang: Lang): string {
  return `${formatDate(date, lang)} — ${title(fact, lang)}`;
}

function dateAnswer(fact: Fact, stage: Milestone["stage"] | undefined, book: FactBook, lang: Lang): string {
  const say = phrases(lang);
  if (fact.kind === "event") {
    if (fact.date !== undefined) return sentence(datedTitle(fact.date, fact, lang));
    const when = relativeDate(fact, book, lang);
    return when === "" ? say.noDate : say.onlyRelative(when);
  }
  if (fact.kind === "program") return say.noDate;
  const milestones = book.datedMilestones(fact);
  const asked = milestones.filter((milestone) => milestone.stage === stage);
  if (stage !== undefined && asked.length === 0)
    return [say.noStageDate(stage), ...milestoneSentences(milestones, lang)].join(" ");
  const shown = stage === undefined ? milestones : asked;
  if (shown.length === 0) return say.noDate;
  const dates = shown.map(
    (milestone) => `${label(milestone.stage, lang).toLowerCase()}: ${formatDate(milestone.date, lang)}`,
  );
  return sentence(`${dates.join(", ")} — ${title(fact, lang)}`);
}

// Who and where are fields of an agreement only: an event or a programme has none, and its summary,
// which says who did what and where as the source does, is the answer ("who organised the first
// mission"). An agreement without them is one the source names no one or no place for.

function whoAnswer(fact: Fact, asked: Asked, book: FactBook, lang: Lang): string {
  const say = phrases(lang);
  if (fact.kind !== "agreement") return sanitize(fact.summary[lang]);
  if (fact.signatories.length === 0 && fact.parties.length === 0) return say.noPeople;
  // The parties when they are asked for, or when the source names no one who signed.
  const byParties = fact.parties.length > 0 && (asked.parties || fact.signatories.length === 0);
  const people = byParties
    ? [...(asked.parties ? [] : [say.noSignatories]), partiesSentence(fact, asked, lang)]
    : [signatoriesSentence(fact, asked, lang)];
  return [...people, ...agreementDetails(fact, book, lang)].join(" ");
}

function placeAnswer(fact: Fact, book: FactBook, lang: Lang): string {
  if (fact.kind !== "agreement") return sanitize(fact.summary[lang]);
  const place = fact.place ? sentence(sanitize(fact.place[lang])) : phrases(lang).noPlace;
  return [place, ...milestoneSentences(book.datedMilestones(fact), lang)].join(" ");
}

/**
 * "Jun Kukita, Representative of …, and Askar Shakirov, Commissioner for Human Rights"; only
 * those the question names, if it names some ("who is Kukita", "who signed for UNICEF"), or,
 * asked who signed with someone, the others.
 */
function signatoriesSentence(agreement: AgreementFact, asked: Asked, lang: Lang): string {
  const people =
    asked.party === "with"
      ? otherSignatories(agreement, asked.terms)
      : namedSignatories(agreement, asked.party === "for" ? asked.terms : asked.subject);
  if (people.length === 0) return phrases(lang).noOtherSignatory;
  const names = people.map((person) => `${sanitize(person.name[lang])}, ${sanitize(person.role[lang])}`);
  const last = names.pop() ?? "";
  return sentence(names.length === 0 ? last : `${names.join(", ")}, ${phrases(lang).and} ${last}`);
}

/** "Parties: …"; asked who signed with one of them, the others. */
function partiesSentence(agreement: AgreementFact, asked: Asked, lang: Lang): string {
  const parties = asked.party === "with" ? otherParties(agreement, asked.terms) : agreement.parties;
  if (parties.length === 0) return phrases(lang).noOtherParty;
  return sentence(`${label("parties", lang)}: ${partyNames({ ...agreement, parties }, lang)}`);
}

/** An agreement's dates and place, as short sentences: "Signed: 18 February 2014. Place: Astana." */
function agreementDetails(agreement: AgreementFact, book: FactBook, lang: Lang): string[] {
  const place = agreement.place ? [sentence(`${label("place", lang)}: ${sanitize(agreement.place[lang])}`)] : [];
  return [...milestoneSentences(book.datedMilestones(agreement), lang), ...place];
}

function milestoneSentences(milestones: readonly DatedMilestone[], lang: Lang): string[] {
  return milestones.map((milestone) =>
    sentence(`${label(milestone.stage, lang)}: ${formatDate(milestone.date, lang)}`),
  );
}

/**
 * Items of an answer's list, joined with "; ": an item ending a sentence of its own (a title
 * ending in a period, as a file's may) loses the period, which "; " would follow (".;").
 */
export function listOf(items: readonly string[]): string {
  return items.map((item) => item.replace(/(?<!\.)\.$/, "")).join("; ");
}

/** A sentence: capital first letter, one full stop (none added after a title that ends in one). */
export function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?\u2026]$/.test(capital) ? capital : `${capital}.`;
}
