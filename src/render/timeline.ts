import { yearOf } from "../facts/dates.js";
import type { FactBook } from "../facts/factbook.js";
import type { DatedEvent } from "../facts/query.js";
import type { OutputContext } from "./context.js";
import { title } from "./fact-text.js";
import { formatDate } from "./i18n.js";
import { styleOf } from "./style.js";
import { displayWidth, wrapSpans } from "./wrap.js";

/**
 * A picture of the timeline: an axis of every year from the first to the last with a mark
 * where something happened, then each year's events hanging from a vertical line.
 */
export function renderTimeline(events: readonly DatedEvent[], book: FactBook, ctx: OutputContext): string {
  if (events.length === 0) return "";
  return `${renderAxis(events, ctx)}\n${renderYears(events, book, ctx)}`;
}

/** The label interval: a round number of years, so labels fall on years a reader expects. */
const LABEL_INTERVALS = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/**
 * The axis fits the width: up to three columns a year when there is room, else one column
 * for several years (dates 0000 to 9999 in 80 columns), a mark where any of them has an event.
 */
function renderAxis(events: readonly DatedEvent[], ctx: OutputContext): string {
  // A loop, not Math.min(...years): spreading 130,000 years into a call overflows the stack.
  const years = new Set<number>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    const year = yearOf(event.date);
    years.add(year);
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const span = last - first + 1;
  // A year's label runs four columns past its mark, so marks may take the width less four.
  const room = Math.max(1, ctx.width - 4);
  const perColumn = Math.ceil(span / room);
  const step = perColumn > 1 ? 1 : Math.max(1, Math.min(3, Math.floor(room / span)));
  const columns = Math.ceil(span / perColumn);
  const columnOf = (year: number) => Math.floor((year - first) / perColumn) * step;
  let marks = "";
  for (let column = 0; column < columns; column += 1) {
    const from = first + column * perColumn;
    let marked = false;
    for (let year = from; year < from + perColumn && !marked; year += 1) marked = years.has(year);
    marks += (marked ? styleOf(ctx).cyan("●") : styleOf(ctx).dim("·")) + " ".repeat(step - 1);
  }
  const labels = Array.from({ length: (columns - 1) * step + 5 }, () => " ");
  const place = (year: number) => {
    const at = columnOf(year);
    const text = String(year).padStart(4, "0");
    if (labels.slice(Math.max(0, at - 1), at + text.length + 1).some((char) => char !== " ")) return;
    [...text].forEach((char, i) => {
      labels[at + i] = char;
    });
  };
  place(first);
  place(last);
  const interval = LABEL_INTERVALS.find((years) => (years / perColumn) * step >= 6) ?? span;
  for (let year = Math.ceil(first / interval) * interval; year < last; year += interval) place(year);
  return `${marks.trimEnd()}\n${labels.join("").trimEnd()}\n`;
}

function renderYears(events: readonly DatedEvent[], book: FactBook, ctx: OutputContext): string {
  const { lang } = ctx;
  const style = styleOf(ctx);
  let dateWidth = 0;
  for (const event of events) dateWidth = Math.max(dateWidth, displayWidth(formatDate(event.date, lang)));
  const textWidth = Math.max(10, ctx.width - 7 - dateWidth - 2);
  const lines: string[] = [];
  let previousYear = "";
  events.forEach((event, index) => {
    const year = event.date.slice(0, 4);
    const firstOfYear = year !== previousYear;
    const lastOfAll = index === events.length - 1;
    if (firstOfYear && previousYear !== "") lines.push("     │");
    previousYear = year;
    const date = formatDate(event.date, lang);
    const marked = book.agreementsMarkedBy(event).length > 0;
    const wrapped = wrapSpans([{ text: title(event, lang), style: marked ? style.magenta : undefined }], textWidth);
    const rail = lastOfAll ? " " : "│";
    wrapped.forEach((text, i) => {
      const head = i > 0 ? `     ${rail} ` : firstOfYear ? `${style.bold(year)} ● ` : "     ├ ";
      const dateCell = i === 0 ? style.blue(date) + " ".repeat(dateWidth - displayWidth(date)) : " ".repeat(dateWidth);
      lines.push(`${head}${dateCell}  ${text}`);
    });
  });
  return `${lines.join("\n")}\n`;
}
