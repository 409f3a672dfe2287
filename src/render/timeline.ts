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

function renderAxis(events: readonly DatedEvent[], ctx: OutputContext): string {
  const years = events.map((event) => Number(event.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = last - first + 1;
  const step = Math.max(1, Math.min(3, Math.floor((ctx.width - 4) / span)));
  let marks = "";
  for (let year = first; year <= last; year += 1) {
    const mark = years.includes(year) ? styleOf(ctx).cyan("●") : styleOf(ctx).dim("·");
    marks += mark + " ".repeat(step - 1);
  }
  const labels = Array.from({ length: span * step + 4 }, () => " ");
  const place = (year: number) => {
    const at = (year - first) * step;
    const text = String(year);
    if (labels.slice(Math.max(0, at - 1), at + text.length + 1).some((char) => char !== " ")) return;
    [...text].forEach((char, i) => {
      labels[at + i] = char;
    });
  };
  place(first);
  place(last);
  for (let year = Math.ceil(first / 10) * 10; year < last; year += 10) place(year);
  return `${marks.trimEnd()}\n${labels.join("").trimEnd()}\n`;
}

function renderYears(events: readonly DatedEvent[], book: FactBook, ctx: OutputContext): string {
  const { lang } = ctx;
  const style = styleOf(ctx);
  const dateWidth = Math.max(...events.map((event) => displayWidth(formatDate(event.date, lang))));
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
