import Table from "cli-table3";
import type { OutputContext } from "./context.js";
import { renderStacked } from "./stacked.js";
import { styleOf } from "./style.js";
import { cutLongWords, longestWordWidth, type Span, spansWidth, wrapSpans } from "./wrap.js";

export type Cell = string | readonly Span[];

/** A column of a table, and how it gives way when the terminal is narrow. */
export interface Column {
  header: string;
  /** Kept on one line (numbers, dates, kinds): the column is never narrower than its widest cell. */
  whole?: boolean;
  /** When whole words cannot fit, columns with a rank are left out, the lowest rank first. */
  dropRank?: number;
  /** The record's heading when rows are stacked (the title); the other columns become labelled lines. */
  heading?: boolean;
  /** Only in the grid: it repeats what another column says (the events' year). */
  gridOnly?: boolean;
}

/** A column's width with every cell on one line, and the least it can take without splitting a word. */
export interface ColumnWidths {
  natural: number;
  minimal: number;
}

// Each column costs its padding and a border: "│ text │" is text + 3, and one border more in all.
const BORDERS_PER_COLUMN = 3;

/**
 * Rows as a table fitted to `ctx.width`, as gh fits its tables: a word, a number or a date is
 * never split. When they cannot all fit, the least useful columns are left out; when even that is
 * not enough, each row becomes a stacked record. Only a word wider than the whole terminal is cut.
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  ctx: OutputContext,
): string {
  const cells = rows.map((row) => columns.map((_, column) => cutLongWords(toSpans(row[column] ?? ""), ctx.width)));
  const layout = gridLayout(columns, cells, ctx.width);
  if (!layout) return renderStacked(columns, cells, ctx);
  const table = new Table({
    colWidths: layout.widths.map((width) => width + 2),
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    wordWrap: false,
  });
  // The header is the first row, not cli-table3's `head`: with a head it copies the rows in with
  // push.apply, one argument a row, which overflows the stack past about 120,000 rows.
  table.push(layout.shown.map((column) => styleOf(ctx).bold(columns[column]?.header ?? "")));
  for (const row of cells) {
    table.push(layout.shown.map((column, i) => wrapSpans(row[column] ?? [], layout.widths[i] ?? 1).join("\n")));
  }
  return `${table.toString()}\n`;
}

function toSpans(cell: Cell): readonly Span[] {
  return typeof cell === "string" ? [{ text: cell }] : cell;
}

/** The columns shown and their widths, or undefined when even the fewest columns cannot fit whole words. */
function gridLayout(
  columns: readonly Column[],
  cells: readonly (readonly (readonly Span[])[])[],
  totalWidth: number,
): { shown: number[]; widths: number[] } | undefined {
  const measured = columns.map((column, index) => measure(column, cells, index));
  let shown = columns.map((_, index) => index);
  const fits = () => sum(shown.map((index) => measured[index]?.minimal ?? 0)) <= available(shown.length, totalWidth);
  while (!fits()) {
    const droppable = shown.filter((index) => columns[index]?.dropRank !== undefined);
    if (droppable.length === 0) return undefined;
    const rank = (index: number) => columns[index]?.dropRank ?? 0;
    const dropped = droppable.reduce((least, index) => (rank(index) < rank(least) ? index : least));
    shown = shown.filter((index) => index !== dropped);
  }
  const widths = fitColumns(
    shown.map((index) => measured[index] ?? { natural: 1, minimal: 1 }),
    totalWidth,
  );
  return { shown, widths };
}

function measure(column: Column, cells: readonly (readonly (readonly Span[])[])[], index: number): ColumnWidths {
  // Loops, not Math.max(...cells): a spread of a million rows would overflow the stack.
  let natural = spansWidth([{ text: column.header }]);
  let longestWord = natural;
  for (const row of cells) {
    const spans = row[index] ?? [];
    natural = Math.max(natural, spansWidth(spans));
    if (!column.whole) longestWord = Math.max(longestWord, longestWordWidth(spans));
  }
  natural = Math.max(1, natural);
  return { natural, minimal: column.whole ? natural : Math.max(1, longestWord) };
}

function available(columnCount: number, totalWidth: number): number {
  return totalWidth - (BORDERS_PER_COLUMN * columnCount + 1);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * Widths for columns whose minimal widths fit: each column gets its natural width when all fit;
 * otherwise every column keeps at least its minimal width and the rest of the space goes where
 * the text is longest.
 */
export function fitColumns(columns: readonly ColumnWidths[], totalWidth: number): number[] {
  const natural = columns.map((column) => column.natural);
  const minimal = columns.map((column) => column.minimal);
  const room = available(columns.length, totalWidth);
  if (sum(natural) <= room) return natural;
  // Water-filling: a column that fits in a fair share of what is left gets its natural width,
  // so short columns never wrap while a long one does.
  const widths = [...minimal];
  const open = new Set(columns.keys());
  let remaining = room;
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of open) {
      const othersMinimal = sum([...open].filter((j) => j !== i).map((j) => minimal[j] ?? 0));
      if ((natural[i] ?? 0) <= remaining / open.size && (natural[i] ?? 0) + othersMinimal <= remaining) {
        widths[i] = natural[i] ?? 1;
        remaining -= widths[i] ?? 0;
        open.delete(i);
        changed = true;
      }
    }
  }
  const openMinimal = sum([...open].map((i) => minimal[i] ?? 0));
  const openSlack = sum([...open].map((i) => (natural[i] ?? 0) - (minimal[i] ?? 0)));
  let spare = remaining - openMinimal;
  for (const i of open) {
    const share = Math.floor(
      (((natural[i] ?? 0) - (minimal[i] ?? 0)) * (remaining - openMinimal)) / Math.max(1, openSlack),
    );
    widths[i] = (minimal[i] ?? 0) + share;
    spare -= share;
  }
  // Hand out what rounding left over.
  for (const i of open) {
    if (spare <= 0) break;
    const extra = Math.min(spare, (natural[i] ?? 0) - (widths[i] ?? 0));
    widths[i] = (widths[i] ?? 0) + extra;
    spare -= extra;
  }
  return widths;
}
