// What the tool says, word for word: plurals, headings, hints, languages and colour.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, run, shippedJson } from "../helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "unicef-kz-wording-"));
const writeTemp = (name: string, value: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

test("validate counts in words: 1 fact, 1 event, 0 programs; 1 problem", () => {
  const file = shippedJson();
  file.facts = [{ ...file.facts[0], related: [] }];
  const one = writeTemp("one.json", file);
  assert.equal(run(["validate", one]).stdout, `${one}: valid, 1 fact (1 event, 0 programs, 0 agreements)\n`);
  file.facts[0].related = ["nowhere"];
  const bad = writeTemp("one-problem.json", file);
  assert.equal(
    run(["validate", bad]).stderr,
    `unicef-kz: ${bad}: facts[0].related[0]: links to "nowhere", but no fact has that id\n` +
      `unicef-kz: ${bad}: 1 problem; see \`unicef-kz schema\` for the format\n`,
  );
});

test("validate --json gives the verdict and every problem as data", () => {
  assert.deepEqual(JSON.parse(run(["validate", "--json"]).stdout), {
    file: `${ROOT}data/unicef-kz.json`,
    valid: true,
    facts: 20,
    kinds: { event: 13, program: 3, agreement: 4 },
    problems: [],
  });
  const file = shippedJson();
  file.facts[0].date = "1992-13";
  file.facts[1].related = ["x"];
  file.facts[2].colour = "red";
  const path = writeTemp("three.json", file);
  const result = run(["validate", path, "--json"]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, "");
  assert.deepEqual(JSON.parse(result.stdout), {
    file: path,
    valid: false,
    facts: null,
    kinds: null,
    problems: [
      { path: "facts[0].date", message: 'must be a date that exists, got "1992-13"' },
      { path: "facts[1].related[0]", message: 'links to "x", but no fact has that id' },
      { path: "facts[2].colour", message: "unknown field (not in the schema; see `unicef-kz schema`)" },
    ],
  });
});

test("a link to a fact the schema refused is not called broken; a milestone on it is not checked", () => {
  const file = shippedJson();
  const signed = file.facts.findIndex((fact: { id: string }) => fact.id === "basic-agreement-signed");
  file.facts[signed].date = "1994-11-31";
  const path = writeTemp("refused-event.json", file);
  assert.deepEqual(JSON.parse(run(["validate", path, "--json"]).stdout).problems, [
    { path: `facts[${signed}].date`, message: 'must be a date that exists, got "1994-11-31"' },
  ]);
});

test("validate of a path given to it says to check that path, not --data", () => {
  assert.deepEqual(run(["validate", "nowhere.json"]), {
    stdout: "",
    stderr: "unicef-kz: nowhere.json: cannot read it (no such file); check the path\n",
    status: 2,
  });
  assert.match(
    run(["validate", "--data", "nowhere.json"]).stderr,
    /check the path given with --data or UNICEF_KZ_DATA\n$/,
  );
});

test("a card's Milestone of heading is capitalised and names each agreement by id and title", () => {
  const card = run(["show", "optional-protocols-signed"], { env: { COLUMNS: "200" } }).stdout;
  assert.ok(
    card.includes(
      "\n\nMilestone of\n" +
        "  Signed: optional-protocol-sale-of-children — Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography\n" +
        "  Signed: optional-protocol-armed-conflict — Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict\n\n",
    ),
    card,
  );
  assert.match(
    run(["show", "memorandum-signed", "--lang", "ru"], { env: { COLUMNS: "200" } }).stdout,
    /\n\nЭтап документа\n {2}Подписано: memorandum-child-rights — Меморандум/,
  );
});

test("the events table names a stage once for all the agreements an event marks", () => {
  const table = run(["events", "--table", "--year", "2000", "--no-color"], { env: { COLUMNS: "250" } }).stdout;
  assert.match(
    table,
    /\(optional-protocols-signed\) — signed: optional-protocol-sale-of-children, optional-protocol-armed-conflict +│/,
  );
  assert.equal(table.split("signed:").length, 2);
});

test("--lang takes a language or a locale in any case; Kazakh is shown in Russian", () => {
  const firstTitle = (args: string[], env: Record<string, string> = {}) =>
    run(["programs", ...args], { env }).stdout.split("\t")[1];
  for (const lang of ["EN", "en_US", "en_US.UTF-8", "En-gb"])
    assert.equal(firstTitle(["--lang", lang]), "Social policy and knowledge management", lang);
  for (const lang of ["RU", "ru_RU.UTF-8", "kk", "kk_KZ"])
    assert.equal(firstTitle(["--lang", lang]), "Социальная политика и управление знаниями", lang);
  assert.equal(firstTitle([], { LANG: "kk_KZ.UTF-8" }), "Социальная политика и управление знаниями");
  assert.equal(firstTitle([], { LANGUAGE: "ru:en", LANG: "en_US.UTF-8" }), "Социальная политика и управление знаниями");
  assert.equal(firstTitle([], { LANGUAGE: "en", LC_ALL: "ru_RU.UTF-8" }), "Social policy and knowledge management");
  // In the C locale, gettext ignores LANGUAGE; so does unicef-kz.
  assert.equal(firstTitle([], { LANGUAGE: "ru", LANG: "C.UTF-8" }), "Social policy and knowledge management");
  assert.match(run(["events", "--lang", "de"]).stderr, /"de" is not a language; use ru or en/);
});

test("FORCE_COLOR=0 and FORCE_COLOR=false turn colour off, as for Node and chalk", () => {
  const esc = "\u001b[";
  assert.ok(run(["events", "--table"], { env: { FORCE_COLOR: "1" } }).stdout.includes(esc));
  assert.ok(run(["events", "--table"], { env: { FORCE_COLOR: "" } }).stdout.includes(esc));
  for (const off of ["0", "false"])
    assert.ok(!run(["events", "--table"], { env: { FORCE_COLOR: off } }).stdout.includes(esc), off);
});

test("in a pipe, nothing matched is silent, as grep is: exit 1 says it", () => {
  assert.deepEqual(run(["search", "bitcoin"]), { stdout: "", stderr: "", status: 1 });
  assert.deepEqual(run(["events", "--year", "1993"]), { stdout: "", stderr: "", status: 1 });
});
