import type { ProgramFact, ProgrammeAreas } from "../facts/schema.js";
import { titleCell } from "./cells.js";
import type { OutputContext } from "./context.js";
import { label } from "./i18n.js";
import { sanitize } from "./sanitize.js";
import { styleOf } from "./style.js";
import { renderTable } from "./table.js";
import { wrapSpans } from "./wrap.js";

/** The programme areas: the sentence that introduces them, then each one's title (and id) beside what the source says of it. */
export function renderProgramsTable(
  programs: readonly ProgramFact[],
  areas: ProgrammeAreas | undefined,
  ctx: OutputContext,
): string {
  const { lang } = ctx;
  const intro = areas ? `${wrapSpans([{ text: sanitize(areas.summary[lang]) }], ctx.width).join("\n")}\n` : "";
  const table = renderTable(
    [{ header: label("title", lang), heading: true }, { header: label("summary", lang) }],
    programs.map((program) => [titleCell(program, ctx, styleOf(ctx).bold.green), sanitize(program.summary[lang])]),
    ctx,
  );
  // A table's border sets it off from the sentence; records, too narrow for one, are set off as
  // they are from each other, by a blank line.
  const gap = intro !== "" && !table.startsWith("┌") ? "\n" : "";
  return intro + gap + table;
}
