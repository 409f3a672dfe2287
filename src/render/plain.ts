// Plain records: one per line, fields separated by tabs, for grep, cut and awk. Apart from the
// tables so that a script's output never loads cli-table3 and chalk.

import type { FactBook } from "../facts/factbook.js";
import type { DatedEvent } from "../facts/query.js";
import type { AgreementFact, ProgramFact } from "../facts/schema.js";
import type { SearchHit } from "../search/engine.js";
import type { OutputContext } from "./context.js";
import { factIsoDate, milestoneDate, partyNames } from "./fact-text.js";
import { sanitize } from "./sanitize.js";

/** No field can hold a tab or a line break. */
export function renderRecords(records: readonly (readonly (string | number | undefined)[])[]): string {
  return records.map((fields) => `${fields.map((field) => sanitize(String(field ?? ""))).join("\t")}\n`).join("");
}

/** One event per line: ISO date, id, title. */
export function renderEventRecords(events: readonly DatedEvent[], ctx: OutputContext): string {
  return renderRecords(events.map((event) => [event.date, event.id, event.title[ctx.lang]]));
}

/** One programme per line: id, title, summary. */
export function renderProgramRecords(programs: readonly ProgramFact[], ctx: OutputContext): string {
  return renderRecords(programs.map((program) => [program.id, program.title[ctx.lang], program.summary[ctx.lang]]));
}

/** One agreement per line: id, signed, ratified (ISO, empty if unknown), place, title, parties. */
export function renderAgreementRecords(
  agreements: readonly AgreementFact[],
  book: FactBook,
  ctx: OutputContext,
): string {
  return renderRecords(
    agreements.map((agreement) => [
      agreement.id,
      milestoneDate(agreement, "signed", book),
      milestoneDate(agreement, "ratified", book),
      agreement.place?.[ctx.lang],
      agreement.title[ctx.lang],
      partyNames(agreement, ctx.lang),
    ]),
  );
}

/** One hit per line: score, id, kind, ISO date, title. */
export function renderSearchRecords(hits: readonly SearchHit[], book: FactBook, ctx: OutputContext): string {
  return renderRecords(
    hits.map((hit) => [
      hit.score.toFixed(3),
      hit.fact.id,
      hit.fact.kind,
      factIsoDate(hit.fact, book),
      hit.fact.title[ctx.lang],
    ]),
  );
}
