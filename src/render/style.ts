import { Chalk, type ChalkInstance } from "chalk";
import type { OutputContext } from "./context.js";

// Made on first use, by the renderers, not with the context: chalk builds every style when it
// loads, a millisecond that JSON output never needs.
const chalks: ChalkInstance[] = [];

/** Colour functions for this context; level 0 when colour is off, so renderers never branch on it. */
export function styleOf(ctx: OutputContext): ChalkInstance {
  const level = ctx.color ? 1 : 0;
  chalks[level] ??= new Chalk({ level });
  return chalks[level];
}
