import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import fc from "fast-check";
import { generateFacts } from "../../bench/generate.js";
import { limitsFrom } from "../../src/facts/limits.js";
import { loadFactFile } from "../../src/facts/load.js";
import { matchesFilter } from "../../src/facts/query.js";
import { factJson } from "../../src/render/json.js";
import { searchOnce } from "../../src/search/engine.js";
import { type Shown, searchFactFile } from "../../src/search/file-search.js";
import { fuzzRuns, shippedJson } from "../helpers.js";
import { shownFacts } from "./arbitraries.js";

const dir = mkdtempSync(join(tmpdir(), "unicef-kz-file-search-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const limits = limitsFrom({});
const ALL = { filter: {}, limit: Number.MAX_SAFE_INTEGER };

function writeFile(name: string, file: unknown, indent = 1): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file, null, indent));
  return path;
}

// Generated facts around the shipped ones, whose agreements are dated by events they link to.
const shipped = shippedJson();
const generated = generateFacts(600, 11);
const mixedFile = {
  ...shipped,
  facts: [...generated.facts.slice(0, 300), ...shipped.facts, ...generated.facts.slice(300)],
};
const mixedPath = writeFile("mixed.json", mixedFile);
const compactPath = writeFile("compact.json", mixedFile, 0);
const whole = loadFactFile(mixedPath, limits);

/** What a search prints as JSON: every hit shown with its score, milestone dates and all. */
function printed(path: string, query: string, shown: Shown = ALL): unknown {
  const found = searchFactFile(path, query, shown, limits);
  assert.ok(found, `searched ${path} as read: ${query}`);
  const hits = found.hits.map((hit) => ({
    ...factJson(hit.fact, found.book),
    score: hit.score,
    terms: hit.matchedTerms,
  }));
  return { hits, total: found.total };
}

function printedWhole(query: string, shown: Shown = ALL): { hits: unknown[]; total: number } {
  const hits = searchOnce(whole, query).filter((hit) => matchesFilter(hit.fact, shown.filter, whole));
  const shownHits = hits.slice(0, shown.limit).map((hit) => ({
    ...factJson(hit.fact, whole),
    score: hit.score,
    terms: hit.matchedTerms,
  }));
  return { hits: shownHits, total: hits.length };
}

test("a file searched as it is read prints what the whole book's search prints", () => {
  const queries = ["полиомиелит", "poliomielit", "меморандум ратифицирован", "memorandun", "gjkbjvbtkbn", "1994"];
  for (const query of queries) {
    const expected = printedWhole(query);
    assert.ok(expected.hits.length > 0, query);
    if (query.startsWith("меморандум")) {
      const dated = (expected.hits as { milestones?: { date: string }[] }[]).filter((hit) => hit.milestones?.length);
      assert.ok(dated.length > 0, "agreements dated by the events they link to");
    }
    assert.deepEqual(printed(mixedPath, query), expected, query);
    assert.deepEqual(printed(compactPath, query), expected, query);
  }
});

test("searched as read or whole, any query of the file's words finds the same (property)", () => {
  const words = [...new Set(whole.facts.flatMap((fact) => `${fact.title.ru} ${fact.title.en}`.split(/\s+/)))];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), (chosen) => {
      const query = chosen.join(" ");
      assert.deepEqual(printed(mixedPath, query), printedWhole(query), query);
    }),
    { seed: 20261125, numRuns: fuzzRuns(20) },
  );
});

test("the facts shown, by kind, years and limit, are the first the whole search shows (property)", () => {
  const queries = fc.constantFrom("меморандум", "ратифицирован", "полиомиелит", "дети", "children", "1994", "unicef");
  fc.assert(
    fc.property(queries, shownFacts, (query, chosen) => {
      assert.deepEqual(printed(mixedPath, query, chosen), printedWhole(query, chosen), query);
    }),
    { seed: 20261126, numRuns: fuzzRuns(40) },
  );
});

test("a file with anything wrong is left to the whole load, which says what", () => {
  const [first, second] = shipped.facts;
  const cases: [string, unknown][] = [
    ["a fact the schema refuses", { ...shipped, facts: [{ ...first, kind: "meeting" }, ...shipped.facts.slice(1)] }],
    ["a link to no fact", { ...shipped, facts: [{ ...first, related: ["nowhere"] }, ...shipped.facts.slice(1)] }],
    ["a repeated id", { ...shipped, facts: [first, { ...second, id: first.id }, ...shipped.facts.slice(2)] }],
    ["an unknown top-level field", { ...shipped, extra: 1 }],
    ["no facts array", { source: shipped.source }],
  ];
  for (const [name, file] of cases) {
    assert.equal(searchFactFile(writeFile("bad.json", file), "полиомиелит", ALL, limits), undefined, name);
  }
  const path = writeFile("many.json", shipped);
  assert.equal(
    searchFactFile(path, "полиомиелит", ALL, limitsFrom({ UNICEF_KZ_MAX_FACTS: "5" })),
    undefined,
    "too many",
  );
  assert.ok(searchFactFile(path, "полиомиелит", ALL, limits), "the same file within the limits");
  assert.equal(searchFactFile(join(dir, "missing.json"), "полиомиелит", ALL, limits), undefined, "no such file");
  assert.equal(searchFactFile(dir, "полиомиелит", ALL, limits), undefined, "a directory");
});
