import Table from "cli-table3";
import type { OutputContext } from "./context.js";
import { styleOf } from "./style.js";
import { longestWordWidth, type Span, spansWidth, wrapSpans } from "./wrap.js";

export type Cell = string | readonly Span[];

/** Columns fitted to `ctx.width`: cli-table3 draws, but does not size or wrap, so we do. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  ctx: OutputContext,
): string {
  const cells = rows.map((row) => row.map(toSpans));
  const widths = fitColumns(
    headers.map((header, column) => [[{ text: header }], ...cells.map((row) => row[column] ?? [])]),
    ctx.width,
  );
  const table = new Table({
    head: headers.map((header) => styleOf(ctx).bold(header)),
    colWidths: widths.map((width) => width + 2),
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    wordWrap: false,
  });
  for (const row of cells) table.push(row.map((spans, column) => wrapSpans(spans, widths[column] ?? 1).join("\n")));
  return `${table.toString()}\n`;
}

function toSpans(cell: Cell): readonly Span[] {
  return typeof cell === "string" ? [{ text: cell }] : cell;
}

/**
 * Gives each column its natural width when everything fits; otherwise every column keeps at
 * least its longest word and the rest of the space goes where the text is longest.
 */
export function fitColumns(columns: readonly (readonly (readonly Span[])[])[], totalWidth: number): number[] {
  const available = Math.max(columns.length, totalWidth - (3 * columns.length + 1));
  const natural = columns.map((cells) => Math.max(1, ...cells.map(spansWidth)));
  const minimal = columns.map((cells, i) => Math.min(natural[i] ?? 1, Math.max(1, ...cells.map(longestWordWidth))));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  if (sum(natural) <= available) return natural;
  if (sum(minimal) > available) {
    // Too narrow even for whole words: share the space by need; long words will be split.
    return minimal.map((width) => Math.max(1, Math.floor((width * available) / sum(minimal))));
  }
  // Water-filling: a column that fits in a fair share of what is left gets its natural width,
  // so short columns (dates, kinds) never wrap while a long one does.
  const widths = [...minimal];
  const open = new Set(columns.keys());
  let remaining = available;
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
