import type { FactBook } from "../facts/factbook.js";
import type { DatedEvent } from "../facts/query.js";
import type { OutputContext } from "./context.js";
import { relativeDate, title } from "./fact-text.js";
import { formatDate, label } from "./i18n.js";
import { styleOf } from "./style.js";
import { renderTable } from "./table.js";
import { type Span, wrapSpans } from "./wrap.js";

/** What an event marks for agreements, e.g. "signed: basic-cooperation-agreement". */
export function milestoneNote(event: DatedEvent, book: FactBook, ctx: OutputContext): string[] {
  return book
    .agreementsMarkedBy(event)
    .map(({ agreement, stage }) => `${label(stage, ctx.lang).toLowerCase()}: ${agreement.id}`);
}

/** The timeline as a table grouped by year: the year is printed once, on its first row. */
export function renderEventsTable(events: readonly DatedEvent[], book: FactBook, ctx: OutputContext): string {
  const { lang } = ctx;
  const style = styleOf(ctx);
  let previousYear = "";
  const rows = events.map((event) => {
    const year = event.date.slice(0, 4);
    const yearCell = year === previousYear ? "" : style.bold(year);
    previousYear = year;
    const what: Span[] = [{ text: title(event, lang), style: style.bold }, { text: style.dim(`(${event.id})`) }];
    for (const note of milestoneNote(event, book, ctx)) what.push({ text: `— ${note}`, style: style.magenta });
    return [yearCell, [{ text: formatDate(event.date, lang), style: style.blue }], what];
  });
  return renderTable([label("year", lang), label("date", lang), label("title", lang)], rows, ctx);
}

/** The events without a date of their own, each with what the source relates it to: the lines under a timeline. */
export function renderUndated(book: FactBook, ctx: OutputContext): string {
  const undated = book.ofKind("event").filter((event) => event.date === undefined);
  if (undated.length === 0) return "";
  const names = undated.map((event) => {
    const when = relativeDate(event, book, ctx.lang);
    return when === "" ? event.id : `${event.id} (${when})`;
  });
  return `${wrapSpans([{ text: `${label("undated", ctx.lang)}: ${names.join(", ")}` }], ctx.width).join("\n")}\n`;
}
