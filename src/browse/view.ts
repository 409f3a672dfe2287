import { stripVTControlCharacters } from "node:util";
import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "../render/context.js";
import { factDate } from "../render/fact-text.js";
import { kindName } from "../render/i18n.js";
import { sanitize } from "../render/sanitize.js";
import { highlight } from "../render/snippet.js";
import { styledKind, styleOf } from "../render/style.js";
import { cutMiddle, displayWidth, type Span, spansWidth, wrapSpans } from "../render/wrap.js";
import type { SearchHit } from "../search/engine.js";
import type { BrowseState } from "./state.js";

/** One frame of the browse screen: exactly `height` lines, none wider than `ctx.width`. */
export interface Frame {
  lines: string[];
  /** Where the cursor goes: in the query, on the first line. */
  cursorColumn: number;
  /** How many hits the list shows at once (Page Up/Down move by this). */
  listHeight: number;
}

const PROMPT = "› ";

/** What Enter does: print the fact, as `show` does, or only its id (`browse --print-id`). */
export type EnterPrints = "fact" | "id";

const HELP = {
  fact: {
    en: "↑↓ move · Tab kind · Enter show · Esc quit",
    ru: "↑↓ выбор · Tab тип · Enter показать · Esc выход",
  },
  id: {
    en: "↑↓ move · Tab kind · Enter print id · Esc quit",
    ru: "↑↓ выбор · Tab тип · Enter вывести id · Esc выход",
  },
} as const;

const ALL_KINDS = { en: "all kinds", ru: "все типы" } as const;
const NOTHING = { en: "nothing matches", ru: "ничего не найдено" } as const;

/** The rows a list and a preview get: the list about half of what the prompt and status leave. */
export function listHeightFor(height: number): number {
  return Math.max(1, Math.ceil((height - 3) / 2));
}

export function renderFrame(
  state: BrowseState,
  // Only the hits on screen and the one selected are read: a list of 100,000 needs no more.
  hits: ArrayLike<SearchHit>,
  total: number,
  book: FactBook,
  ctx: OutputContext,
  height: number,
  enterPrints: EnterPrints = "fact",
): Frame {
  const width = Math.max(1, ctx.width);
  const { lang } = ctx;
  const listHeight = listHeightFor(height);
  const query = sanitize(state.query);
  // The query scrolls left when it is longer than the line, keeping the cursor in view.
  const beforeCursor = sanitize(state.query.slice(0, state.cursor));
  const room = Math.max(1, width - PROMPT.length - 1);
  const shift = Math.max(0, displayWidth(beforeCursor) - room);
  const promptLine = fit(`${styleOf(ctx).bold(PROMPT)}${dropColumns(query, shift)}`, width);
  const kind = state.kind === undefined ? ALL_KINDS[lang] : kindName(state.kind, lang);
  const count = hits.length === 0 && state.query.trim() !== "" ? NOTHING[lang] : `${hits.length}/${total}`;
  const status = fit(styleOf(ctx).dim(`${count} · ${kind} · ${HELP[enterPrints][lang]}`), width);
  const list = listRows(state, hits, book, ctx, width, listHeight);
  const selected = hits[state.selected];
  const previewHeight = Math.max(0, height - 3 - listHeight);
  const preview = selected ? previewLines(selected.fact, selected.matchedTerms, ctx, width, previewHeight) : [];
  const lines = [promptLine, status, ...list, styleOf(ctx).dim("─".repeat(width)), ...preview];
  while (lines.length < height) lines.push("");
  return {
    lines: lines.slice(0, height),
    cursorColumn: Math.min(width - 1, PROMPT.length + displayWidth(beforeCursor) - shift),
    listHeight,
  };
}

/**
 * The rows of the list on screen. Rows that would read the same once cut at the end (two Optional
 * Protocols to the Convention on the Rights of…) have their titles cut in the middle instead, so
 * each shows how it ends.
 */
function listRows(
  state: BrowseState,
  hits: ArrayLike<SearchHit>,
  book: FactBook,
  ctx: OutputContext,
  width: number,
  height: number,
): string[] {
  const shown: { hit: SearchHit; selected: boolean }[] = [];
  for (let index = state.top; index < Math.min(hits.length, state.top + height); index += 1) {
    const hit = hits[index];
    if (hit) shown.push({ hit, selected: index === state.selected });
  }
  const rows = shown.map(({ hit, selected }) => listRow(hit, book, ctx, width, selected, false));
  // Compared without the marker of the selected row.
  const read = rows.map((row) => stripStyles(row).slice(2));
  const alike = (i: number) => read.indexOf(read[i] ?? "") !== read.lastIndexOf(read[i] ?? "");
  const drawn = shown.map(({ hit, selected }, i) =>
    alike(i) ? listRow(hit, book, ctx, width, selected, true) : (rows[i] ?? ""),
  );
  while (drawn.length < height) drawn.push("");
  return drawn;
}

/** Below this width a list row leaves out the fact's kind. */
const WIDE_ROW = 60;
/** The fewest columns a row's title keeps before its date is left out. */
const MIN_TITLE = 20;

function listRow(
  hit: SearchHit,
  book: FactBook,
  ctx: OutputContext,
  width: number,
  selected: boolean,
  cutInMiddle: boolean,
): string {
  const marker = selected ? styleOf(ctx).bold.cyan("▸ ") : "  ";
  const date = factDate(hit.fact, book, ctx.lang);
  const dateSpans = date === "" ? [] : [{ text: date, style: styleOf(ctx).blue }];
  // The title is what a row is for: a narrow list leaves out the kind (the status line and the
  // preview say it), then the date, before the title gets fewer than MIN_TITLE columns.
  const kind = { text: styledKind(hit.fact, ctx) };
  const leads: Span[][] = width >= WIDE_ROW ? [[kind, ...dateSpans], dateSpans, []] : [dateSpans, []];
  const lead = leads.find((spans) => width - 2 - spansWidth(spans) - 1 >= MIN_TITLE) ?? [];
  const title = highlight(hit.fact.title[ctx.lang], hit.matchedTerms, ctx).map((span) =>
    selected ? { ...span, style: (text: string) => styleOf(ctx).bold((span.style ?? String)(text)) } : span,
  );
  const titleWidth = width - 2 - spansWidth(lead) - 1;
  const spans = [...lead, ...(cutInMiddle ? cutMiddle(title, titleWidth) : title)];
  return fit(marker + oneLine(spans, width - 2), width);
}

function previewLines(fact: Fact, matched: readonly string[], ctx: OutputContext, width: number, height: number) {
  const paragraphs: Span[][] = [
    [{ text: sanitize(fact.title[ctx.lang]), style: styleOf(ctx).bold }, { text: styleOf(ctx).dim(`(${fact.id})`) }],
    highlight(fact.summary[ctx.lang], matched, ctx),
    [{ text: `«${sanitize(fact.source.quote)}»`, style: styleOf(ctx).dim }],
  ];
  const lines = paragraphs.flatMap((spans) => wrapSpans(spans, width));
  if (lines.length <= height) return lines;
  const shown = lines.slice(0, height);
  if (height > 0) shown[height - 1] = `${wrapSpans([{ text: stripStyles(shown[height - 1] ?? "") }], width - 1)[0]}…`;
  return shown;
}

/** Spans on one line of at most `width` columns, cut with "…" if they do not fit. */
function oneLine(spans: readonly Span[], width: number): string {
  if (width <= 0) return "";
  const lines = wrapSpans(spans, width);
  if (lines.length <= 1) return lines[0] ?? "";
  return `${wrapSpans(spans, Math.max(1, width - 1))[0] ?? ""}…`;
}

/** A styled line cut to `width` columns (styles are kept whole; the text is already one line). */
function fit(line: string, width: number): string {
  const plain = stripStyles(line);
  if (displayWidth(plain) <= width) return line;
  let kept = "";
  let used = 0;
  for (const char of plain) {
    const charWidth = displayWidth(char);
    if (used + charWidth > width - 1) break;
    kept += char;
    used += charWidth;
  }
  return `${kept}…`;
}

function dropColumns(text: string, columns: number): string {
  let dropped = 0;
  let index = 0;
  const characters = [...text];
  while (dropped < columns && index < characters.length) {
    dropped += displayWidth(characters[index] ?? "");
    index += 1;
  }
  return characters.slice(index).join("");
}

function stripStyles(text: string): string {
  return stripVTControlCharacters(text);
}
