import type { ProgramFact } from "../facts/schema.js";
import type { OutputContext } from "./context.js";
import { title } from "./fact-text.js";
import { label } from "./i18n.js";
import { sanitize } from "./sanitize.js";
import { styleOf } from "./style.js";
import { renderTable } from "./table.js";

/** The programme areas: title (and id) beside what the source says of each. */
export function renderProgramsTable(programs: readonly ProgramFact[], ctx: OutputContext): string {
  const { lang } = ctx;
  const style = styleOf(ctx);
  return renderTable(
    [label("title", lang), label("summary", lang)],
    programs.map((program) => [
      [{ text: title(program, lang), style: style.bold.green }, { text: style.dim(`(${program.id})`) }],
      sanitize(program.summary[lang]),
    ]),
    ctx,
  );
}
