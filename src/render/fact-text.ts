import type { FactBook } from "../facts/factbook.js";
import type { AgreementFact, Fact, Lang } from "../facts/schema.js";
import { formatDate } from "./i18n.js";
import { sanitize } from "./sanitize.js";

/** The date a fact is known by, formatted; empty when the source gives none. */
export function factDate(fact: Fact, book: FactBook, lang: Lang): string {
  if (fact.kind === "event") return fact.date === undefined ? "" : formatDate(fact.date, lang);
  if (fact.kind === "agreement") {
    const first = book.datedMilestones(fact)[0];
    return first === undefined ? "" : formatDate(first.date, lang);
  }
  return "";
}

/** The ISO date a fact is known by, for plain records; empty when the source gives none. */
export function factIsoDate(fact: Fact, book: FactBook): string {
  if (fact.kind === "event") return fact.date ?? "";
  if (fact.kind === "agreement") return book.datedMilestones(fact)[0]?.date ?? "";
  return "";
}

/** A fact's title in the display language, safe for the terminal. */
export function title(fact: Fact, lang: Lang): string {
  return sanitize(fact.title[lang]);
}

/** An agreement's parties in the display language, safe for the terminal. */
export function partyNames(agreement: AgreementFact, lang: Lang): string {
  return agreement.parties.map((party) => sanitize(party[lang])).join("; ");
}

/** The ISO date of one milestone stage of an agreement, if it has one. */
export function milestoneDate(
  agreement: AgreementFact,
  stage: "signed" | "ratified",
  book: FactBook,
): string | undefined {
  return book.datedMilestones(agreement).find((milestone) => milestone.stage === stage)?.date;
}
