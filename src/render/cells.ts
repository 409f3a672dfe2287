import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "./context.js";
import { factDate, title } from "./fact-text.js";
import { kindName } from "./i18n.js";
import { kindStyle, styleOf } from "./style.js";
import type { Span } from "./wrap.js";

/** The kind's name in the display language, coloured by kind. */
export function kindCell(fact: Fact, ctx: OutputContext): Span[] {
  return [{ text: kindName(fact.kind, ctx.lang), style: kindStyle(fact, ctx) }];
}

/** The date a fact is known by, in the display language; empty when the source gives none. */
export function dateCell(fact: Fact, book: FactBook, ctx: OutputContext): Span[] {
  return [{ text: factDate(fact, book, ctx.lang), style: styleOf(ctx).blue }];
}

/** The title in bold, then the id to `show` it by, dim. */
export function titleCell(fact: Fact, ctx: OutputContext, titleStyle = styleOf(ctx).bold): Span[] {
  return [
    { text: title(fact, ctx.lang), style: titleStyle },
    // Never cut: it is to be copied into `show`. A terminal narrower than it breaks it after a hyphen.
    { text: `(${fact.id})`, style: styleOf(ctx).dim, neverCut: true },
  ];
}
