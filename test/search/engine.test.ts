import assert from "node:assert/strict";
import { test } from "node:test";
import { createContext } from "../../src/render/context.js";
import { renderSearchTable } from "../../src/render/search.js";
import { SearchEngine } from "../../src/search/engine.js";
import { exactSearch } from "../../src/search/exact.js";
import { extendedSearch } from "../../src/search/extended.js";
import { isExtendedQuery } from "../../src/search/extended-syntax.js";
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

/** A query word as typed, and as read through the other keyboard layout; the last may be unfinished. */
const word = (text: string, otherLayout: string, prefix = false) => ({
  text,
  readings: [
    { word: text, weight: 1, kind: "typed" },
    { word: otherLayout, weight: 0.9, kind: "layout" },
  ],
  prefix,
});

test("queries split into words, stop words dropped, each read in both layouts; the last word is a prefix", () => {
  assert.deepEqual(parseQuery("права в Астане"), [word("права", "ghfdf"), word("астане", "fcnfyt", true)]);
  assert.deepEqual(parseQuery("права и"), [word("права", "ghfdf")]);
  assert.equal(parseQuery("слово ".repeat(100)).length, 16);
});

test("a word in Latin letters is also read as the Russian it may spell; ts may be ц or тс", () => {
  const [okhrana] = parseQuery("okhrana");
  assert.deepEqual(okhrana?.readings.at(-1), { word: "охрана", weight: 0.95, kind: "latin" });
  const [detstva] = parseQuery("detstva");
  assert.deepEqual(
    detstva?.readings.filter((reading) => reading.kind === "latin").map((reading) => reading.word),
    ["децтва", "детства"],
  );
  assert.deepEqual(
    top("okhrana").map((hit) => hit.split(" ")[0]),
    ["child-protection", "near-future-plans"],
  );
});

test("a piece of several words is that many query words, unless it is one word in the other layout", () => {
  assert.deepEqual(
    parseQuery("дети-солдаты").map((queryWord) => queryWord.text),
    ["дети", "солдаты"],
  );
  assert.deepEqual(
    parseQuery("j,hfpjdfybt").map((queryWord) => queryWord.readings.map((reading) => reading.word)),
    [["j", "hfpjdfybt", "образование"]],
  );
});

test("an exact word ranks above a stem, a stem above a typo", () => {
  assert.equal(top("measles")[0], "first-project-immunisation 1");
  assert.equal(top("кори")[0], "first-project-immunisation 1");
  assert.equal(top("корь")[0], "first-project-immunisation 0.95");
  assert.equal(top("measels")[0]?.startsWith("first-project-immunisation 0."), true);
});

test("facts that match every word come first, and alone; rare words weigh more than common ones", () => {
  assert.deepEqual(top("права детей Астана"), ["memorandum-signed 0.958", "memorandum-child-rights 0.929"]);
  // ЮНИСЕФ is in nearly every fact: the office is what was asked about.
  assert.deepEqual(top("представительство ЮНИСЕФ"), [
    "unicef-office-established 1",
    "regular-programmes-start 0.82",
    "social-policy-knowledge-management 0.8",
  ]);
  // No fact holds both words: those that hold the rarer one, which is most of the query.
  assert.deepEqual(
    top("полиомиелит футбол").map((hit) => hit.split(" ")[0]),
    ["first-project-immunisation", "polio-free-certification", "polio-free-recertification", "child-adolescent-health"],
  );
  // ...but a common word alone is not an answer.
  assert.deepEqual(top("UNICEF bitcoin"), []);
});

test("a fuzzy echo never sits beside an exact hit: a word that is in the facts is not read as a typo", () => {
  assert.deepEqual(top("Астана"), ["memorandum-signed 0.95", "memorandum-child-rights 0.9"]);
  assert.deepEqual(
    top("polio").map((hit) => hit.split(" ")[0]),
    ["first-project-immunisation", "polio-free-certification", "polio-free-recertification", "child-adolescent-health"],
  );
  assert.deepEqual(top("подростки"), ["child-adolescent-health 0.95"]);
});

test("the last word matches as the beginning of a word, in either layout and in Latin letters", () => {
  assert.deepEqual(top("мемо"), ["memorandum-signed 0.9", "memorandum-child-rights 0.9"]);
  assert.deepEqual(top("имму"), ["first-project-immunisation 0.9"]);
  assert.deepEqual(
    top("gjkbj").map((hit) => hit.split(" ")[0]),
    top("полио").map((hit) => hit.split(" ")[0]),
  );
  assert.deepEqual(
    top("права мем").map((hit) => hit.split(" ")[0]),
    ["memorandum-signed", "memorandum-child-rights"],
  );
  // Not a word before the last: "мемо" there is a word of its own, and no fact has it.
  assert.deepEqual(top("мемо права"), []);
});

test("search aids find facts by words the source does not use", () => {
  assert.deepEqual(top("прививки"), ["first-project-immunisation 0.85"]);
  assert.deepEqual(
    top("child soldiers").map((hit) => hit.split(" ")[0]),
    ["optional-protocols-signed", "optional-protocol-armed-conflict"],
  );
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

test("Fuse's extended syntax is recognised and matched by Fuse", () => {
  assert.equal(isExtendedQuery("^меморандум"), true);
  assert.equal(isExtendedQuery("'Астан | 'Назарбаев"), true);
  assert.equal(isExtendedQuery("права детей"), false);
  assert.deepEqual(
    extendedSearch(book, "^меморандум").map((hit) => hit.fact.id),
    ["memorandum-child-rights"],
  );
  assert.deepEqual(extendedSearch(book, "!a !e !о !и"), []);
});

const ids = (hits: readonly { fact: { id: string } }[]) => hits.map((hit) => hit.fact.id);

// Fuse.js asks every field to match the whole alternative once a `!` word is in it, which
// found nothing for "polio !again"; the `!` word is a field none of the fact's may hold.
test("a `!` word leaves out the facts that hold it, beside the other words of the query", () => {
  assert.deepEqual(ids(extendedSearch(book, "polio !again")), ["polio-free-certification"]);
  assert.deepEqual(ids(extendedSearch(book, "^Kazakhstan !again")), ["polio-free-certification"]);
  assert.deepEqual(ids(extendedSearch(book, "'polio !again")), ["polio-free-certification"]);
  // first-project-immunisation holds "again" in its text.
  assert.deepEqual(ids(extendedSearch(book, "polio")).includes("first-project-immunisation"), true);
});

test("each alternative is ranked on its own, its fuzzy echoes left out, with or without spaces around |", () => {
  const either = ["polio-free-certification", "polio-free-recertification", "first-project-immunisation"];
  assert.deepEqual(ids(extendedSearch(book, "measles | polio")), either);
  assert.deepEqual(ids(extendedSearch(book, "polio|measles")), either);
  assert.equal(isExtendedQuery("polio|measles"), true);
  // корь is in one fact only: it is found, at its own alternative's best.
  assert.deepEqual(ids(extendedSearch(book, "корь | полиомиелит")), either);
  assert.deepEqual(ids(extendedSearch(book, "memorandum | ratified")), [
    "basic-agreement-ratified",
    "memorandum-signed",
    "memorandum-child-rights",
  ]);
});

test("the table highlights the matched word in the snippet", () => {
  const ctx = createContext({ width: 120, color: true });
  const table = renderSearchTable(engine.search("кори").slice(0, 1), book, ctx);
  assert.ok(table.includes("\u001b[1m\u001b[33mкори\u001b[39m\u001b[22m"), table);
  assert.ok(table.includes("…"), "the snippet says it is cut");
});
