import type { Lang } from "../facts/schema.js";
import type { OutputContext } from "../render/context.js";
import { styleOf } from "../render/style.js";
import { wrapSpans } from "../render/wrap.js";
import type { Answer } from "./answer.js";
import { answerLines } from "./render.js";

const INDENT = "  ";

/** An answer for a person at a terminal: wrapped to its width, the answer in bold, ids dimmed. */
export function renderAnswerTerminal(answer: Answer, lang: Lang, ctx: OutputContext): string {
  const style = styleOf(ctx);
  const quoteWidth = Math.max(20, ctx.width - INDENT.length);
  const lines = answerLines(answer, lang).flatMap((line) => {
    switch (line.role) {
      case "answer":
        return wrapSpans([{ text: line.text, style: style.bold }], ctx.width);
      case "fact":
        return wrapSpans([{ text: line.text }, { text: `(${line.id})`, style: style.dim }], ctx.width);
      case "heading":
        return [style.bold(line.text)];
      case "quote":
        return wrapSpans([{ text: line.text }], quoteWidth).map((text) => INDENT + text);
      default:
        return [""];
    }
  });
  return `${lines.join("\n")}\n`;
}
