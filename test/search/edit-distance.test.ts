import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { allowedEdits, boundedEditDistance } from "../../src/search/edit-distance.js";
import { editCandidateTest } from "../../src/search/vocabulary.js";
import { fuzzRuns } from "../helpers.js";

/** The optimal string alignment distance, worked out in full: what the bounded one must agree with. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

const letter = fc.constantFrom(..."абвгдеилмнопрстaeinorst".split(""));
const word = fc.string({ unit: letter, minLength: 0, maxLength: 12 });

test("edits allowed grow with the word: none up to 4 letters, one up to 8, two from 9", () => {
  assert.deepEqual([1, 3, 4, 5, 8, 9, 15].map(allowedEdits), [0, 0, 0, 1, 1, 2, 2]);
  assert.equal(boundedEditDistance("measels", "measles", 1), 1, "a swap is one edit");
  assert.equal(boundedEditDistance("астана", "страна", 2), 2);
  assert.equal(boundedEditDistance("астана", "страна", 1), 2, "past the limit: limit + 1");
});

test("the bounded distance is the full distance, or limit + 1 past the limit (property)", () => {
  fc.assert(
    fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
      assert.equal(boundedEditDistance(a, b, limit), Math.min(editDistance(a, b), limit + 1), `${a} ${b} ${limit}`);
    }),
    { seed: 20261202, numRuns: fuzzRuns(3000) },
  );
});

test("the pre-check before counting edits never turns away a word within the edits allowed (property)", () => {
  const edit = fc.tuple(fc.nat(), fc.constantFrom("change", "drop", "add", "swap"), letter);
  let within = 0;
  fc.assert(
    fc.property(
      fc.string({ unit: letter, minLength: 5, maxLength: 14 }),
      fc.array(edit, { maxLength: 2 }),
      (pattern, edits) => {
        let candidate = pattern;
        for (const [position, how, added] of edits) {
          const at = position % (candidate.length + 1);
          if (how === "add") candidate = candidate.slice(0, at) + added + candidate.slice(at);
          else if (how === "swap")
            candidate =
              candidate.slice(0, at) +
              candidate.slice(at + 1, at + 2) +
              candidate.slice(at, at + 1) +
              candidate.slice(at + 2);
          else candidate = candidate.slice(0, at) + (how === "change" ? added : "") + candidate.slice(at + 1);
        }
        const limit = allowedEdits(pattern.length);
        if (editDistance(pattern, candidate) > limit) return;
        within += 1;
        assert.ok(editCandidateTest(pattern, limit)(candidate), `${pattern} → ${candidate}`);
      },
    ),
    { seed: 20261202, numRuns: fuzzRuns(5000) },
  );
  assert.ok(within > 1000, `only ${within} cases were within the limit; the property was hardly tested`);
});
