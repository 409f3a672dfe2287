// A search through a saved index finds, scores and orders exactly what the search of the file
// as it is read does, with and without filters and limits, and after the file is edited.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, test } from "node:test";
import fc from "fast-check";
import { type BrowseSource, bookSource } from "../../src/browse/source.js";
import { loadFactFile } from "../../src/facts/load.js";
import type { FactKind } from "../../src/facts/schema.js";
import { indexedBrowseSource } from "../../src/index/browse-source.js";
import { openIndexed, searchDataFile } from "../../src/index/data-file.js";
import { IndexedTerms } from "../../src/index/terms.js";
import { factDate } from "../../src/render/fact-text.js";
import { SearchEngine } from "../../src/search/engine.js";
import { searchFactFile } from "../../src/search/file-search.js";
import { tokenize } from "../../src/search/normalize.js";
import { toLatin } from "../../src/search/transliterate.js";
import { FUZZY, Vocabulary } from "../../src/search/vocabulary.js";
import { fuzzRuns } from "../helpers.js";
import { shownFacts, typedWord } from "../search/arbitraries.js";
import { ALL, cacheIn, indexFiles, limits, mixedFile, printed, scratch, writeJson } from "./helpers.js";

const { dir, remove } = scratch("index-search");
after(remove);
const cache = cacheIn(join(dir, "cache"));
const file = mixedFile();
const path = writeJson(join(dir, "mixed.json"), file);
const words = [
  ...new Set(file.facts.flatMap((fact) => tokenize(`${fact.title.ru} ${fact.summary.en} ${fact.id}`))),
].filter((word) => word.length > 1);

const query = fc.array(typedWord(words, 1), { minLength: 1, maxLength: 3 }).map((typed) => typed.join(" "));

test("the first search writes the index, and it and every later one print what a search without it prints", () => {
  assert.deepEqual(indexFiles(join(dir, "cache")), []);
  for (const typed of ["полиомиелит", "poliomielit", "меморандум ратифицирован", "memorandun", "gjkbjvbtkbn", "1994"]) {
    const expected = printed(searchFactFile(path, typed, ALL, limits));
    assert.ok((expected as { hits: unknown[] }).hits.length > 0, typed);
    assert.deepEqual(printed(searchDataFile(path, typed, ALL, limits, cache)), expected, typed);
    assert.equal(indexFiles(join(dir, "cache")).length, 1);
  }
});

test("through the index, any query finds the same facts, scores, order and words, with any filter and limit (property)", () => {
  fc.assert(
    fc.property(query, shownFacts, (typed, chosen) => {
      const expected = printed(searchFactFile(path, typed, chosen, limits), chosen.highlighted);
      assert.deepEqual(
        printed(searchDataFile(path, typed, chosen, limits, cache), chosen.highlighted),
        expected,
        typed,
      );
    }),
    { seed: 20261202, numRuns: fuzzRuns(60) },
  );
});

test("a file edited between searches is searched as it is now, and its index made again (property)", () => {
  const editedPath = join(dir, "edited.json");
  const edit = fc.record({
    fact: fc.nat(),
    how: fc.constantFrom("retitle", "drop", "add", "swap"),
    word: fc.constantFrom(...words),
  });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), query, (edits, typed) => {
      let facts = [...file.facts];
      writeJson(editedPath, { ...file, facts });
      searchDataFile(editedPath, typed, ALL, limits, cache);
      for (const { fact, how, word } of edits) {
        facts = edited(facts, fact % facts.length, how, word);
        writeJson(editedPath, { ...file, facts });
        const expected = printed(searchFactFile(editedPath, typed, ALL, limits));
        assert.deepEqual(printed(searchDataFile(editedPath, typed, ALL, limits, cache)), expected, `${how} ${typed}`);
      }
    }),
    { seed: 20261203, numRuns: fuzzRuns(15) },
  );
});

/** The facts with one edited: a word added to a title, a fact without links dropped, one added, two swapped. */
function edited(facts: typeof file.facts, at: number, how: string, word: string): typeof file.facts {
  const fact = facts[at];
  if (!fact) return facts;
  const linked = facts.some(
    (other) =>
      other.related.includes(fact.id) ||
      (other.kind === "agreement" && other.milestones.some((milestone) => milestone.event === fact.id)) ||
      (other.kind === "event" && other.relativeDate?.event === fact.id),
  );
  if (how === "retitle") return facts.with(at, { ...fact, title: { ...fact.title, ru: `${fact.title.ru} ${word}` } });
  if (how === "drop" && !linked) return facts.toSpliced(at, 1);
  if (how === "add") return facts.toSpliced(at, 0, { ...fact, id: `${fact.id}-copy-${facts.length}`, related: [] });
  return facts.with(at, facts[(at + 1) % facts.length] ?? fact).with((at + 1) % facts.length, fact);
}

test("browse through the index lists, scores and shows what browse over the whole book does, key by key (property)", () => {
  const book = loadFactFile(path, limits);
  const whole = bookSource(book, new SearchEngine(book));
  const facts = openIndexed(path, join(dir, "cache"), limits);
  assert.ok(facts, "indexed");
  const indexed = indexedBrowseSource(facts, () => assert.fail("the index failed"));
  const kinds = fc.constantFrom<(FactKind | undefined)[]>(undefined, "event", "program", "agreement");
  try {
    fc.assert(
      fc.property(query, kinds, fc.nat(40), (typed, kind, top) => {
        for (let length = 0; length <= typed.length; length += 1) {
          assert.deepEqual(
            onScreen(indexed, typed.slice(0, length), kind, top),
            onScreen(whole, typed.slice(0, length), kind, top),
          );
        }
      }),
      { seed: 20261204, numRuns: fuzzRuns(15) },
    );
  } finally {
    facts.close();
  }
});

/** The file's words as a Vocabulary through its index, and as one of the same words listed. */
function withVocabularies(check: (indexed: Vocabulary, listed: Vocabulary) => void): void {
  searchDataFile(path, "x", ALL, limits, cache);
  const facts = openIndexed(path, join(dir, "cache"), limits);
  assert.ok(facts, "indexed");
  try {
    const terms = new IndexedTerms(facts.index);
    check(new Vocabulary(terms), new Vocabulary(Array.from({ length: terms.count }, (_, id) => terms.term(id))));
  } finally {
    facts.close();
  }
}

test("a word with a typo matches the same words, as well, through the index as through the list of words", () => {
  withVocabularies((indexed, listed) => {
    // Words of the file, and Cyrillic ones spelled in Latin letters, with two letters swapped at
    // every place: an index's candidates for a typo are the words that hold enough of its letter
    // pairs (pairs.ts), and a swap leaves just enough, where a letter missed or doubled leaves more.
    const long = words.filter((word) => word.length >= 5).filter((_, at) => at % 100 === 0);
    const spelled = long.filter((word) => /[а-я]/.test(word)).map(toLatin);
    let typos = 0;
    for (const word of [...long, ...spelled]) {
      for (let at = 0; at + 1 < word.length; at += 1) {
        const typed = word.slice(0, at) + word.slice(at + 1, at + 2) + word.slice(at, at + 1) + word.slice(at + 2);
        const options = { minPrefix: undefined, typos: true };
        const through = [...indexed.match(typed, options)].sort(([a], [b]) => a - b);
        assert.deepEqual(
          through,
          [...listed.match(typed, options)].sort(([a], [b]) => a - b),
          typed,
        );
        if (through.some(([, match]) => match.tier >= FUZZY)) typos += 1;
      }
    }
    assert.ok(typos > 1000, `${typos} words found as typos`);
  });
});

test("a word's first letters match the same words, as well, through the index as through the list of words", () => {
  withVocabularies((indexed, listed) => {
    // Starts of words, and of Cyrillic words spelled in Latin letters: a Latin start is compared
    // with the Cyrillic words by their spellings, only those of a length it can match (vocabulary.ts).
    const sample = words.filter((_, at) => at % 40 === 0);
    const starts = new Set(
      [...sample, ...sample.filter((word) => /[а-я]/.test(word)).map(toLatin)].flatMap((word) =>
        [1, 2, 3, 4, 5, 6].map((length) => word.slice(0, length)),
      ),
    );
    let spelledMatches = 0;
    for (const start of starts) {
      for (const options of [
        { minPrefix: 1, typos: false },
        { minPrefix: undefined, typos: false },
      ]) {
        const through = [...indexed.match(start, options)].sort(([a], [b]) => a - b);
        assert.deepEqual(
          through,
          [...listed.match(start, options)].sort(([a], [b]) => a - b),
          start,
        );
        if (/[a-z]/.test(start)) spelledMatches += through.filter(([id]) => indexed.isCyrillicTerm(id)).length;
      }
    }
    assert.ok(starts.size > 500, `${starts.size} starts`);
    assert.ok(spelledMatches > 100, `${spelledMatches} Cyrillic words matched by Latin starts`);
  });
});

/** What a browse screen shows for a query: how many facts match, and ten of them from `top`, with their dates. */
function onScreen(source: BrowseSource, typed: string, kind: FactKind | undefined, top: number) {
  const found = source.find(typed, kind);
  const shown = Array.from({ length: Math.max(0, Math.min(10, found.length - top)) }, (_, at) => found.at(top + at));
  const { hits, book } = source.show(shown.filter((hit) => hit !== undefined));
  const rows = hits.map(
    (hit) => `${hit.fact.id} ${hit.score} ${hit.matchedTerms.join(",")} ${factDate(hit.fact, book, "en")}`,
  );
  return { total: source.total, count: found.length, rows };
}
