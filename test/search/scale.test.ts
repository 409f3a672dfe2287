import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { generateFacts } from "../../bench/generate.js";
import { FactBook } from "../../src/facts/factbook.js";
import { SearchEngine, type SearchHit, savedSearchIndex, searchOnce } from "../../src/search/engine.js";
import { tokenize } from "../../src/search/normalize.js";
import { fuzzRuns, shippedBook } from "../helpers.js";
import { typedWord } from "./arbitraries.js";

const shipped = shippedBook();
// The shipped facts among generated ones, more than scanFacts's SMALL_BOOK so that the one-off search
// takes the scanning loop; ids differ, so nothing links across the two.
const mixed = new FactBook([...generateFacts(1100, 7).facts, ...shipped.facts], "mixed");
const engine = new SearchEngine(mixed);
const words = [...new Set(mixed.facts.flatMap((fact) => tokenize(`${fact.title.ru} ${fact.summary.en} ${fact.id}`)))];

const summary = (hits: SearchHit[]) => hits.map((hit) => `${hit.fact.id} ${hit.score} ${hit.matchedTerms.join(",")}`);

const typed = typedWord(words, 3);

test("a one-off search finds exactly what the indexed search finds (property)", () => {
  fc.assert(
    fc.property(fc.array(typed, { minLength: 1, maxLength: 3 }), (typed) => {
      const query = typed.join(" ");
      assert.deepEqual(summary(searchOnce(mixed, query)), summary(engine.search(query)), query);
    }),
    { seed: 20261124, numRuns: fuzzRuns(30) },
  );
});

test("an index saved as JSON, as the build saves the shipped book's, searches as it did (property)", () => {
  const saved = JSON.parse(JSON.stringify(savedSearchIndex(mixed)));
  fc.assert(
    fc.property(fc.array(typed, { minLength: 1, maxLength: 3 }), (typed) => {
      const query = typed.join(" ");
      assert.deepEqual(summary(searchOnce(mixed, query, saved)), summary(engine.search(query)), query);
    }),
    { seed: 20261125, numRuns: fuzzRuns(30) },
  );
});

test("a fact's score for one word it holds does not depend on the facts around it", () => {
  const alone = new SearchEngine(shipped);
  for (const query of ["полиомиелит", "poliomielit", "gjkbjvbtkbn", "memorand", "1994", "Назарбаев"]) {
    const inMixed = summary(searchOnce(mixed, query).filter((hit) => shipped.byId.has(hit.fact.id)));
    assert.deepEqual(inMixed, summary(alone.search(query)), query);
  }
});

test("a one-off search keeps words whose Latin spelling is longer than they are (щ is shch)", () => {
  const [first] = shipped.facts;
  assert.ok(first);
  const facts = ["ащи", "щ", "шьет", "щука"].map((word, index) => ({
    ...first,
    id: `word-${index}`,
    title: { ru: word, en: "x" },
    summary: { ru: "x", en: "x" },
    source: { quote: "x" },
    tags: [],
    related: [],
  }));
  const book = new FactBook(facts, "letters");
  const indexed = new SearchEngine(book);
  // ащи (ashchi) only holds shch: a word is found by its own spelling, its forms and its beginning.
  const expected = { shch: ["word-1", "word-3"], shet: ["word-2"], shchuka: ["word-3"], ashch: ["word-0"] };
  for (const [query, ids] of Object.entries(expected)) {
    assert.deepEqual(
      indexed.search(query).map((hit) => hit.fact.id),
      ids,
      query,
    );
    assert.deepEqual(summary(searchOnce(book, query)), summary(indexed.search(query)), query);
  }
});
