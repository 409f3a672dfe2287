import assert from "node:assert/strict";
import { test } from "node:test";
import { timeline } from "../../src/facts/query.js";
import { SHIPPED_TEXT, SOURCE_TEXT, shippedBook, shippedJson } from "../helpers.js";

const book = shippedBook();

test("the shipped file names the source document kept in data/source", () => {
  assert.equal(shippedJson().source.document, "source/unicef-kazakhstan.ru.txt");
  assert.equal(shippedJson().$schema, "./facts.schema.json");
});

test("every source quote stands verbatim in the source text", () => {
  for (const fact of book.facts)
    assert.ok(SOURCE_TEXT.includes(fact.source.quote), `${fact.id}: quote not in the source`);
});

test("the shipped file holds the events of the source with their dates, and no invented ones", () => {
  const dated = Object.fromEntries(timeline(book).map((event) => [event.id, event.date]));
  assert.deepEqual(dated, {
    "first-mission": "1992-02",
    "first-project-immunisation": "1992-02",
    "unicef-office-established": "1994",
    "regular-programmes-start": "1994",
    "basic-agreement-signed": "1994-11-25",
    "optional-protocols-signed": "2000-09",
    "basic-agreement-ratified": "2001-04-10",
    "polio-free-certification": "2002-06",
    "mdg-plus-agenda": "2007",
    "polio-free-recertification": "2011",
    "memorandum-signed": "2014-02-18",
  });
  const undated = book.ofKind("event").filter((event) => event.date === undefined);
  assert.deepEqual(
    undated.map((event) => event.id),
    ["mdg-progress", "near-future-plans"],
  );
});

test("every date in the file appears in its own quote, as the source writes it", () => {
  const monthWords = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
  ];
  for (const event of timeline(book)) {
    const [year, month, day] = event.date.split("-").map(Number);
    assert.ok(event.source.quote.includes(String(year)), `${event.id}: year`);
    if (month !== undefined) {
      const monthWord = monthWords[month - 1] ?? "";
      const pattern = new RegExp(`${day === undefined ? "" : `${day} `}${monthWord}\\p{L}* ${year}`, "u");
      assert.match(event.source.quote, pattern, event.id);
    }
  }
});

test("the three programme areas carry the source's own titles", () => {
  assert.deepEqual(
    book.ofKind("program").map((program) => program.title.ru),
    ["Социальная политика и управление знаниями", "Здоровье и развитие детей и подростков", "Охрана детства"],
  );
});

test("agreements take their dates from the events they link to", () => {
  const dates = Object.fromEntries(
    book
      .ofKind("agreement")
      .map((agreement) => [
        agreement.id,
        book.datedMilestones(agreement).map((milestone) => `${milestone.stage} ${milestone.date}`),
      ]),
  );
  assert.deepEqual(dates, {
    "basic-cooperation-agreement": ["signed 1994-11-25", "ratified 2001-04-10"],
    "optional-protocol-sale-of-children": ["signed 2000-09"],
    "optional-protocol-armed-conflict": ["signed 2000-09"],
    "memorandum-child-rights": ["signed 2014-02-18"],
  });
  const memorandum = book.byId.get("memorandum-child-rights");
  assert.equal(memorandum?.kind, "agreement");
  if (memorandum?.kind === "agreement") {
    assert.deepEqual(
      memorandum.signatories.map((person) => person.name.en),
      ["June Kukita", "Askar Shakirov"],
    );
    assert.equal(memorandum.place?.en, "Astana");
  }
});

test("the English titles use the official names of the Optional Protocols", () => {
  assert.equal(
    book.byId.get("optional-protocol-sale-of-children")?.title.en,
    "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
  );
  assert.equal(
    book.byId.get("optional-protocol-armed-conflict")?.title.en,
    "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
  );
});

test("the shipped file is sorted by date within each kind", () => {
  const events = book.ofKind("event");
  const datedOrder = events.filter((event) => event.date).map((event) => event.date ?? "");
  assert.deepEqual(datedOrder, [...datedOrder].sort());
  assert.ok(SHIPPED_TEXT.length > 0);
});
