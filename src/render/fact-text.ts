import type { FactBook } from "../facts/factbook.js";
import type { AgreementFact, EventFact, Fact, Lang } from "../facts/schema.js";
import { formatDate, formatRelativeDate, label } from "./i18n.js";
import { sanitize } from "./sanitize.js";

/** The date a fact is known by, formatted ("no later than 1994" when told by another event's); empty when the source gives none. */
export function factDate(fact: Fact, book: FactBook, lang: Lang): string {
  if (fact.kind === "event")
    return fact.date === undefined ? relativeDate(fact, book, lang) : formatDate(fact.date, lang);
  if (fact.kind === "agreement") {
    const first = book.datedMilestones(fact)[0];
    return first === undefined ? "" : formatDate(first.date, lang);
  }
  return "";
}

/** "no later than 1994" for an event the source dates only by another; empty for an undated one. */
export function relativeDate(event: EventFact, book: FactBook, lang: Lang): string {
  const anchor = book.anchorOf(event);
  return anchor && event.relativeDate ? formatRelativeDate(event.relativeDate.relation, anchor.date, lang) : "";
}

/** A fact's title in the display language, safe for the terminal. */
export function title(fact: Fact, lang: Lang): string {
  return sanitize(fact.title[lang]);
}

/** An agreement's parties for a table cell: each the source does not name is marked "(inferred)" after it. */
export function partyCell(agreement: AgreementFact, lang: Lang): string {
  const marker = ` (${label("inferredShort", lang)})`;
  return agreement.parties.map((party) => sanitize(party[lang]) + (party.inferred ? marker : "")).join("; ");
}

/** An agreement's parties for a sentence, safe for the terminal; a party the source does not name says so. */
export function partyNames(agreement: AgreementFact, lang: Lang): string {
  const { parties } = agreement;
  const marker = ` (${label("inferred", lang)})`;
  // Said once when it holds for every party, which is the usual case.
  const allInferred = parties.length > 0 && parties.every((party) => party.inferred);
  const names = parties.map((party) => sanitize(party[lang]) + (party.inferred && !allInferred ? marker : ""));
  return names.join("; ") + (allInferred ? marker : "");
}

/** The ISO date of one milestone stage of an agreement, if it has one. */
export function milestoneDate(
  agreement: AgreementFact,
  stage: "signed" | "ratified",
  book: FactBook,
): string | undefined {
  return book.datedMilestones(agreement).find((milestone) => milestone.stage === stage)?.date;
}
