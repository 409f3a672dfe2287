import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { BrowseScreen } from "../../src/browse/screen.js";
import { type BrowseSource, bookSource } from "../../src/browse/source.js";
import { warmUpQueries } from "../../src/browse/warm-up.js";
import { createContext } from "../../src/render/context.js";
import { SearchEngine } from "../../src/search/engine.js";
import { shippedBook } from "../helpers.js";

const book = shippedBook();
const engine = new SearchEngine(book);

test("the warm-up types a Russian word, the start of a second, an English word, and each with a typo", () => {
  const [first] = book.facts;
  assert.equal(first?.id, "first-mission");
  assert.deepEqual(warmUpQueries(first), [
    "п",
    "пе",
    "пер",
    "перв",
    "перва",
    "первая",
    "первая м",
    "первая ми",
    "первая мис",
    "превая",
    "f",
    "fi",
    "fir",
    "firs",
    "first",
    "frist",
  ]);
});

/** A book source that records what it is asked to find. */
function recorded(): { source: BrowseSource; queries: string[] } {
  const queries: string[] = [];
  const source = bookSource(book, engine);
  return {
    queries,
    source: {
      ...source,
      find(query, kind) {
        queries.push(query);
        return source.find(query, kind);
      },
    },
  };
}

const WARM_UP_QUERIES = ["", ...warmUpQueries(book.facts[0] ?? assert.fail())];

/** Waits until the warm-up has searched all its queries (each may take a while on a busy machine). */
async function warmedUp(queries: readonly string[]): Promise<void> {
  for (let waited = 0; queries.length < WARM_UP_QUERIES.length && waited < 10_000; waited += 50) await sleep(50);
}

/** A screen on a terminal that is none: what it writes is counted. */
function screenOn(source: BrowseSource) {
  const written: string[] = [];
  const input = { setRawMode: () => input } as unknown as NodeJS.ReadStream;
  const output = {
    rows: 30,
    columns: 100,
    write: (text: string) => written.push(text),
  } as unknown as NodeJS.WriteStream;
  const screen = new BrowseScreen({ input, output }, source, createContext({ color: false, format: "table" }), "");
  return { screen, written };
}

test("once the person is idle, browse searches the warm-up on a source of its own, and draws none of it", async () => {
  const shown = recorded();
  const warm = recorded();
  const { screen, written } = screenOn({ ...shown.source, warmUpSource: () => warm.source });
  screen.enter();
  screen.press({ insert: "м" });
  // A key keeps the warm-up waiting: the person is not idle.
  await sleep(100);
  assert.deepEqual(warm.queries, []);
  const frames = written.length;
  await warmedUp(warm.queries);
  assert.deepEqual(warm.queries, WARM_UP_QUERIES);
  assert.deepEqual(shown.queries, ["", "м"]);
  assert.equal(written.length, frames);
  // Once over, it is not begun again.
  screen.press({ insert: "е" });
  await sleep(400);
  assert.deepEqual(warm.queries, WARM_UP_QUERIES);
  screen.pauseWarmUp();
});

test("leaving the screen (Ctrl-Z) stops the warm-up; coming back waits for the person to be idle again", async () => {
  const warm = recorded();
  const { screen } = screenOn({ ...recorded().source, warmUpSource: () => warm.source });
  screen.enter();
  screen.leave();
  await sleep(400);
  assert.deepEqual(warm.queries, []);
  screen.enter();
  await warmedUp(warm.queries);
  assert.deepEqual(warm.queries, WARM_UP_QUERIES);
});
