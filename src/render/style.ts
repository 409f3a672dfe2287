import { Chalk, type ChalkInstance } from "chalk";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "./context.js";
import { kindName } from "./i18n.js";

// Colour is for tables, cards, the timeline and browse, whose modules load with this one: chalk
// builds every style when it loads, two milliseconds that JSON and plain records never pay.
const chalks: ChalkInstance[] = [];

/** Colour functions for this context; level 0 when colour is off, so renderers never branch on it. */
export function styleOf(ctx: OutputContext): ChalkInstance {
  const level = ctx.color ? 1 : 0;
  chalks[level] ??= new Chalk({ level });
  return chalks[level];
}

const KIND_COLORS = { event: "cyan", program: "green", agreement: "magenta" } as const;

/** The colour of a fact's kind. */
export function kindStyle(fact: Fact, ctx: OutputContext): ChalkInstance {
  return styleOf(ctx)[KIND_COLORS[fact.kind]];
}

/** The kind's name in the display language, coloured by kind. */
export function styledKind(fact: Fact, ctx: OutputContext): string {
  return kindStyle(fact, ctx)(kindName(fact.kind, ctx.lang));
}
