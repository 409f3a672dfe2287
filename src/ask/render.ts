import type { FactBook } from "../facts/factbook.js";
import type { Lang } from "../facts/schema.js";
import { title } from "../render/fact-text.js";
import { label } from "../render/i18n.js";
import { factJson } from "../render/json.js";
import { sanitize, sanitizeKeepingLines } from "../render/sanitize.js";
import type { Answer } from "./answer.js";

/** One line of an answer as printed, before a terminal wraps and colours it. */
export type AnswerLine =
  | { role: "answer" | "heading" | "quote" | "blank"; text: string }
  | { role: "fact"; text: string; id: string };

/** The answer first, then each fact it comes from (title and id), then the source quotes as evidence. */
export function answerLines(answer: Answer, lang: Lang): AnswerLine[] {
  const lines: AnswerLine[] = [{ role: "answer", text: sanitize(answer.answer) }];
  if (answer.facts.length === 0) return lines;
  lines.push({ role: "blank", text: "" });
  for (const fact of answer.facts) lines.push({ role: "fact", text: title(fact, lang), id: fact.id });
  lines.push({ role: "blank", text: "" }, { role: "heading", text: label("source", lang) });
  answer.quotes.forEach((quote, index) => {
    if (index > 0) lines.push({ role: "blank", text: "" });
    for (const line of sanitizeKeepingLines(quote).split("\n"))
      lines.push(line.trim() === "" ? { role: "blank", text: "" } : { role: "quote", text: line });
  });
  return lines;
}

/** An answer for a pipe: the same lines, neither wrapped nor coloured, so the first line is the whole answer. */
export function renderAnswerPlain(answer: Answer, lang: Lang): string {
  return answerLines(answer, lang)
    .map((line) =>
      line.role === "fact" ? `${line.text} (${line.id})` : line.role === "quote" ? `  ${line.text}` : line.text,
    )
    .join("\n")
    .concat("\n");
}

/** An answer as scripts see it: the question, what it asks, the answer, the facts (as `show --json`) and quotes. */
export function answerJson(answer: Answer, book: FactBook): Record<string, unknown> {
  return {
    question: answer.question,
    asks: answer.asks,
    answer: answer.answer,
    facts: answer.facts.map((fact) => factJson(fact, book)),
    quotes: answer.quotes,
  };
}
