import type { ProgramFact } from "../facts/schema.js";
import { titleCell } from "./cells.js";
import type { OutputContext } from "./context.js";
import { label } from "./i18n.js";
import { sanitize } from "./sanitize.js";
import { styleOf } from "./style.js";
import { renderTable } from "./table.js";

/** The programme areas: title (and id) beside what the source says of each. */
export function renderProgramsTable(programs: readonly ProgramFact[], ctx: OutputContext): string {
  const { lang } = ctx;
  return renderTable(
    [{ header: label("title", lang), heading: true }, { header: label("summary", lang) }],
    programs.map((program) => [titleCell(program, ctx, styleOf(ctx).bold.green), sanitize(program.summary[lang])]),
    ctx,
  );
}
