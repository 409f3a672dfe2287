import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parseAllInBatches } from "../../src/facts/batches.js";
import { spotProblem } from "../../src/facts/broken-spot.js";
import { inspectFactText } from "../../src/facts/load.js";
import { fuzzRuns, shippedJson } from "../helpers.js";

/** The shipped facts five times over (new ids): 150 KB, several batches. */
const file = shippedJson();
file.facts = [0, 1, 2, 3, 4].flatMap((copy) =>
  file.facts.map((fact: { id: string }) => ({
    ...fact,
    id: `${fact.id}-${copy}`,
    related: [],
    milestones: [],
    relativeDate: undefined,
  })),
);
for (const fact of file.facts) if (fact.kind !== "agreement") delete fact.milestones;
const TEXT = JSON.stringify(file, null, 2);

/** What the reading in batches says is wrong, from the spot alone; undefined if it leaves it to the whole text. */
function spotMessage(text: string, piece: number): string | undefined {
  const bytes = Buffer.from(text);
  let from = 0;
  const outcome = parseAllInBatches(
    (buffer, offset) => {
      const count = bytes.copy(buffer, offset, from, Math.min(bytes.length, from + piece));
      from += count;
      return count;
    },
    4096,
    64,
    1e6,
  );
  if (outcome === undefined || !("broken" in outcome)) return undefined;
  const problem = spotProblem(outcome.broken, (buffer, position) => bytes.copy(buffer, 0, position));
  return problem && (problem.path === "" ? problem.message : `${problem.path}: ${problem.message}`);
}

function wholeMessage(text: string): string | undefined {
  const [problem] = inspectFactText(text, "x.json").problems;
  return problem && (problem.path === "" ? problem.message : `${problem.path}: ${problem.message}`);
}

test("the file is valid as it is, and read the same both ways", () => {
  assert.equal(wholeMessage(TEXT), undefined);
  assert.equal(spotMessage(TEXT, 5000), undefined);
});

test("a broken file: the spot says what the whole text says, line and column included (property)", () => {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.integer({ min: 0, max: 2 }),
    insert: fc.constantFrom("", ",", "[", "]", "{", "}", '"', "\\", ":", "x", "\n", "é", "😀", "\u0001", "01"),
  });
  let located = 0;
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 2 }), fc.integer({ min: 1, max: 70_000 }), (edits, piece) => {
      let text = TEXT;
      for (const { at, remove, insert } of edits) {
        const place = at % (text.length + 1);
        text = text.slice(0, place) + insert + text.slice(place + remove);
      }
      const fromSpot = spotMessage(text, piece);
      if (fromSpot === undefined) return;
      located += 1;
      assert.equal(fromSpot, wholeMessage(text));
    }),
    { seed: 20261124, numRuns: fuzzRuns(500) },
  );
  assert.ok(located > 200, `only ${located} spots`);
});

test("a key given twice: the spot names the key the whole text names (property)", () => {
  const facts: { id: string }[] = file.facts;
  fc.assert(
    fc.property(fc.nat(facts.length - 1), fc.constantFrom("kind", "id", "tags"), (index, key) => {
      const id = facts[index]?.id ?? "";
      const text = TEXT.replace(`"id": "${id}",`, `"id": "${id}", "${key}": 1,`);
      const expected = wholeMessage(text);
      assert.equal(expected, `facts[${index}].${key}: the key is given twice; give each key once`);
      assert.equal(spotMessage(text, 3000), expected);
    }),
    { seed: 20261124, numRuns: fuzzRuns(200) },
  );
});
