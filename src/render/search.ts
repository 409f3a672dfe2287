import type { FactBook } from "../facts/factbook.js";
import type { SearchHit } from "../search/engine.js";
import type { OutputContext } from "./context.js";
import { factDate, title } from "./fact-text.js";
import { label } from "./i18n.js";
import { snippet } from "./snippet.js";
import { styledKind, styleOf } from "./style.js";
import { renderTable } from "./table.js";

/** Search results as a table: score, kind, date, title, and a snippet with the match highlighted. */
export function renderSearchTable(hits: readonly SearchHit[], book: FactBook, ctx: OutputContext): string {
  const { lang } = ctx;
  return renderTable(
    [label("score", lang), label("kind", lang), label("date", lang), label("title", lang), label("match", lang)],
    hits.map((hit) => [
      hit.score.toFixed(2),
      [{ text: styledKind(hit.fact, ctx) }],
      [{ text: factDate(hit.fact, book, lang), style: styleOf(ctx).blue }],
      [{ text: title(hit.fact, lang), style: styleOf(ctx).bold }, { text: styleOf(ctx).dim(`(${hit.fact.id})`) }],
      snippet(hit.fact, hit.matchedTerms, ctx),
    ]),
    ctx,
  );
}
