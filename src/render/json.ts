import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "./context.js";
import { escapeJsonForTerminal } from "./sanitize.js";

/**
 * A fact as scripts see it: the fact file's own fields; an agreement's milestones also carry
 * the date of the event they link to, and an event that is one says whose (`milestoneOf`, as its
 * card and table say "signed: …"), so `jq '.[].milestones'` needs no join.
 */
export function factJson(fact: Fact, book: FactBook): Record<string, unknown> {
  if (fact.kind === "agreement") return { ...fact, milestones: book.datedMilestones(fact) };
  const marks = fact.kind === "event" ? book.agreementsMarkedBy(fact) : [];
  if (marks.length === 0) return { ...fact };
  return { ...fact, milestoneOf: marks.map(({ agreement, stage }) => ({ agreement: agreement.id, stage })) };
}

/**
 * An array: pretty for a person at a terminal, one line for a pipe. At a terminal, characters the
 * terminal would act on are escaped (see escapeJsonForTerminal); a pipe gets the exact text.
 */
export function renderJson(values: readonly unknown[] | Record<string, unknown>, ctx: OutputContext): string {
  if (!ctx.prettyJson) return `${JSON.stringify(values)}\n`;
  return `${escapeJsonForTerminal(JSON.stringify(values, null, 2))}\n`;
}

/** One JSON value per line; escaped at a terminal as renderJson is. */
export function renderNdjson(values: readonly unknown[], ctx: OutputContext): string {
  const lines = values.map((value) => `${JSON.stringify(value)}\n`).join("");
  return ctx.prettyJson ? escapeJsonForTerminal(lines) : lines;
}
