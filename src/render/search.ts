import type { FactBook } from "../facts/factbook.js";
import type { SearchHit } from "../search/engine.js";
import { dateCell, kindCell, titleCell } from "./cells.js";
import type { OutputContext } from "./context.js";
import { label } from "./i18n.js";
import { snippet } from "./snippet.js";
import { renderTable } from "./table.js";

/**
 * Search results as a table: score, kind, date, title, and a snippet with the match highlighted.
 * A narrow terminal leaves out the snippet first (the fact is a `show` away), then the score (the
 * rows are in its order), then the kind.
 */
export function renderSearchTable(hits: readonly SearchHit[], book: FactBook, ctx: OutputContext): string {
  const { lang } = ctx;
  return renderTable(
    [
      { header: label("score", lang), whole: true, dropRank: 2 },
      { header: label("kind", lang), whole: true, dropRank: 3 },
      { header: label("date", lang), whole: true },
      { header: label("title", lang), heading: true },
      { header: label("match", lang), dropRank: 1 },
    ],
    hits.map((hit) => [
      hit.score.toFixed(2),
      kindCell(hit.fact, ctx),
      dateCell(hit.fact, book, ctx),
      titleCell(hit.fact, ctx),
      snippet(hit.fact, hit.matchedTerms, ctx),
    ]),
    ctx,
  );
}
