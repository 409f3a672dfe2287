import type { FactBook } from "../facts/factbook.js";
import type { AgreementFact, Fact, Lang } from "../facts/schema.js";
import type { OutputContext } from "./context.js";
import { formatDate, kindName } from "./i18n.js";
import { sanitize } from "./sanitize.js";
import { styleOf } from "./style.js";

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

const KIND_COLORS = { event: "cyan", program: "green", agreement: "magenta" } as const;

/** The kind's name in the display language, coloured by kind. */
export function styledKind(fact: Fact, ctx: OutputContext): string {
  return styleOf(ctx)[KIND_COLORS[fact.kind]](kindName(fact.kind, ctx.lang));
}

/** A fact's title in the display language, safe for the terminal. */
export function title(fact: Fact, lang: Lang): string {
  return sanitize(fact.title[lang]);
}

/** The ISO date of one milestone stage of an agreement, if it has one. */
export function milestoneDate(
  agreement: AgreementFact,
  stage: "signed" | "ratified",
  book: FactBook,
): string | undefined {
  return book.datedMilestones(agreement).find((milestone) => milestone.stage === stage)?.date;
}
