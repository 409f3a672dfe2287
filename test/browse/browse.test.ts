import assert from "node:assert/strict";
import { test } from "node:test";
import { stripVTControlCharacters } from "node:util";
import { browseKey } from "../../src/browse/keys.js";
import { type BrowseKey, type BrowseState, initialState, update } from "../../src/browse/state.js";
import { renderFrame } from "../../src/browse/view.js";
import { FactBook } from "../../src/facts/factbook.js";
import { createContext } from "../../src/render/context.js";
import { displayWidth } from "../../src/render/wrap.js";
import { SearchEngine } from "../../src/search/engine.js";
import { shippedBook } from "../helpers.js";

const book = shippedBook();
const engine = new SearchEngine(book);

function press(state: BrowseState, ...keys: BrowseKey[]): BrowseState {
  let current = state;
  for (const key of keys) {
    const next = update(current, key, 20, 5);
    assert.ok(typeof next === "object", `${JSON.stringify(key)} ended the session`);
    current = next;
  }
  return current;
}

test("keys edit the query as in a shell", () => {
  const typed = press(initialState(""), { insert: "права" }, { insert: " " }, { insert: "детей" });
  assert.deepEqual([typed.query, typed.cursor], ["права детей", 11]);
  assert.equal(press(typed, "delete-word").query, "права ");
  assert.equal(press(typed, "left", "left", "backspace").query, "права деей");
  assert.equal(press(typed, "home", "delete").query, "рава детей");
  assert.equal(press(typed, "left", "clear").query, "й");
  assert.deepEqual(press(initialState("a😀"), "backspace").query, "a");
});

test("moving stays within the hits and scrolls the list; a new query starts at the top", () => {
  const moved = press(initialState(""), "down", "down", "page-down");
  assert.deepEqual([moved.selected, moved.top], [7, 3]);
  assert.deepEqual([press(moved, "page-up", "page-up").selected, press(moved, "up").top], [0, 3]);
  assert.deepEqual(update(initialState(""), "down", 0, 5), initialState(""));
  assert.deepEqual([press(moved, { insert: "x" }).selected, press(moved, { insert: "x" }).top], [0, 0]);
});

test("Tab cycles all → events → programs → agreements; Enter chooses a hit; Esc and Ctrl-C quit", () => {
  const kinds = [1, 2, 3, 4].map((times) => press(initialState(""), ...Array<BrowseKey>(times).fill("next-kind")).kind);
  assert.deepEqual(kinds, ["event", "program", "agreement", undefined]);
  assert.equal(update(initialState(""), "choose", 3, 5), "choose");
  assert.deepEqual(update(initialState(""), "choose", 0, 5), initialState(""));
  assert.equal(browseKey(undefined, { name: "escape", meta: true }), "quit");
  assert.equal(browseKey("\u0003", { name: "c", ctrl: true }), "quit");
  // Ctrl-Z stops browse as it stops a shell's job; the state waits as it is.
  assert.equal(browseKey("\u001a", { name: "z", ctrl: true }), "suspend");
  assert.deepEqual(update(initialState("x"), "suspend", 3, 5), initialState("x"));
  assert.deepEqual(browseKey("ж", {}), { insert: "ж" });
  assert.equal(browseKey("\u001b[2J", {}), undefined);
  assert.equal(browseKey("\u202e", {}), undefined);
});

/** Every line of a frame is within the width, and there are exactly `height` of them. */
function assertFits(lines: readonly string[], width: number, height: number): void {
  assert.equal(lines.length, height);
  for (const line of lines) assert.ok(displayWidth(stripVTControlCharacters(line)) <= width, `too wide: ${line}`);
}

for (const [width, height] of [
  [80, 24],
  [40, 15],
  [20, 6],
] as const) {
  test(`a frame fits ${width}×${height}, in both languages, with colour`, () => {
    for (const lang of ["en", "ru"] as const) {
      const ctx = createContext({ width, lang, color: true });
      const state = press(initialState(""), { insert: "полиомиелит права детей Назарбаев" }, "down");
      const frame = renderFrame(state, engine.search(state.query), book.facts.length, book, ctx, height);
      assertFits(frame.lines, width, height);
      assert.ok(frame.cursorColumn < width);
    }
  });
}

test("the frame shows the query, the count, the kind, the hits and the selected fact", () => {
  const ctx = createContext({ width: 80, lang: "en" });
  const state = press(initialState(""), { insert: "measles" });
  const { lines } = renderFrame(state, engine.search("measles"), 20, book, ctx, 24);
  assert.equal(lines[0], "› measles");
  assert.equal(lines[1], "1/20 · all kinds · ↑↓ move · Tab kind · Enter show · Esc quit");
  // With --print-id, Enter prints the id.
  const printing = renderFrame(state, engine.search("measles"), 20, book, ctx, 24, "id").lines[1];
  assert.equal(printing, "1/20 · all kinds · ↑↓ move · Tab kind · Enter print id · Esc quit");
  assert.equal(lines[2], "▸ event not before February 1992 UNICEF's first project in Kazakhstan:…");
  assert.equal(lines[13], "─".repeat(80));
  assert.equal(lines[14], "UNICEF's first project in Kazakhstan: immunisation of all children against");
});

test("hostile text in a fact cannot drive the terminal from the browse screen", () => {
  const [first, ...rest] = book.facts;
  assert.ok(first);
  const hostile = "Evil\u001b]0;pwned\u0007 \u001b[2J\u001b[31mred\r\b\u202eabc\u200b title";
  const evil = new FactBook(
    [{ ...first, title: { ru: hostile, en: hostile }, summary: { ru: hostile, en: hostile } }, ...rest],
    "x",
  );
  const frame = renderFrame(
    initialState(""),
    [{ fact: evil.facts[0] as (typeof evil.facts)[0], score: 1, matchedTerms: [] }],
    20,
    evil,
    createContext({ width: 80 }),
    24,
  );
  const text = frame.lines.join("\n");
  assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f\u202e\u200b]/);
  assert.equal(frame.lines[2], "▸ event February 1992 Evil redabc title");
});

test("two rows that would read the same cut at the end are cut in the middle, so each shows how it ends", () => {
  const agreements = book.ofKind("agreement").map((fact) => ({ fact, score: 1, matchedTerms: [] }));
  const rows = (width: number, lang: "en" | "ru") =>
    renderFrame(initialState(""), agreements, 20, book, createContext({ width, lang }), 24).lines.slice(2, 6);
  assert.deepEqual(rows(80, "en"), [
    "▸ agreement 25 November 1994 Basic Cooperation Agreement between the Government…",
    "  agreement September 2000 Optional Protocol … and child pornography",
    "  agreement September 2000 Optional Protocol … of children in armed conflict",
    "  agreement 18 February 2014 Memorandum of Understanding on the protection and…",
  ]);
  assert.deepEqual(rows(80, "ru"), [
    "▸ соглашение 25 ноября 1994 Основное соглашение о сотрудничестве между…",
    "  соглашение сентябрь 2000 Факультативный … проституции и детской порнографии»",
    "  соглашение сентябрь 2000 Факультативный … детей в вооруженных конфликтах»",
    "  соглашение 18 февраля 2014 Меморандум о взаимопонимании в сфере защиты и…",
  ]);
  // Where the ends already differ, rows are cut at the end as before.
  assert.deepEqual(rows(120, "en").slice(1, 3), [
    "  agreement September 2000 Optional Protocol to the Convention on the Rights of the Child on the sale of children,…",
    "  agreement September 2000 Optional Protocol to the Convention on the Rights of the Child on the involvement of…",
  ]);
});
