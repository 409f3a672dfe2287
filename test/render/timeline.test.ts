// The timeline in terminals of every width: the text beside its date when a column of it holds
// every word, else under the date on the rail, else (too narrow for the rail) at the left edge.
import assert from "node:assert/strict";
import { test } from "node:test";
import { timeline } from "../../src/facts/query.js";
import { createContext } from "../../src/render/context.js";
import { renderTimeline } from "../../src/render/timeline.js";
import { shippedBook } from "../helpers.js";

const book = shippedBook();
const of1994 = timeline(book, { from: 1994, to: 1994 });

/** The timeline of 1994's events, `width` columns wide, in a language. */
const drawn = (width: number, lang: "en" | "ru" = "en") =>
  renderTimeline(of1994, book, createContext({ width, lang })).split("\n");

test("with room, each text is beside its date, wrapped in a column", () => {
  assert.deepEqual(drawn(50), [
    "●",
    "1994",
    "",
    "1994 ● 1994              Regular programmes of the",
    "     │                   Government of Kazakhstan",
    "     │                   and UNICEF begin",
    "     ├ 25 November 1994  Basic Cooperation",
    "                         Agreement signed",
    "",
  ]);
});

test("when a column beside the dates would be narrow, each text goes under its date, on the rail", () => {
  assert.deepEqual(drawn(34), [
    "●",
    "1994",
    "",
    "1994 ● 1994",
    "     │ Regular programmes of the",
    "     │ Government of Kazakhstan",
    "     │ and UNICEF begin",
    "     ├ 25 November 1994",
    "       Basic Cooperation Agreement",
    "       signed",
    "",
  ]);
  const russian = renderTimeline(
    timeline(book, { from: 2014, to: 2014 }),
    book,
    createContext({ width: 22, lang: "ru" }),
  );
  // "взаимопонимании" is 15 letters: the column under the date holds it whole.
  assert.ok(russian.includes("\n       взаимопонимании\n"), russian);
});

test("when even the rail leaves too little room for a word or a date, the years, dates and texts start at the left edge", () => {
  assert.deepEqual(drawn(20), [
    "●",
    "1994",
    "",
    "1994",
    "1994",
    "Regular programmes",
    "of the Government of",
    "Kazakhstan and",
    "UNICEF begin",
    "25 November 1994",
    "Basic Cooperation",
    "Agreement signed",
    "",
  ]);
  const russian = renderTimeline(
    timeline(book, { from: 2014, to: 2014 }),
    book,
    createContext({ width: 21, lang: "ru" }),
  );
  assert.ok(russian.includes("\nвзаимопонимании"), russian);
  for (const line of russian.split("\n")) assert.ok(line.length <= 21, line);
});
