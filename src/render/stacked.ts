import type { ChalkInstance } from "chalk";
import type { OutputContext } from "./context.js";
import { styleOf } from "./style.js";
import type { Column } from "./table.js";
import { cutToWidth, displayWidth, longestWordWidth, type Span, spansWidth, wrapSpans } from "./wrap.js";

const LABEL_INDENT = "  ";
const VALUE_GAP = "  ";
const VALUE_BELOW_INDENT = "    ";

/**
 * Rows as records, one under another, for a terminal too narrow for the table (as gh shows one
 * item): the heading column's text first, then each other column as "Label  value", a blank line
 * between records. Empty cells are left out.
 */
export function renderStacked(
  columns: readonly Column[],
  cells: readonly (readonly (readonly Span[])[])[],
  ctx: OutputContext,
): string {
  const heading = columns.findIndex((column) => column.heading);
  const fields = [...columns.keys()].filter((index) => index !== heading && !columns[index]?.gridOnly);
  const labelWidth = fields.reduce((widest, index) => Math.max(widest, displayWidth(columns[index]?.header ?? "")), 0);
  const style = styleOf(ctx);
  const records = cells.map((row) => {
    const lines = heading < 0 ? [] : wrapSpans(row[heading] ?? [], ctx.width);
    for (const index of fields) {
      const column = columns[index];
      const spans = row[index] ?? [];
      if (column === undefined || spansWidth(spans) === 0) continue;
      // One at a time: a field of a huge text can wrap to more lines than a call takes arguments.
      for (const line of labelled(column, spans, labelWidth, ctx.width, style)) lines.push(line);
    }
    return lines.join("\n");
  });
  return `${records.join("\n\n")}\n`;
}

/**
 * A field beside its label when its words fit there; else under it, indented, or at the full
 * width when a word is wider than that.
 */
function labelled(
  column: Column,
  spans: readonly Span[],
  labelWidth: number,
  width: number,
  style: ChalkInstance,
): string[] {
  const needed = column.whole ? spansWidth(spans) : longestWordWidth(spans);
  const besideWidth = width - LABEL_INDENT.length - labelWidth - VALUE_GAP.length;
  const label = style.dim(column.header);
  if (needed <= besideWidth) {
    const pad = " ".repeat(labelWidth - displayWidth(column.header));
    return wrapSpans(spans, besideWidth).map((line, index) =>
      index === 0
        ? `${LABEL_INDENT}${label}${pad}${VALUE_GAP}${line}`
        : `${LABEL_INDENT}${" ".repeat(labelWidth)}${VALUE_GAP}${line}`,
    );
  }
  const belowWidth = width - VALUE_BELOW_INDENT.length;
  // A value kept whole (a date) that cannot be, even under its label, is wrapped there as words.
  const value =
    longestWordWidth(spans) <= belowWidth
      ? wrapSpans(spans, belowWidth).map((line) => VALUE_BELOW_INDENT + line)
      : wrapSpans(spans, width);
  return [`${LABEL_INDENT}${style.dim(cutToWidth(column.header, width - LABEL_INDENT.length))}`, ...value];
}
