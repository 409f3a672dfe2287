import assert from "node:assert/strict";
import { test } from "node:test";
import { answerQuestion } from "../../src/ask/answer.js";
import { parseQuestion } from "../../src/ask/question.js";
import { SearchEngine } from "../../src/search/engine.js";
import { shippedBook } from "../helpers.js";
import { QUESTION_CASES } from "./questions.js";

const book = shippedBook();

test("ask answers at least 95% of the question set exactly: what is asked, the facts, the answer line", (t) => {
  const engine = new SearchEngine(book);
  const missed: string[] = [];
  for (const expected of QUESTION_CASES) {
    const question = parseQuestion(expected.question);
    const got = answerQuestion(expected.question, question, question.lang ?? "en", book, engine);
    const ids = got.facts.map((fact) => fact.id);
    const exact = got.asks === expected.asks && ids.join() === expected.facts.join() && got.answer === expected.answer;
    if (!exact) missed.push(`${expected.question} → [${got.asks}] ${ids.join(", ") || "(none)"}: ${got.answer}`);
  }
  const total = QUESTION_CASES.length;
  const answered = total - missed.length;
  t.diagnostic(`ask: ${answered}/${total} answered exactly (${((100 * answered) / total).toFixed(1)}%)`);
  for (const miss of missed) t.diagnostic(`missed: ${miss}`);
  assert.ok(total >= 40);
  assert.ok(
    QUESTION_CASES.some((c) => /[а-я]/.test(c.question)) && QUESTION_CASES.some((c) => /^[a-z]/i.test(c.question)),
  );
  assert.ok(answered / total >= 0.95, `${answered}/${total} answered; missed:\n${missed.join("\n")}`);
});
