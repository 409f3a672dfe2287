// The corrected facts as a user sees them (issue: the fact file, to the letter): events, timeline
// and show, in both languages, never give the office or the first project a date of their own.
import assert from "node:assert/strict";
import { test } from "node:test";
import { run } from "../helpers.js";

const wide = { COLUMNS: "100" };

test("show gives the office only the relative date the source gives, in English and Russian", () => {
  const en = run(["show", "unicef-office-established"], { env: wide }).stdout.split("\n");
  assert.deepEqual(en.slice(0, 6), [
    "UNICEF Office in Kazakhstan established",
    "Организовано Представительство ЮНИСЕФ в Казахстане",
    "unicef-office-established · event · no later than 1994",
    "",
    "  The UNICEF Office (Representation) in Kazakhstan was established before work on the regular",
    "  programmes of the Government and UNICEF began in 1994.",
  ]);
  const ru = run(["show", "unicef-office-established", "--lang", "ru"], { env: wide }).stdout.split("\n");
  assert.equal(ru[2], "unicef-office-established · событие · не позднее 1994 года");
});

test("show dates the first project only by the mission that began UNICEF's activity", () => {
  const en = run(["show", "first-project-immunisation"], { env: wide }).stdout.split("\n");
  assert.deepEqual(en.slice(0, 3), [
    "UNICEF's first project in Kazakhstan: immunisation of all children against measles and polio",
    "Первый проект ЮНИСЕФ в Казахстане: иммунизация всех детей против кори и полиомиелита",
    "first-project-immunisation · event · not before February 1992",
  ]);
  const ru = run(["show", "first-project-immunisation", "--lang", "ru"], { env: wide }).stdout.split("\n");
  assert.equal(ru[2], "first-project-immunisation · событие · не ранее февраля 1992 года");
});

test("events and timeline list neither as an event of 1992 or 1994, and name them with their relative dates", () => {
  const records = run(["events", "--year", "1994"]).stdout;
  assert.equal(
    records,
    "1994\tregular-programmes-start\tRegular programmes of the Government of Kazakhstan and UNICEF begin\n" +
      "1994-11-25\tbasic-agreement-signed\tBasic Cooperation Agreement signed\n",
  );
  assert.deepEqual(
    JSON.parse(run(["events", "--json", "--to", "1994"]).stdout).map((event: { id: string }) => event.id),
    ["first-mission", "regular-programmes-start", "basic-agreement-signed"],
  );
  const footer = [
    "Events without a date of their own: first-project-immunisation (not before February 1992),",
    "unicef-office-established (no later than 1994), mdg-progress, near-future-plans",
    "",
  ].join("\n");
  assert.ok(run(["events", "--table"], { env: wide }).stdout.endsWith(footer));
  assert.ok(run(["timeline"], { env: wide }).stdout.endsWith(`\n\n${footer}`));
  const russian = [
    "События без собственной даты: first-project-immunisation (не ранее февраля 1992 года),",
    "unicef-office-established (не позднее 1994 года), mdg-progress, near-future-plans",
    "",
  ].join("\n");
  assert.ok(run(["events", "--table", "--lang", "ru"], { env: wide }).stdout.endsWith(russian));
  assert.ok(run(["timeline", "--lang", "ru"], { env: wide }).stdout.endsWith(russian));
});

test("parties the source does not name are shown as inferred; the programme areas rest on the source's sentence", () => {
  // In a table, each party the source does not name is marked right after its name; the card says why.
  const table = run(["agreements", "--table"], { env: { COLUMNS: "200" } }).stdout;
  assert.match(table, /│ Republic of Kazakhstan \(inferred\) +│ September 2000 /);
  assert.match(
    table,
    /│ United Nations Children's Fund \(UNICEF\) +│ 18 February 2014 │.*\n│ [^│]+│ \(inferred\); Commissioner for Human Rights +│.*\n│ +│ \(inferred\) +│/,
  );
  assert.match(table, /│ Government of the Republic of Kazakhstan; United +│/);
  const russian = run(["agreements", "--table", "--lang", "ru"], { env: { COLUMNS: "200" } }).stdout;
  assert.match(
    russian,
    /│ Детский фонд ООН \(ЮНИСЕФ\) \(выведено\); +│ 18 февраля 2014 │.*\n│ [^│]+│ Уполномоченный по правам человека \(выведено\) +│/,
  );
  const card = run(["show", "memorandum-child-rights"], { env: wide }).stdout;
  assert.ok(
    card.includes(
      "Parties\n  United Nations Children's Fund (UNICEF) (inferred from the signatories)\n  Commissioner for Human Rights (inferred from the signatories)\n",
    ),
    card,
  );
  // Scripts read the mark from the JSON.
  assert.deepEqual(JSON.parse(run(["show", "optional-protocol-armed-conflict", "--json"]).stdout).parties, [
    { ru: "Республика Казахстан", en: "Republic of Kazakhstan", inferred: true },
  ]);
  const programs = run(["programs", "--table", "--lang", "ru"], { env: wide }).stdout;
  assert.ok(programs.startsWith("Деятельность ЮНИСЕФ в РК сосредоточена на трех основных направлениях.\n┌"));
  const programme = run(["show", "child-protection"], { env: wide }).stdout;
  assert.ok(
    programme.includes(
      "Source\n  Деятельность ЮНИСЕФ в РК сосредоточена на следующих трех основных направлениях:\n\n  3. Охрана детства\n",
    ),
  );
});

test("agreements at the default 100 columns show every column, parties to place; an id breaks once after a hyphen, never a word", () => {
  const table = run(["agreements", "--table"], { env: wide }).stdout;
  assert.equal(
    table,
    `${[
      "┌──────────────────────────┬────────────────┬──────────────────┬───────────────┬───────────────────┐",
      "│ Title                    │ Parties        │ Signed           │ Ratified      │ Place             │",
      "├──────────────────────────┼────────────────┼──────────────────┼───────────────┼───────────────────┤",
      "│ Basic Cooperation        │ Government of  │ 25 November 1994 │ 10 April 2001 │ —                 │",
      "│ Agreement between the    │ the Republic   │                  │               │                   │",
      "│ Government of the        │ of Kazakhstan; │                  │               │                   │",
      "│ Republic of Kazakhstan   │ United Nations │                  │               │                   │",
      "│ and the United Nations   │ Children's     │                  │               │                   │",
      "│ Children's Fund          │ Fund (UNICEF)  │                  │               │                   │",
      "│ (basic-cooperation-      │                │                  │               │                   │",
      "│ agreement)               │                │                  │               │                   │",
      "├──────────────────────────┼────────────────┼──────────────────┼───────────────┼───────────────────┤",
      "│ Optional Protocol to the │ Republic of    │ September 2000   │ —             │ Millennium Summit │",
      "│ Convention on the Rights │ Kazakhstan     │                  │               │                   │",
      "│ of the Child on the sale │ (inferred)     │                  │               │                   │",
      "│ of children, child       │                │                  │               │                   │",
      "│ prostitution and child   │                │                  │               │                   │",
      "│ pornography              │                │                  │               │                   │",
      "│ (optional-protocol-sale- │                │                  │               │                   │",
      "│ of-children)             │                │                  │               │                   │",
      "├──────────────────────────┼────────────────┼──────────────────┼───────────────┼───────────────────┤",
      "│ Optional Protocol to the │ Republic of    │ September 2000   │ —             │ Millennium Summit │",
      "│ Convention on the Rights │ Kazakhstan     │                  │               │                   │",
      "│ of the Child on the      │ (inferred)     │                  │               │                   │",
      "│ involvement of children  │                │                  │               │                   │",
      "│ in armed conflict        │                │                  │               │                   │",
      "│ (optional-protocol-      │                │                  │               │                   │",
      "│ armed-conflict)          │                │                  │               │                   │",
      "├──────────────────────────┼────────────────┼──────────────────┼───────────────┼───────────────────┤",
      "│ Memorandum of            │ United Nations │ 18 February 2014 │ —             │ Astana            │",
      "│ Understanding on the     │ Children's     │                  │               │                   │",
      "│ protection and promotion │ Fund (UNICEF)  │                  │               │                   │",
      "│ of children's rights in  │ (inferred);    │                  │               │                   │",
      "│ Kazakhstan               │ Commissioner   │                  │               │                   │",
      "│ (memorandum-child-       │ for Human      │                  │               │                   │",
      "│ rights)                  │ Rights         │                  │               │                   │",
      "│                          │ (inferred)     │                  │               │                   │",
      "└──────────────────────────┴────────────────┴──────────────────┴───────────────┴───────────────────┘",
    ].join("\n")}\n`,
  );
  const russian = run(["agreements", "--table", "--lang", "ru"], { env: wide }).stdout.split("\n");
  assert.equal(
    russian[1],
    "│ Название               │ Стороны         │ Подписано       │ Ратифицировано │ Место              │",
  );
});
