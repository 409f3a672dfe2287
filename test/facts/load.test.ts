import assert from "node:assert/strict";
import { test } from "node:test";
import { DataError } from "../../src/errors.js";
import { loadFactText } from "../../src/facts/load.js";
import { SHIPPED_TEXT, shippedJson } from "../helpers.js";

type Mutation = (file: ReturnType<typeof shippedJson>) => void;

/** Loads a mutated copy of the shipped file and returns the one-line message it is refused with. */
function refusal(mutate: Mutation): string {
  const file = shippedJson();
  mutate(file);
  try {
    loadFactText(JSON.stringify(file, null, 2), "bad.json");
  } catch (error) {
    assert.ok(error instanceof DataError);
    assert.equal(error.exitCode, 2);
    return error.message;
  }
  assert.fail("the file was accepted");
}

const cases: [string, Mutation, string][] = [
  ["a missing field", (f) => delete f.facts[3].title, 'bad.json: facts[3].title: missing field "title"'],
  ["a field of the wrong type", (f) => (f.facts[0].tags = "x"), 'bad.json: facts[0].tags: expected an array, got "x"'],
  [
    "an unknown kind",
    (f) => (f.facts[1].kind = "meeting"),
    'bad.json: facts[1].kind: expected "event", "program" or "agreement", got "meeting"',
  ],
  [
    "a date that does not exist",
    (f) => (f.facts[3].date = "2001-02-30"),
    'bad.json: facts[3].date: must be a date that exists, got "2001-02-30"',
  ],
  [
    "a date in another format",
    (f) => (f.facts[3].date = "25.11.1994"),
    'bad.json: facts[3].date: must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, got "25.11.1994"',
  ],
  [
    "a duplicated id",
    (f) => (f.facts[2].id = "first-mission"),
    'bad.json: facts[2].id: duplicate id "first-mission" (already used by facts[0]); ids must be unique',
  ],
  [
    "a link to no fact",
    (f) => (f.facts[0].related = ["nowhere"]),
    'bad.json: facts[0].related[0]: links to "nowhere", but no fact has that id',
  ],
  [
    "an unknown field",
    (f) => (f.facts[0].colour = "red"),
    "bad.json: facts[0].colour: unknown field (not in the schema; see `unicef-kz schema`)",
  ],
  ["an empty title", (f) => (f.facts[0].title.en = "  "), 'bad.json: facts[0].title.en: must not be empty, got "  "'],
  [
    "an id that is not kebab-case",
    (f) => (f.facts[0].id = "First Mission"),
    'bad.json: facts[0].id: must be a kebab-case id such as first-mission, got "First Mission"',
  ],
  [
    "ratified before signed",
    (f) => (f.facts[6].date = "1990-01-01"),
    "bad.json: facts[16].milestones: ratified (1990-01-01) before it was signed (1994-11-25); the signed date must come first",
  ],
  [
    "a milestone on an undated event",
    (f) => (f.facts[16].milestones[0].event = "mdg-progress"),
    'bad.json: facts[16].milestones[0].event: "mdg-progress" must be a dated event (it holds the signed date)',
  ],
  ["no facts array", (f) => delete f.facts, 'bad.json: facts: missing field "facts"'],
  [
    "an id too long",
    (f) => (f.facts[0].id = "a".repeat(201)),
    "bad.json: facts[0].id: must be at most 200 characters long, got 201: shorten it",
  ],
  // valibot reads an array as an object with every field missing: the array is what is wrong.
  [
    "an array for an object",
    (f) => (f.facts[0].title = ["a", "b"]),
    "bad.json: facts[0].title: expected an object, got an array",
  ],
  ["an array for a fact", (f) => (f.facts[0] = []), "bad.json: facts[0]: expected an object, got an array"],
];

for (const [name, mutate, message] of cases) {
  test(`refuses ${name} with the file, the JSON path and what was expected`, () => {
    assert.equal(refusal(mutate), message);
  });
}

test("broken JSON is located by line and column", () => {
  const broken = SHIPPED_TEXT.replace('"kind": "event",', '"kind": "event",,');
  assert.throws(() => loadFactText(broken, "bad.json"), {
    message: "bad.json: not valid JSON: line 20, column 23: expected a property name in double quotes",
  });
  assert.throws(() => loadFactText("", "empty.json"), {
    message: "empty.json: not valid JSON: line 1, column 1: the file is empty",
  });
  assert.throws(() => loadFactText('{"facts": [] // note\n}', "c.json"), {
    message: "c.json: not valid JSON: line 1, column 14: comments are not allowed in JSON",
  });
});

test("a top level that is not an object is refused", () => {
  assert.throws(() => loadFactText("[]", "a.json"), {
    message: 'a.json: expected an object with a "facts" array at the top level, got an array',
  });
});

test("a UTF-8 byte order mark is accepted", () => {
  assert.equal(loadFactText(`\ufeff${SHIPPED_TEXT}`, "bom.json").facts.length, 20);
});

test("__proto__ and constructor keys are unknown fields: refused, and nothing is polluted", () => {
  for (const key of ["__proto__", "constructor"]) {
    const text = SHIPPED_TEXT.replace('"id": "first-mission",', `"${key}": {"polluted": true}, "id": "first-mission",`);
    assert.throws(() => loadFactText(text, "p.json"), {
      message: `p.json: facts[0].${key}: unknown field (not in the schema; see \`unicef-kz schema\`)`,
    });
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
