import assert from "node:assert/strict";
import { test } from "node:test";
import { stripVTControlCharacters } from "node:util";
import { initialState } from "../../src/browse/state.js";
import { renderFrame } from "../../src/browse/view.js";
import { createContext } from "../../src/render/context.js";
import { shippedBook } from "../helpers.js";

test("a browse preview cut short ends in one ellipsis, never two", () => {
  const book = shippedBook();
  const hits = book.facts.map((fact) => ({ fact, score: 1, matchedTerms: [] }));
  let cut = 0;
  for (let width = 20; width <= 100; width += 1) {
    for (let selected = 0; selected < hits.length; selected += 1) {
      const state = { ...initialState(""), selected, top: Math.max(0, selected - 2) };
      const frame = renderFrame(state, hits, hits.length, book, createContext({ width }), 12);
      const last = stripVTControlCharacters(frame.lines.at(-1) ?? "");
      assert.doesNotMatch(last, /……$/, `${width} columns, ${hits[selected]?.fact.id}`);
      if (last.endsWith("…")) cut += 1;
    }
  }
  assert.ok(cut > 100, `only ${cut} previews were cut`);
});
