import assert from "node:assert/strict";
import { test } from "node:test";
import { run, shippedBook } from "../helpers.js";

const book = shippedBook();
const quoteOf = (id: string) => book.byId.get(id)?.source.quote ?? "";

test("ask for a milestone the source does not date: it says so, and what it does give, with the agreements", () => {
  assert.deepEqual(run(["ask", "when were the optional protocols ratified?"]), {
    stdout: [
      "The source gives no date of ratification. Signed: September 2000.",
      "",
      "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography (optional-protocol-sale-of-children)",
      "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict (optional-protocol-armed-conflict)",
      "",
      "Source",
      `  ${quoteOf("optional-protocol-sale-of-children")}`,
      "",
    ].join("\n"),
    stderr: "",
    status: 0,
  });
});

test("ask when UNICEF's work began: the first mission, whose quote says it began that work", () => {
  assert.deepEqual(run(["ask", "когда", "юнисеф", "начал", "работу", "в", "казахстане"]), {
    stdout: [
      "Февраль 1992 — Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан.",
      "",
      "Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан (first-mission)",
      "",
      "Источник",
      `  ${quoteOf("first-mission")}`,
      "",
    ].join("\n"),
    stderr: "",
    status: 0,
  });
});

test("ask how many times, in JSON: asks count, the dated events in date order", () => {
  const result = run(["ask", "how many times was kazakhstan certified polio-free", "--json"]);
  assert.equal(result.status, 0);
  const answer = JSON.parse(result.stdout);
  assert.deepEqual(
    { ...answer, facts: answer.facts.map((fact: { id: string }) => fact.id) },
    {
      question: "how many times was kazakhstan certified polio-free",
      asks: "count",
      answer: "Twice: June 2002 — Kazakhstan certified polio-free; 2011 — Kazakhstan certified polio-free again.",
      facts: ["polio-free-certification", "polio-free-recertification"],
      quotes: [quoteOf("polio-free-certification")],
    },
  );
});

test("ask who the ombudsman is: the one signatory the role names", () => {
  const { stdout, status } = run(["ask", "кто", "омбудсмен"]);
  assert.equal(status, 0);
  assert.deepEqual(stdout.split("\n").slice(0, 3), [
    "Аскар Шакиров, Уполномоченный по правам человека. Подписано: 18 февраля 2014. Место: Астана.",
    "",
    "Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане (memorandum-child-rights)",
  ]);
});

test("ask what UNICEF does: the programme areas, resting on the sentence that introduces them", () => {
  const answer = JSON.parse(run(["ask", "what does unicef do in kazakhstan", "--json"]).stdout);
  assert.deepEqual(
    [answer.asks, answer.answer, answer.quotes[0]],
    [
      "what",
      "3 programmes: Social policy and knowledge management; Child and adolescent health and development; Child protection.",
      book.programmeAreas?.source.quote,
    ],
  );
});

test("ask about a month: its events, or that the source names none and exit 1", () => {
  const firstLine = (args: string[]) => run(["ask", ...args]).stdout.split("\n")[0];
  assert.equal(
    firstLine(["что", "произошло", "в", "июне", "2002", "года"]),
    "В июне 2002 года: Казахстан сертифицирован как страна, свободная от полиомиелита.",
  );
  assert.deepEqual(run(["ask", "what happened in june 2011"]), {
    stdout: "The source names no events in June 2011.\n",
    stderr: "",
    status: 1,
  });
});
