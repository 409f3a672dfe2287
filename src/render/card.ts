import type { FactBook } from "../facts/factbook.js";
import type { Fact, Lang } from "../facts/schema.js";
import type { OutputContext } from "./context.js";
import { milestoneNote } from "./events.js";
import { factDate, title } from "./fact-text.js";
import { formatDate, label } from "./i18n.js";
import { sanitize, sanitizeKeepingLines } from "./sanitize.js";
import { styledKind, styleOf } from "./style.js";
import { wrapSpans } from "./wrap.js";

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
  const width = Math.max(20, ctx.width - INDENT.length);
  const paragraph = (text: string) => wrapSpans([{ text: sanitize(text) }], width).map((line) => INDENT + line);
  const section = (name: string, lines: string[]) => (lines.length === 0 ? [] : ["", style.bold(name), ...lines]);

  const date = factDate(fact, book, lang);
  const lines = [
    ...wrapSpans([{ text: title(fact, lang), style: style.bold }], ctx.width),
    ...wrapSpans([{ text: title(fact, other), style: style.dim }], ctx.width),
    [style.dim(fact.id), styledKind(fact, ctx), date && style.blue(date)].filter(Boolean).join(" · "),
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
    lines.push(
      ...section(label("milestoneOf", lang), milestoneNote({ ...fact, date: fact.date }, book, ctx).flatMap(paragraph)),
    );
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
