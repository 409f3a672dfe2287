import assert from "node:assert/strict";
import { test } from "node:test";
import { answerQuestion, ask } from "../../src/ask/answer.js";
import { namedSignatories, otherParties, otherSignatories } from "../../src/ask/people.js";
import { within } from "../../src/ask/period.js";
import { phrases } from "../../src/ask/phrases.js";
import { atStage, bestFacts, type Searcher, withoutRepeats } from "../../src/ask/pick.js";
import { parseQuestion } from "../../src/ask/question.js";
import { type Asked, factAnswer, listOf, sentence } from "../../src/ask/sentences.js";
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
  terms: [],
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
});

test("who and where of an event: its summary, which says who did what and where", () => {
  const summary = fact("first-mission").summary;
  assert.equal(factAnswer(fact("first-mission"), asked("who"), book, "en"), summary.en);
  assert.equal(factAnswer(fact("first-mission"), asked("place"), book, "ru"), summary.ru);
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

test("who: a signatory named by another name for the role (the ombudsman), in either language", () => {
  const memorandum = book.byId.get("memorandum-child-rights");
  assert.ok(memorandum?.kind === "agreement");
  const names = (words: string[]) => namedSignatories(memorandum, words).map((person) => person.name.en);
  assert.deepEqual(names(["ombudsman"]), ["Askar Shakirov"]);
  assert.deepEqual(names(["омбудсмена"]), ["Askar Shakirov"]);
  assert.deepEqual(names(["commissioner"]), ["Askar Shakirov"]);
});

test("who signed with someone: the others; for someone: that one; the parties likewise", () => {
  const memorandum = book.byId.get("memorandum-child-rights");
  const basic = book.byId.get("basic-cooperation-agreement");
  assert.ok(memorandum?.kind === "agreement" && basic?.kind === "agreement");
  const names = (people: { name: { en: string } }[]) => people.map((person) => person.name.en);
  assert.deepEqual(names(otherSignatories(memorandum, ["unicef", "memorandum"])), ["Askar Shakirov"]);
  assert.deepEqual(names(otherSignatories(memorandum, ["memorandum"])), ["Jun Kukita", "Askar Shakirov"]);
  assert.deepEqual(names(otherSignatories(memorandum, ["kukita", "ombudsman"])), []);
  assert.deepEqual(
    otherParties(basic, ["юнисеф", "соглашение"]).map((party) => party.en),
    ["Government of the Republic of Kazakhstan"],
  );
  const who = (party: "with" | "for", terms: string[], lang: "en" | "ru") =>
    factAnswer(memorandum, asked("who", { party, terms }), book, lang);
  assert.equal(
    who("with", ["unicef"], "en"),
    "Askar Shakirov, Commissioner for Human Rights. Signed: 18 February 2014. Place: Astana.",
  );
  assert.equal(
    who("for", ["юнисеф"], "ru"),
    "Джун Кукита, Представитель Детского фонда ООН (ЮНИСЕФ). Подписано: 18 февраля 2014. Место: Астана.",
  );
  assert.equal(
    who("with", ["kukita", "shakirov"], "en"),
    "The source names no other signatory. Signed: 18 February 2014. Place: Astana.",
  );
  assert.equal(
    factAnswer(basic, asked("who", { party: "with", terms: ["unicef"] }), book, "en"),
    "The source names no signatories. Parties: Government of the Republic of Kazakhstan. Signed: 25 November 1994. Ratified: 10 April 2001.",
  );
});

test("a date at a milestone: the milestone's event, or the agreement that lacks it; an event of no agreement, its own", () => {
  const ids = (facts: Fact[]) => facts.map((found) => found.id);
  assert.deepEqual(ids(atStage([fact("optional-protocols-signed")], "ratified", book)), [
    "optional-protocol-sale-of-children",
    "optional-protocol-armed-conflict",
  ]);
  assert.deepEqual(ids(atStage([fact("basic-agreement-signed")], "ratified", book)), ["basic-agreement-ratified"]);
  assert.deepEqual(ids(atStage([fact("basic-cooperation-agreement")], "signed", book)), ["basic-agreement-signed"]);
  assert.deepEqual(ids(atStage([fact("memorandum-signed")], "signed", book)), ["memorandum-signed"]);
  assert.deepEqual(ids(atStage([fact("mdg-plus-agenda")], "signed", book)), ["mdg-plus-agenda"]);
});

test("for a date, an event dated only by another gives way to that other, wherever it comes", () => {
  const ids = (facts: Fact[]) => facts.map((found) => found.id);
  const relativeFirst = [fact("first-project-immunisation"), fact("mdg-plus-agenda"), fact("first-mission")];
  assert.deepEqual(ids(withoutRepeats(relativeFirst, true)), ["first-mission", "mdg-plus-agenda"]);
  assert.deepEqual(ids(withoutRepeats(relativeFirst, false)), [
    "first-project-immunisation",
    "mdg-plus-agenda",
    "first-mission",
  ]);
});

test("where: the place, or that the source names none", () => {
  assert.equal(
    factAnswer(fact("optional-protocol-armed-conflict"), asked("place"), book, "ru"),
    "Саммит тысячелетия. Подписано: сентябрь 2000.",
  );
  assert.equal(
    factAnswer(fact("basic-cooperation-agreement"), asked("place"), book, "en"),
    "The source names no place. Signed: 25 November 1994. Ratified: 10 April 2001.",
  );
});

test("Russian counts take the noun's form for the number", () => {
  const ru = phrases("ru");
  assert.deepEqual(
    [0, 1, 2, 5, 11, 21, 22].map((count) => ru.counted(count, "agreement", undefined, undefined)),
    ["0 соглашений", "1 соглашение", "2 соглашения", "5 соглашений", "11 соглашений", "21 соглашение", "22 соглашения"],
  );
  assert.equal(ru.counted(3, "program", "signed", within("2000")), "Подписано 3 программы в 2000 году");
  assert.equal(phrases("en").counted(1, "event", "ratified", within("2001")), "1 event ratified in 2001");
});

test("periods, times and undated events in each language", () => {
  const [en, ru] = [phrases("en"), phrases("ru")];
  assert.deepEqual(
    ["2002", "2002-06", "2014-02-18"].flatMap((date) => [en.inPeriod(within(date)), ru.inPeriod(within(date))]),
    ["in 2002", "в 2002 году", "in June 2002", "в июне 2002 года", "on 18 February 2014", "18 февраля 2014 года"],
  );
  assert.deepEqual(
    ["1999", "2011-06", "2015-02-18"].map((date) => ru.noEvents(within(date))),
    [
      "Источник не называет событий 1999 года.",
      "Источник не называет событий в июне 2011 года.",
      "Источник не называет событий 18 февраля 2015 года.",
    ],
  );
  assert.equal(en.noEvents(within("2011-06")), "The source names no events in June 2011.");
  assert.equal(en.counted(2, "agreement", "signed", within("2000-09")), "2 agreements signed in September 2000");
  assert.deepEqual([1, 2, 3].map(en.times), ["Once", "Twice", "3 times"]);
  assert.deepEqual([1, 2, 5, 22].map(ru.times), ["1 раз", "2 раза", "5 раз", "22 раза"]);
  assert.deepEqual(
    [en.undated(4), ru.undated(1)],
    [", 4 of them without a date of their own", ", 1 из них без собственной даты"],
  );
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
  for (const text of ["когда?", "who", "what is it", "how many times"]) {
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

test("a list in an answer joins its items with '; ', an item's own closing period dropped, an ellipsis kept", () => {
  assert.equal(
    listOf(["June 2002 — Certified.", "2011 — Again", "Plans…", "And so on..."]),
    "June 2002 — Certified; 2011 — Again; Plans…; And so on...",
  );
});
