import { yearOf } from "../facts/dates.js";
import type { FactBook } from "../facts/factbook.js";
import type { DatedEvent } from "../facts/query.js";
import type { OutputContext } from "./context.js";
import { title } from "./fact-text.js";
import { formatDate } from "./i18n.js";
import { styleOf } from "./style.js";
import { cutLongWords, displayWidth, longestWordWidth, type Span, wrapSpans } from "./wrap.js";

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

// "1992 ● " and "     │ ": a line's year and mark, or the rail, before its date or text.
const RAIL = 7;
// Between a date and the text beside it.
const GAP = 2;
// A text goes beside its date only in a column of at least this many (about four words a line).
const BESIDE_AT_LEAST = 24;

/** Where a text goes: beside its date, under it on the rail, or (too narrow for the rail) at the left edge. */
interface Layout {
  beside: boolean;
  rail: boolean;
  dateWidth: number;
  textWidth: number;
}

/**
 * The widest layout that keeps every date on one line and every word that fits the terminal
 * whole: beside the dates when the text column holds the longest word, else under each date.
 */
function layoutOf(texts: readonly (readonly Span[])[], dates: readonly string[], width: number): Layout {
  let dateWidth = 0;
  for (const date of dates) dateWidth = Math.max(dateWidth, displayWidth(date));
  let longestWord = 0;
  for (const text of texts) longestWord = Math.max(longestWord, longestWordWidth(text));
  const besideWidth = width - RAIL - dateWidth - GAP;
  if (besideWidth >= Math.max(BESIDE_AT_LEAST, longestWord))
    return { beside: true, rail: true, dateWidth, textWidth: besideWidth };
  const railed = width - RAIL >= Math.max(longestWord, dateWidth);
  return { beside: false, rail: railed, dateWidth, textWidth: railed ? width - RAIL : width };
}

function renderYears(events: readonly DatedEvent[], book: FactBook, ctx: OutputContext): string {
  const style = styleOf(ctx);
  // A word wider than the whole terminal is cut to it, as tables cut one.
  const texts = events.map((event) => {
    const marked = book.agreementsMarkedBy(event).length > 0;
    return cutLongWords([{ text: title(event, ctx.lang), style: marked ? style.magenta : undefined }], ctx.width);
  });
  const dates = events.map((event) => formatDate(event.date, ctx.lang));
  const layout = layoutOf(texts, dates, ctx.width);
  const lines: string[] = [];
  events.forEach((event, index) => {
    const year = event.date.slice(0, 4);
    const firstOfYear = year !== events[index - 1]?.date.slice(0, 4);
    if (firstOfYear && index > 0) lines.push(layout.rail ? "     │" : "");
    if (firstOfYear && !layout.rail) lines.push(style.bold(year));
    const head = !layout.rail ? "" : firstOfYear ? `${style.bold(year)} ● ` : "     ├ ";
    const under = !layout.rail ? "" : index === events.length - 1 ? "       " : "     │ ";
    for (const line of eventLines(dates[index] ?? "", texts[index] ?? [], layout, style)) {
      lines.push((line.first ? head : under) + line.text);
    }
  });
  return `${lines.join("\n")}\n`;
}

/** An event's date and text, each line without what goes before it (the year, the rail). */
function eventLines(
  date: string,
  text: readonly Span[],
  layout: Layout,
  style: ReturnType<typeof styleOf>,
): { text: string; first: boolean }[] {
  const wrapped = wrapSpans(text, layout.textWidth);
  if (layout.beside) {
    const pad = " ".repeat(layout.dateWidth - displayWidth(date));
    return wrapped.map((line, i) => ({
      text: i === 0 ? `${style.blue(date)}${pad}  ${line}` : `${" ".repeat(layout.dateWidth)}  ${line}`,
      first: i === 0,
    }));
  }
  const dateLines = wrapSpans([{ text: date, style: style.blue }], layout.textWidth);
  return [...dateLines, ...wrapped].map((line, i) => ({ text: line, first: i === 0 }));
}
