import assert from "node:assert/strict";
import { test } from "node:test";
import { createContext } from "../../src/render/context.js";
import { snippet } from "../../src/render/snippet.js";
import type { Span } from "../../src/render/wrap.js";
import { SearchEngine } from "../../src/search/engine.js";
import { shippedBook } from "../helpers.js";

const book = shippedBook();
const engine = new SearchEngine(book);
const text = (spans: Span[]) => spans.map((span) => span.text).join(" ");

/** The Match column of the first hit of a search, as its words. */
function matchOf(query: string, lang: "en" | "ru"): string {
  const [hit] = engine.search(query);
  assert.ok(hit, `${query} finds nothing`);
  return text(snippet(hit.fact, hit.matchedTerms, createContext({ color: false, format: "table", lang })));
}

test("a match in the fact's texts is shown in them; one only in a search aid or a tag is named as such", () => {
  assert.equal(
    matchOf("measles", "en"),
    "… first project was the immunisation of all children against measles and polio.",
  );
  assert.equal(matchOf("vaccines", "en"), "search aid: vaccines");
  assert.equal(matchOf("vaccines", "ru"), "слово для поиска: vaccines");
  assert.equal(matchOf("омбудсмен", "en"), "search aid: омбудсмен");
});
