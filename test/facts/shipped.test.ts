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
    undated.map((event) => [event.id, event.relativeDate]),
    [
      ["first-project-immunisation", { relation: "not-before", event: "first-mission" }],
      ["unicef-office-established", { relation: "before", event: "regular-programmes-start" }],
      ["mdg-progress", undefined],
      ["near-future-plans", undefined],
    ],
  );
});

test("the office is never dated 1994: the source says only that it came before the programmes of 1994", () => {
  const office = book.byId.get("unicef-office-established");
  assert.ok(office?.kind === "event");
  assert.equal(office.date, undefined);
  assert.equal(
    office.summary.en,
    "The UNICEF Office (Representation) in Kazakhstan was established before work on the regular programmes of the Government and UNICEF began in 1994.",
  );
  assert.match(office.summary.ru, /^Представительство ЮНИСЕФ в Казахстане было организовано до того, как в 1994 году/);
  for (const text of [office.title.en, office.title.ru, office.summary.en, office.summary.ru]) {
    assert.doesNotMatch(text, /^(In|В) 1994/);
  }
});

test("the first project is dated only by the mission that began UNICEF's activity, and is UNICEF's project", () => {
  const project = book.byId.get("first-project-immunisation");
  assert.ok(project?.kind === "event");
  assert.equal(project.date, undefined);
  assert.equal(
    project.title.en,
    "UNICEF's first project in Kazakhstan: immunisation of all children against measles and polio",
  );
  assert.match(project.summary.en, /UNICEF's first project was the immunisation/);
  assert.doesNotMatch(project.summary.en, /\bits first project\b/);
  assert.doesNotMatch(project.title.en, /begins/);
});

test("English text says Kazakhstan's, never Kazakh: the source speaks of the country, not the people or language", () => {
  for (const fact of book.facts) {
    for (const text of [fact.title.en, fact.summary.en]) assert.doesNotMatch(text, /\bKazakh\b/, fact.id);
  }
  assert.match(
    book.byId.get("social-policy-knowledge-management")?.summary.en ?? "",
    /strategies, Kazakhstan's legislation and public initiatives/,
  );
});

test("a person is named in English exactly as the signatory's name.en, everywhere", () => {
  const people = book.ofKind("agreement").flatMap((agreement) => agreement.signatories.map((person) => person.name));
  assert.ok(people.some((name) => name.en === "Jun Kukita" && name.ru === "Джун Кукита"));
  // Every English text of a fact: titles, summaries, search aids, and an agreement's parties, roles and place.
  const english = (fact: (typeof book.facts)[number]) => [
    fact.title.en,
    fact.summary.en,
    ...(fact.keywords?.en ?? []),
    ...(fact.kind === "agreement"
      ? [
          ...fact.parties.map((party) => party.en),
          ...fact.signatories.map((person) => person.role.en),
          fact.place?.en ?? "",
        ]
      : []),
  ];
  for (const { en } of people) {
    const surname = en.split(" ").at(-1) ?? en;
    for (const fact of book.facts) {
      for (const text of english(fact)) {
        // Every mention of the surname comes with the rest of the name as the signatory spells it.
        for (const match of text.matchAll(new RegExp(`\\S+ ${surname}\\b`, "g"))) {
          assert.equal(match[0], en, `${fact.id}: "${match[0]}" names ${en} another way`);
        }
      }
    }
  }
});

test("the Russian declines a signatory's name in full, or leaves it as the source gives it", () => {
  const memorandum = book.byId.get("memorandum-child-rights");
  assert.match(memorandum?.summary.ru ?? "", /Джуном Кукитой/);
  assert.doesNotMatch(memorandum?.summary.ru ?? "", /Джун Кукитой/);
});

test("parties the source does not name are marked as inferred from the signatories", () => {
  const parties = Object.fromEntries(
    book
      .ofKind("agreement")
      .map((agreement) => [agreement.id, agreement.parties.map((party) => party.inferred ?? false)]),
  );
  assert.deepEqual(parties, {
    "basic-cooperation-agreement": [false, false],
    "optional-protocol-sale-of-children": [true],
    "optional-protocol-armed-conflict": [true],
    "memorandum-child-rights": [true, true],
  });
});

test("the programme areas rest on the source's sentence that introduces them", () => {
  assert.equal(
    book.programmeAreas?.source.quote,
    "Деятельность ЮНИСЕФ в РК сосредоточена на следующих трех основных направлениях:",
  );
  assert.ok(SOURCE_TEXT.includes(book.programmeAreas?.source.quote ?? "?"));
});

test("every sentence of the source is quoted by a fact, or introduces the programme areas, or is the title", () => {
  const quotes = [...book.facts.map((fact) => fact.source.quote), book.programmeAreas?.source.quote ?? ""];
  const sentences = SOURCE_TEXT.split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && line !== shippedJson().source.title)
    .flatMap((line) => line.split(/(?<=[.:])\s+(?=[А-ЯЁ0-9])/));
  const unquoted = sentences.filter((sentence) => !quotes.some((quote) => quote.includes(sentence)));
  assert.deepEqual(unquoted, []);
});

test("the memorandum's event names the memorandum as the agreement does", () => {
  const event = book.byId.get("memorandum-signed");
  const agreement = book.byId.get("memorandum-child-rights");
  assert.ok(event && agreement);
  assert.ok(event.title.ru.includes(agreement.title.ru), event.title.ru);
  assert.ok(event.title.en.includes(agreement.title.en), event.title.en);
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
      ["Jun Kukita", "Askar Shakirov"],
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
