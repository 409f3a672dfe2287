// Search as you type: a word of a fact, typed letter by letter, finds that fact from its third
// letter on, so the list only narrows as the word grows and never empties in the middle of it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SearchEngine } from "../../src/search/engine.js";
import { searchableFields } from "../../src/search/fields.js";
import { switchLayout } from "../../src/search/keyboard.js";
import { tokenize } from "../../src/search/normalize.js";
import { MIN_PREFIX } from "../../src/search/vocabulary.js";
import { shippedBook } from "../helpers.js";

const book = shippedBook();
const engine = new SearchEngine(book);

/** Every word of the fact file, with the facts that hold it. */
function factsByWord(): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  for (const fact of book.facts) {
    for (const { text } of searchableFields(fact)) {
      for (const word of tokenize(text)) {
        const facts = byWord.get(word) ?? new Set();
        facts.add(fact.id);
        byWord.set(word, facts);
      }
    }
  }
  return byWord;
}

test("every prefix of three letters or more of every word finds every fact that holds the word, in either layout", () => {
  const missed: string[] = [];
  let typed = 0;
  for (const [word, facts] of factsByWord()) {
    for (let length = MIN_PREFIX; length <= word.length; length += 1) {
      const prefix = word.slice(0, length);
      for (const query of [prefix, switchLayout(prefix)]) {
        if (query === undefined) continue;
        typed += 1;
        const found = new Set(engine.search(query).map((hit) => hit.fact.id));
        for (const id of facts) if (!found.has(id)) missed.push(`${query} (${word}) misses ${id}`);
      }
    }
  }
  assert.ok(typed > 5000, `${typed} prefixes typed`);
  assert.deepEqual(missed.slice(0, 20), []);
});

test("typing иммунизация and memorandum letter by letter only ever narrows the list", () => {
  for (const word of ["иммунизация", "memorandum", "полиомиелит", "Назарбаев"]) {
    let previous: Set<string> | undefined;
    for (let length = MIN_PREFIX; length <= word.length; length += 1) {
      const found = new Set(engine.search(word.slice(0, length)).map((hit) => hit.fact.id));
      assert.ok(found.size > 0, `${word.slice(0, length)} finds nothing`);
      if (previous) for (const id of found) assert.ok(previous.has(id), `${word.slice(0, length)} adds ${id}`);
      previous = found;
    }
  }
});

test("as you type (browse), every prefix from the first letter finds every fact that holds the word", () => {
  const missed: string[] = [];
  for (const [word, facts] of factsByWord()) {
    for (let length = 1; length < MIN_PREFIX && length <= word.length; length += 1) {
      const prefix = word.slice(0, length);
      const found = new Set(engine.search(prefix, { asYouType: true }).map((hit) => hit.fact.id));
      for (const id of facts) if (!found.has(id)) missed.push(`${prefix} (${word}) misses ${id}`);
    }
  }
  assert.deepEqual(missed.slice(0, 20), []);
});

test("as you type, letters that begin words of the facts are not also read in the other layout", () => {
  // c is с in the other layout, l is д: the words shown are those the letters begin, not с- or д-words.
  for (const typed of ["c", "l", "д", "п", "memo"]) {
    const hits = engine.search(typed, { asYouType: true });
    assert.ok(hits.length > 0, `${typed} finds nothing`);
    const other = new Set(hits.flatMap((hit) => hit.matchedTerms).filter((word) => !word.startsWith(typed)));
    assert.deepEqual([...other], [], typed);
  }
  // A word the facts do not hold as typed is still read in the other layout: gjkbj is полио.
  assert.ok(engine.search("gjkbj", { asYouType: true }).some((hit) => hit.fact.id === "polio-free-certification"));
});

test("a word on its way to a root joined to another (ребенка: дети, children: child) finds the facts of both, narrowing only", () => {
  for (const [before, word] of [
    ["прав ", "ребенка"],
    ["", "ребенок"],
    ["", "children"],
  ] as const) {
    let previous: string[] | undefined;
    for (let length = MIN_PREFIX; length <= word.length; length += 1) {
      const found = engine.search(before + word.slice(0, length)).map((hit) => hit.fact.id);
      if (previous) {
        const added = found.filter((id) => !previous?.includes(id));
        assert.deepEqual(added, [], `${before}${word.slice(0, length)} adds to ${before}${word.slice(0, length - 1)}`);
      }
      previous = found;
    }
  }
  // «Права ребенка» finds the facts that say «прав детей», the memorandum among them.
  const rights = engine.search("права ребенка").map((hit) => hit.fact.id);
  assert.ok(rights.includes("memorandum-child-rights") && rights.includes("child-protection"), rights.join());
});
