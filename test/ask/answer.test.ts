import assert from "node:assert/strict";
import { test } from "node:test";
import { answerQuestion, ask } from "../../src/ask/answer.js";
import { namedSignatories } from "../../src/ask/people.js";
import { phrases } from "../../src/ask/phrases.js";
import { bestFacts, type Searcher } from "../../src/ask/pick.js";
import { parseQuestion } from "../../src/ask/question.js";
import { type Asked, factAnswer, sentence } from "../../src/ask/sentences.js";
import { UsageError } from "../../src/errors.js";
import type { Fact } from "../../src/facts/schema.js";
import { SearchEngine } from "../../src/search/engine.js";
import { shippedBook } from "../helpers.js";

const book = shippedBook();
const fact = (id: string): Fact => {
  const found = book.byId.get(id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};
const asked = (asks: Asked["asks"], more: Partial<Asked> = {}): Asked => ({
  asks,
  parties: false,
  subject: [],
  ...more,
});

/** A search that answers from a table: query → [id, score] best first; ask must read only ranks and ties. */
function tableSearcher(table: Record<string, [string, number][]>): Searcher {
  return {
    search: (query) =>
      (table[query] ?? []).map(([id, score]) => ({ fact: fact(id), score, matchedTerms: query.split(" ") })),
  };
}

test("bestFacts takes the first hit and those within 1% of it, whatever the scale of scores", () => {
  const question = parseQuestion("who signed the protocols");
  const searcher = tableSearcher({
    "signed protocols": [
      ["optional-protocol-sale-of-children", 0.3],
      ["optional-protocol-armed-conflict", 0.2975],
      ["optional-protocols-signed", 0.29],
    ],
    signed: [["optional-protocol-sale-of-children", 1]],
    protocols: [["optional-protocol-sale-of-children", 1]],
  });
  assert.deepEqual(
    bestFacts(question, book, searcher).map((found) => found.id),
    ["optional-protocol-sale-of-children", "optional-protocol-armed-conflict"],
  );
});

test("bestFacts answers nothing when the best fact holds half of the words or fewer", () => {
  const question = parseQuestion("who is the president of france");
  const searcher = tableSearcher({
    "president france": [["optional-protocols-signed", 0.9]],
    president: [["optional-protocols-signed", 1]],
  });
  assert.deepEqual(bestFacts(question, book, searcher), []);
});

test("a date: an event's own, what the source says instead, or that it gives none", () => {
  const date = asked("date");
  assert.equal(
    factAnswer(fact("first-mission"), date, book, "ru"),
    "Февраль 1992 — Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан.",
  );
  assert.equal(
    factAnswer(fact("first-project-immunisation"), date, book, "en"),
    "The source gives no date; it says only: not before February 1992.",
  );
  assert.equal(factAnswer(fact("mdg-progress"), date, book, "en"), "The source gives no date.");
  assert.equal(factAnswer(fact("child-protection"), date, book, "ru"), "Источник не называет даты.");
});

test("an agreement's date comes from its milestones; a milestone the source does not give is said to be missing", () => {
  const agreement = fact("basic-cooperation-agreement");
  assert.equal(
    factAnswer(agreement, asked("date"), book, "en"),
    `Signed: 25 November 1994, ratified: 10 April 2001 — ${agreement.title.en}.`,
  );
  assert.equal(
    factAnswer(agreement, asked("date", { stage: "ratified" }), book, "ru"),
    `Ратифицировано: 10 апреля 2001 — ${agreement.title.ru}.`,
  );
  assert.equal(
    factAnswer(fact("memorandum-child-rights"), asked("date", { stage: "ratified" }), book, "en"),
    "The source gives no date of ratification. Signed: 18 February 2014.",
  );
});

test("who: the signatories as the file names them, only those named if some are, or the parties", () => {
  const memorandum = fact("memorandum-child-rights");
  assert.equal(
    factAnswer(memorandum, asked("who", { subject: ["кукиту"] }), book, "ru"),
    "Джун Кукита, Представитель Детского фонда ООН (ЮНИСЕФ). Подписано: 18 февраля 2014. Место: Астана.",
  );
  assert.equal(
    factAnswer(memorandum, asked("who", { parties: true }), book, "ru"),
    "Стороны: Детский фонд ООН (ЮНИСЕФ); Уполномоченный по правам человека (выведено из подписавших). Подписано: 18 февраля 2014. Место: Астана.",
  );
  assert.equal(
    factAnswer(fact("first-mission"), asked("who"), book, "en"),
    "The source names no signatories or parties.",
  );
});

test("who: a signatory named by role, but not by a word of the agreement's own title", () => {
  const memorandum = book.byId.get("memorandum-child-rights");
  assert.ok(memorandum?.kind === "agreement");
  const names = (words: string[]) => namedSignatories(memorandum, words).map((person) => person.name.en);
  assert.deepEqual(names(["representative"]), ["Jun Kukita"]);
  assert.deepEqual(names(["представителем"]), ["Jun Kukita"]);
  assert.deepEqual(names(["назарбаев", "shakirova"]), ["Askar Shakirov"]);
  assert.deepEqual(names(["children", "rights"]), ["Jun Kukita", "Askar Shakirov"]);
  assert.deepEqual(names(["меморандум"]), ["Jun Kukita", "Askar Shakirov"]);
});

test("where: the place, or that the source names none", () => {
  assert.equal(
    factAnswer(fact("optional-protocol-armed-conflict"), asked("place"), book, "ru"),
    "Саммит тысячелетия. Подписано: сентябрь 2000.",
  );
  assert.equal(factAnswer(fact("polio-free-certification"), asked("place"), book, "en"), "The source names no place.");
});

test("Russian counts take the noun's form for the number", () => {
  const ru = phrases("ru");
  assert.deepEqual(
    [0, 1, 2, 5, 11, 21, 22].map((count) => ru.counted(count, "agreement", undefined, undefined)),
    ["0 соглашений", "1 соглашение", "2 соглашения", "5 соглашений", "11 соглашений", "21 соглашение", "22 соглашения"],
  );
  assert.equal(ru.counted(3, "program", "signed", 2000), "Подписано 3 программы в 2000 году");
  assert.equal(phrases("en").counted(1, "event", "ratified", 2001), "1 event ratified in 2001");
});

test("a count with nothing to count answers with no facts", () => {
  const answer = ask("сколько соглашений подписано в 1999 году", book, new SearchEngine(book), undefined, "en");
  assert.deepEqual([answer.answer, answer.facts, answer.quotes], ["Подписано 0 соглашений в 1999 году.", [], []]);
});

test("the programmes' count rests first on the sentence that introduces them", () => {
  const answer = ask("how many programmes", book, new SearchEngine(book), undefined, "ru");
  assert.equal(answer.lang, "en");
  assert.equal(answer.quotes[0], book.programmeAreas?.source.quote);
  assert.equal(answer.quotes.length, 4);
});

test("a question's language decides the answer's, unless one is asked for; else the fallback", () => {
  const engine = new SearchEngine(book);
  assert.equal(ask("когда подписали меморандум", book, engine, undefined, "en").lang, "ru");
  assert.equal(ask("когда подписали меморандум", book, engine, "en", "ru").answer.slice(0, 16), "18 February 2014");
  assert.equal(ask("2002", book, engine, undefined, "ru").answer.slice(0, 11), "В 2002 году");
});

test("a question with nothing to look for is bad usage", () => {
  for (const text of ["когда?", "who", "what is it"]) {
    assert.throws(
      () => answerQuestion(text, parseQuestion(text), "en", book, new SearchEngine(book)),
      (error) => error instanceof UsageError && /names nothing to look for/.test(error.message),
      text,
    );
  }
});

test("a sentence gets a capital and one full stop", () => {
  assert.deepEqual(
    [sentence("июнь 2002 — Казахстан"), sentence("N. Nazarbayev."), sentence("«ЦРТ плюс»")],
    ["Июнь 2002 — Казахстан.", "N. Nazarbayev.", "«ЦРТ плюс»."],
  );
});
