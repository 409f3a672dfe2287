import type { FactBook } from "../facts/factbook.js";
import type { DatedEvent } from "../facts/query.js";
import type { AgreementFact, Milestone } from "../facts/schema.js";
import { titleCell } from "./cells.js";
import type { OutputContext } from "./context.js";
import { relativeDate } from "./fact-text.js";
import { formatDate, label } from "./i18n.js";
import { styleOf } from "./style.js";
import { renderTable } from "./table.js";
import { wrapSpans } from "./wrap.js";

/** The agreements an event marks a stage of, grouped by stage (an event may sign two at once). */
export function milestonesMarked(
  event: DatedEvent,
  book: FactBook,
): { stage: Milestone["stage"]; agreements: AgreementFact[] }[] {
  const groups: { stage: Milestone["stage"]; agreements: AgreementFact[] }[] = [];
  for (const { agreement, stage } of book.agreementsMarkedBy(event)) {
    const group = groups.find((known) => known.stage === stage);
    if (group) group.agreements.push(agreement);
    else groups.push({ stage, agreements: [agreement] });
  }
  return groups;
}

/** The timeline as a table grouped by year: the year is printed once, on its first row. */
export function renderEventsTable(events: readonly DatedEvent[], book: FactBook, ctx: OutputContext): string {
  const { lang } = ctx;
  const style = styleOf(ctx);
  let previousYear = "";
  const rows = events.map((event) => {
    const year = event.date.slice(0, 4);
    const yearCell = [{ text: year === previousYear ? "" : year, style: style.bold }];
    previousYear = year;
    const what = titleCell(event, ctx);
    // "— signed: a, b": the stage once, however many agreements it marks.
    for (const { stage, agreements } of milestonesMarked(event, book)) {
      const ids = agreements.map((agreement) => agreement.id).join(", ");
      what.push({ text: `— ${label(stage, lang).toLowerCase()}: ${ids}`, style: style.magenta });
    }
    return [yearCell, [{ text: formatDate(event.date, lang), style: style.blue }], what];
  });
  return renderTable(
    [
      { header: label("year", lang), whole: true, dropRank: 1, gridOnly: true },
      { header: label("date", lang), whole: true },
      { header: label("title", lang), heading: true },
    ],
    rows,
    ctx,
  );
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
