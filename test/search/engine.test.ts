import assert from "node:assert/strict";
import { test } from "node:test";
import { createContext } from "../../src/render/context.js";
import { renderSearchTable } from "../../src/render/search.js";
import { SearchEngine } from "../../src/search/engine.js";
import { exactSearch } from "../../src/search/exact.js";
import { extendedSearch, isExtendedQuery } from "../../src/search/extended.js";
import { switchLayout } from "../../src/search/keyboard.js";
import { normalizeWord, stem } from "../../src/search/normalize.js";
import { parseQuery } from "../../src/search/query.js";
import { CYRILLIC_TO_LATIN, toLatin } from "../../src/search/transliterate.js";
import { shippedBook } from "../helpers.js";

const book = shippedBook();
const engine = new SearchEngine(book);
const top = (query: string) => engine.search(query).map((hit) => `${hit.fact.id} ${hit.score}`);

test("normalisation folds case and ё, not й", () => {
  assert.equal(normalizeWord("ЁЛКА Йод"), "елка йод");
  assert.equal(stem("кори"), stem("корь"));
  assert.equal(stem("конфликтах"), stem("конфликт"));
});

test("every UTF-16 unit is spelled as the table says, or kept as it is", () => {
  for (let unit = 0; unit < 0x10000; unit += 1) {
    const character = String.fromCharCode(unit);
    assert.equal(toLatin(`я${character}щ`), `ya${CYRILLIC_TO_LATIN[character] ?? character}shch`, unit.toString(16));
  }
  assert.equal(toLatin("𝒜ә"), "𝒜a");
});

test("transliteration and the keyboard map are the standard tables", () => {
  assert.equal(toLatin("назарбаев"), "nazarbaev");
  assert.equal(toLatin("шакиров"), "shakirov");
  assert.equal(toLatin("щучье"), "shchuche");
  assert.equal(switchLayout("gjkbjvbtkbn"), "полиомиелит");
  assert.equal(switchLayout("ьуьщкфтвгь"), "memorandum");
  assert.equal(switchLayout("1€"), undefined);
});

/** A query word as typed, and as read through the other keyboard layout. */
const word = (text: string, otherLayout: string) => ({
  text,
  readings: [
    { word: text, weight: 1 },
    { word: otherLayout, weight: 0.9 },
  ],
});

test("queries split into words, stop words dropped, each read in both layouts", () => {
  assert.deepEqual(parseQuery("права в Астане"), [word("права", "ghfdf"), word("астане", "fcnfyt")]);
  assert.deepEqual(parseQuery("the of"), [word("the", "еру"), word("of", "ща")]);
  assert.equal(parseQuery("слово ".repeat(100)).length, 16);
});

test("an exact word ranks above a stem, a stem above a typo", () => {
  assert.equal(top("measles")[0], "first-project-immunisation 1");
  assert.equal(top("кори")[0], "first-project-immunisation 1");
  assert.equal(top("корь")[0], "first-project-immunisation 0.95");
  assert.equal(top("measels")[0]?.startsWith("first-project-immunisation 0."), true);
});

test("facts that match more of the words rank higher", () => {
  const [first, second] = engine.search("права детей Астана");
  assert.equal(first?.fact.id, "memorandum-child-rights");
  assert.equal(second?.fact.id, "memorandum-signed");
  assert.ok((second?.score ?? 1) > (engine.search("права детей Астана")[2]?.score ?? 0));
});

test("nonsense finds nothing; numbers match only themselves", () => {
  assert.deepEqual(top("bitcoin"), []);
  assert.deepEqual(top("футбол"), []);
  assert.deepEqual(top("1993"), []);
  assert.deepEqual(top(""), []);
  assert.deepEqual(top("   \u0000\u202e "), []);
});

test("--exact is a case-insensitive substring search", () => {
  assert.deepEqual(
    exactSearch(book, "цРт ПЛЮС").map((hit) => hit.fact.id),
    ["mdg-plus-agenda"],
  );
  assert.deepEqual(exactSearch(book, "ЦРТ плюсы"), []);
});

test("Fuse's extended syntax is recognised and passed through", () => {
  assert.equal(isExtendedQuery("^меморандум"), true);
  assert.equal(isExtendedQuery("'Астан | 'Назарбаев"), true);
  assert.equal(isExtendedQuery("права детей"), false);
  assert.deepEqual(
    extendedSearch(book, "^меморандум").map((hit) => hit.fact.id),
    ["memorandum-child-rights"],
  );
  assert.deepEqual(extendedSearch(book, "!a !e !о !и"), []);
});

test("the table highlights the matched word in the snippet", () => {
  const ctx = createContext({ width: 120, color: true });
  const table = renderSearchTable(engine.search("кори").slice(0, 1), book, ctx);
  assert.ok(table.includes("\u001b[1m\u001b[33mкори\u001b[39m\u001b[22m"), table);
  assert.ok(table.includes("…"), "the snippet says it is cut");
});
