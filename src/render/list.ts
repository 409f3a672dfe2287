import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import { dateCell, kindCell, titleCell } from "./cells.js";
import type { OutputContext } from "./context.js";
import { label } from "./i18n.js";
import { renderTable } from "./table.js";

/** Facts as a table: kind, date, title; a narrow terminal leaves out the kind first. */
export function renderListTable(facts: readonly Fact[], book: FactBook, ctx: OutputContext): string {
  const { lang } = ctx;
  return renderTable(
    [
      { header: label("kind", lang), whole: true, dropRank: 1 },
      { header: label("date", lang), whole: true },
      { header: label("title", lang), heading: true },
    ],
    facts.map((fact) => [kindCell(fact, ctx), dateCell(fact, book, ctx), titleCell(fact, ctx)]),
    ctx,
  );
}
