// Every table in a narrow colour terminal: whatever a fact file holds, each line fits, every
// escape sequence is whole, and no word that fits the terminal is split. FUZZ_RUNS=<n> runs more.
import assert from "node:assert/strict";
import { test } from "node:test";
import { stripVTControlCharacters } from "node:util";
import fc from "fast-check";
import { FactBook } from "../../src/facts/factbook.js";
import { timeline } from "../../src/facts/query.js";
import type { AgreementFact, Fact, ProgramFact } from "../../src/facts/schema.js";
import { renderAgreementsTable } from "../../src/render/agreements.js";
import { createContext, type OutputContext } from "../../src/render/context.js";
import { renderEventsTable } from "../../src/render/events.js";
import { formatDate } from "../../src/render/i18n.js";
import { renderListTable } from "../../src/render/list.js";
import { renderProgramsTable } from "../../src/render/programs.js";
import { sanitize } from "../../src/render/sanitize.js";
import { renderSearchTable } from "../../src/render/search.js";
import { renderTimeline } from "../../src/render/timeline.js";
import { displayWidth } from "../../src/render/wrap.js";
import { fuzzRuns, shippedJson } from "../helpers.js";

const SEED = 20261126;

/** Every table, and the timeline, as its command draws it, of a book, and the facts it shows. */
const TABLES: Record<
  string,
  { draw: (book: FactBook, ctx: OutputContext) => string; shows: (book: FactBook) => Fact[] }
> = {
  search: {
    draw: (book, ctx) =>
      renderSearchTable(
        book.facts.map((fact, index) => ({ fact, score: 1 - index / 100, matchedTerms: ["polio", "of"] })),
        book,
        ctx,
      ),
    shows: (book) => [...book.facts],
  },
  events: { draw: (book, ctx) => renderEventsTable(timeline(book), book, ctx), shows: (book) => timeline(book) },
  programs: {
    draw: (book, ctx) => renderProgramsTable(book.ofKind("program") as ProgramFact[], book.programmeAreas, ctx),
    shows: (book) => book.ofKind("program"),
  },
  agreements: {
    draw: (book, ctx) => renderAgreementsTable(book.ofKind("agreement") as AgreementFact[], book, ctx),
    shows: (book) => book.ofKind("agreement"),
  },
  list: { draw: (book, ctx) => renderListTable(book.facts, book, ctx), shows: (book) => [...book.facts] },
  timeline: { draw: (book, ctx) => renderTimeline(timeline(book), book, ctx), shows: (book) => timeline(book) },
};

// Words a fact file may hold: Latin and Cyrillic, wide and zero-width characters, emoji sequences,
// escape sequences and controls (which sanitising removes), and words longer than any terminal.
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("polio", "Kazakhstan", "соглашение", "иммунизация", "of", "a", "1994") },
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
  fc.constantFrom("中文字符", "👍🏽", "🇰🇿", "е\u0301", "#\ufe0f\u20e3", "\u0483x", "a\u200db"),
  fc.constantFrom("\u001b[31mred\u001b[0m", "\u001b]0;title\u0007x", "\u009b31mc1", "tab\there", "line\nbreak"),
  fc.integer({ min: 20, max: 300 }).map((length) => "Ж".repeat(length)),
  fc.integer({ min: 10, max: 150 }).map((length) => "字".repeat(length)),
);
const text = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(" "));

/** The shipped facts with their display texts replaced by generated ones. */
const book = fc.array(fc.tuple(text, text, text), { minLength: 20, maxLength: 20 }).map((texts) => {
  const facts = (shippedJson().facts as Fact[]).map((fact, index) => {
    const [title, summary, other] = texts[index] ?? ["", "", ""];
    const changed = { ...fact, title: { ru: title, en: title }, summary: { ru: summary, en: summary } };
    if (changed.kind !== "agreement") return changed;
    return { ...changed, place: { ru: other, en: other }, parties: [{ ru: other, en: other }] };
  });
  return new FactBook(facts as Fact[], "fuzzed.json");
});

// An escape sequence that chalk writes: CSI, numbers, m. Any other ESC is a broken one.
const SGR = /\u001b\[[0-9;]*m/g;

/** The whole words of a text that fit the terminal, as a reader would see them. */
function wordsThatFit(value: string, width: number): string[] {
  return sanitize(value)
    .split(/\s+/)
    .filter((part) => part !== "" && displayWidth(part) <= width);
}

test("every table and the timeline in a narrow colour terminal: lines fit, escapes are whole, words are never split (property)", () => {
  fc.assert(
    fc.property(
      book,
      fc.integer({ min: 20, max: 80 }),
      fc.constantFrom("en", "ru" as const),
      fc.constantFrom(...Object.keys(TABLES)),
      (facts, width, lang, name) => {
        const table = TABLES[name];
        assert.ok(table);
        const ctx = createContext({ width, lang: lang as "en" | "ru", color: true, format: "table" });
        const out = table.draw(facts, ctx);
        // Reported by hand: fast-check would print the whole book.
        const fail = (why: string) => assert.fail(`${name} at ${width} columns (${lang}): ${why}\n${out}`);
        if (/\u001b/.test(out.replace(SGR, ""))) fail("an escape sequence is broken");
        const lines = stripVTControlCharacters(out).split("\n");
        for (const line of lines) if (displayWidth(line) > width) fail(`${displayWidth(line)} columns: ${line}`);
        const shown = lines.join("\n");
        for (const fact of table.shows(facts)) {
          for (const part of wordsThatFit(fact.title[lang as "en" | "ru"], width)) {
            if (!shown.includes(part)) fail(`the word ${JSON.stringify(part)} is split or missing`);
          }
        }
      },
    ),
    { seed: SEED, numRuns: fuzzRuns(300) },
  );
});

test("a title of one 40-million-character word draws a table in well under a second per table", () => {
  const file = shippedJson();
  file.facts[0].title.en = "x".repeat(40_000_000);
  const facts = new FactBook(file.facts as Fact[], "huge.json");
  for (const [name, { draw }] of Object.entries(TABLES)) {
    const started = performance.now();
    const out = draw(facts, createContext({ width: 80, color: true, format: "table" }));
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 2, `${name}: ${seconds.toFixed(1)} s`);
    assert.ok(out.length < 200_000, `${name}: ${out.length} characters`);
  }
});

test("one 100,000-character word leaves every other column whole: dates, kinds and words", () => {
  const file = shippedJson();
  file.facts[0].title.en = "y".repeat(100_000);
  const facts = new FactBook(file.facts as Fact[], "wide.json");
  const ctx = createContext({ width: 80, format: "table" });
  const events = TABLES.events?.draw(facts, ctx) ?? "";
  for (const event of timeline(facts)) assert.ok(events.includes(formatDate(event.date, "en")), event.date);
  const list = TABLES.list?.draw(facts, ctx) ?? "";
  assert.match(list, /^ {2}Kind +agreement$/m);
  // The long word is cut to the terminal, and says so.
  assert.ok(list.includes(`${"y".repeat(79)}…`));
  for (const line of list.split("\n")) assert.ok(displayWidth(line) <= 80);
});
