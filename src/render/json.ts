import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "./context.js";

/**
 * A fact as scripts see it: the fact file's own fields; an agreement's milestones also carry
 * the date of the event they link to, so `jq '.[].milestones'` needs no join.
 */
export function factJson(fact: Fact, book: FactBook): Record<string, unknown> {
  if (fact.kind !== "agreement") return { ...fact };
  return { ...fact, milestones: book.datedMilestones(fact) };
}

/** An array: pretty for a person at a terminal, one line for a pipe. */
export function renderJson(values: readonly unknown[] | Record<string, unknown>, ctx: OutputContext): string {
  return `${ctx.prettyJson ? JSON.stringify(values, null, 2) : JSON.stringify(values)}\n`;
}

/** One JSON value per line. */
export function renderNdjson(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join("");
}
