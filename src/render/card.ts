import type { FactBook } from "../facts/factbook.js";
import type { Fact, Lang } from "../facts/schema.js";
import { dateCell, kindCell } from "./cells.js";
import type { OutputContext } from "./context.js";
import { milestonesMarked } from "./events.js";
import { title } from "./fact-text.js";
import { formatDate, label } from "./i18n.js";
import { sanitize, sanitizeKeepingLines } from "./sanitize.js";
import { styleOf } from "./style.js";
import { displayWidth, type Span, wrapSpans } from "./wrap.js";

const INDENT = "  ";

/** The source a fact rests on, line by line: a programme's own text follows the sentence that introduces the programme areas. */
function sourceLines(fact: Fact, book: FactBook): string[] {
  const intro = fact.kind === "program" ? book.programmeAreas?.source.quote : undefined;
  const quote = sanitizeKeepingLines(fact.source.quote).split("\n");
  return intro === undefined ? quote : [sanitize(intro), "", ...quote];
}

/** A fact's search aids, a line per language: words to find it by, not the source's. */
function keywordLines(fact: Fact): string[] {
  const { keywords } = fact;
  if (!keywords) return [];
  return (["ru", "en"] as const).flatMap((lang) =>
    keywords[lang].length > 0 ? [`${lang}: ${keywords[lang].map(sanitize).join(", ")}`] : [],
  );
}

/** One fact in full: both titles, dates, summary, parties, links and the source quote. */
export function renderCard(fact: Fact, book: FactBook, ctx: OutputContext): string {
  const { lang } = ctx;
  const style = styleOf(ctx);
  const other: Lang = lang === "ru" ? "en" : "ru";
  const width = Math.max(10, ctx.width - INDENT.length);
  const paragraph = (text: string) => wrapSpans([{ text: sanitize(text) }], width).map((line) => INDENT + line);
  const section = (name: string, lines: string[]) => (lines.length === 0 ? [] : ["", style.bold(name), ...lines]);

  const lines = [
    ...wrapSpans([{ text: title(fact, lang), style: style.bold }], ctx.width),
    ...wrapSpans([{ text: title(fact, other), style: style.dim }], ctx.width),
    ...byline([{ text: fact.id, style: style.dim }, ...kindCell(fact, ctx), ...dateCell(fact, book, ctx)], ctx.width),
    "",
    ...paragraph(fact.summary[lang]),
  ];
  if (fact.kind === "agreement") {
    const people = fact.signatories.map((person) => `${sanitize(person.name[lang])} (${sanitize(person.role[lang])})`);
    const milestones = book
      .datedMilestones(fact)
      .map((milestone) => `${label(milestone.stage, lang)}: ${formatDate(milestone.date, lang)} (${milestone.event})`);
    lines.push(
      ...section(
        label("parties", lang),
        fact.parties.flatMap((party) =>
          paragraph(party.inferred ? `${party[lang]} (${label("inferred", lang)})` : party[lang]),
        ),
      ),
      ...section(label("signatories", lang), people.flatMap(paragraph)),
      ...section(label("place", lang), fact.place ? paragraph(fact.place[lang]) : []),
      ...section(`${label("signed", lang)} / ${label("ratified", lang)}`, milestones.flatMap(paragraph)),
    );
  }
  if (fact.kind === "event" && fact.date !== undefined) {
    // As Related shows links: the id to `show`, then the title.
    const marked = milestonesMarked({ ...fact, date: fact.date }, book).flatMap(({ stage, agreements }) =>
      agreements.map((agreement) => `${label(stage, lang)}: ${agreement.id} — ${title(agreement, lang)}`),
    );
    lines.push(...section(label("milestoneOf", lang), marked.flatMap(paragraph)));
  }
  const related = book.relatedTo(fact).map((linked) => `${linked.id} — ${title(linked, lang)}`);
  lines.push(
    ...section(label("tags", lang), fact.tags.length > 0 ? paragraph(fact.tags.join(", ")) : []),
    ...section(label("keywords", lang), keywordLines(fact).flatMap(paragraph)),
    ...section(label("related", lang), related.flatMap(paragraph)),
    ...section(
      label("source", lang),
      sourceLines(fact, book).flatMap((line) => (line.trim() === "" ? [""] : paragraph(line))),
    ),
  );
  return `${lines.join("\n")}\n`;
}

/** "id · kind · date", as many parts a line as fit, so that a date is never split. */
function byline(parts: readonly Span[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const part of parts) {
    if (part.text === "") continue;
    const partWidth = displayWidth(part.text);
    const styled = part.style ? part.style(part.text) : part.text;
    if (used > 0 && used + 3 + partWidth <= width) {
      line += ` · ${styled}`;
      used += 3 + partWidth;
      continue;
    }
    if (used > 0) lines.push(line);
    [line, used] = partWidth <= width ? [styled, partWidth] : [wrapSpans([part], width).join("\n"), width];
  }
  return used > 0 ? [...lines, line] : lines;
}
