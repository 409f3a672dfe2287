import assert from "node:assert/strict";
import { test } from "node:test";
import { createContext } from "../../src/render/context.js";
import { formatDate, langFromEnv, langOf } from "../../src/render/i18n.js";
import { escapeControls, sanitize } from "../../src/render/sanitize.js";
import { fitColumns, renderTable } from "../../src/render/table.js";
import { cutLongWords, cutToWidth, wrapSpans } from "../../src/render/wrap.js";

test("wrapping breaks at spaces and never cuts a word that fits a line", () => {
  assert.deepEqual(wrapSpans([{ text: "Basic Cooperation Agreement signed" }], 12), [
    "Basic",
    "Cooperation",
    "Agreement",
    "signed",
  ]);
  assert.deepEqual(wrapSpans([{ text: "one two three" }], 7), ["one two", "three"]);
  assert.deepEqual(wrapSpans([{ text: "Сотрудничество" }], 5), ["Сотру", "дниче", "ство"]);
});

test("short columns keep their natural width; the long one wraps", () => {
  assert.deepEqual(
    fitColumns(
      [
        { natural: 16, minimal: 16 },
        { natural: 119, minimal: 1 },
      ],
      60,
    ),
    [16, 37],
  );
});

test("a table fits the width exactly, with whole words in every cell", () => {
  const ctx = createContext({ width: 40 });
  const out = renderTable(
    [{ header: "Date", whole: true }, { header: "Title" }],
    [["1994", "UNICEF Office in Kazakhstan established"]],
    ctx,
  );
  assert.equal(
    out,
    [
      "┌──────┬───────────────────────────────┐",
      "│ Date │ Title                         │",
      "├──────┼───────────────────────────────┤",
      "│ 1994 │ UNICEF Office in Kazakhstan   │",
      "│      │ established                   │",
      "└──────┴───────────────────────────────┘",
      "",
    ].join("\n"),
  );
});

test("dates print at the precision given, in either language", () => {
  assert.equal(formatDate("1994", "en"), "1994");
  assert.equal(formatDate("1992-02", "en"), "February 1992");
  assert.equal(formatDate("1992-02", "ru"), "февраль 1992");
  assert.equal(formatDate("1994-11-25", "ru"), "25 ноября 1994");
  assert.equal(formatDate("2014-02-18", "en"), "18 February 2014");
});

test("the language comes from LANGUAGE, then LC_ALL, LC_MESSAGES, LANG, as GNU gettext reads them", () => {
  assert.equal(langFromEnv({ LANG: "ru_RU.UTF-8" }), "ru");
  assert.equal(langFromEnv({ LC_ALL: "en_US.UTF-8", LANG: "ru_RU.UTF-8" }), "en");
  assert.equal(langFromEnv({ LC_MESSAGES: "ru_KZ.UTF-8", LANG: "en_US.UTF-8" }), "ru");
  assert.equal(langFromEnv({}), "en");
  assert.equal(langFromEnv({ LANG: "rus" }), "en");
  // Kazakh readers get Russian.
  assert.equal(langFromEnv({ LANG: "kk_KZ.UTF-8" }), "ru");
  // LANGUAGE is a list: its first language there is text for wins over the locale...
  assert.equal(langFromEnv({ LANGUAGE: "de:ru:en", LANG: "en_US.UTF-8" }), "ru");
  assert.equal(langFromEnv({ LANGUAGE: "en", LC_ALL: "ru_RU.UTF-8" }), "en");
  assert.equal(langFromEnv({ LANGUAGE: "kk", LANG: "en_US.UTF-8" }), "ru");
  assert.equal(langFromEnv({ LANGUAGE: "de", LANG: "ru_RU.UTF-8" }), "ru");
  // ...except in the C or POSIX locale (or none), where gettext ignores it.
  for (const locale of [{ LANG: "C" }, { LC_ALL: "POSIX" }, { LANG: "C.UTF-8" }, {}]) {
    assert.equal(langFromEnv({ LANGUAGE: "ru", ...locale }), "en", JSON.stringify(locale));
  }
});

test("a language or locale name is read as the language it stands for", () => {
  for (const name of ["en", "EN", "en_US", "en_US.UTF-8", "en-GB"]) assert.equal(langOf(name), "en", name);
  for (const name of ["ru", "RU", "ru_RU.UTF-8", "kk", "kk_KZ", "kk_KZ.UTF-8@latin"])
    assert.equal(langOf(name), "ru", name);
  for (const name of ["de", "rus", "english", "", "C"]) assert.equal(langOf(name), undefined, name);
});

test("sanitize removes escape sequences, controls, bidi and zero-width characters", () => {
  assert.equal(sanitize("a\u001b[31mred\u001b[0m\u001b]0;title\u0007 b\r\bc\u202e\u200bd\ne"), "ared bcd e");
  // Invisible format characters that hide text: the Mongolian vowel separator, tag characters.
  assert.equal(sanitize("po\u180elio \u{e0041}\u{e0062}hidden"), "polio hidden");
  assert.equal(escapeControls("po\u180elio\u{e0041}"), "po\\u180elio\\udb40\\udc41");
});

test("a narrow terminal leaves out the least useful column first, then stacks each row as a record", () => {
  const columns = [
    { header: "Date", whole: true },
    { header: "Title", heading: true },
    { header: "Note", dropRank: 1 },
  ];
  const rows = [
    ["25 November 1994", "Basic Cooperation Agreement signed (basic-agreement-signed)", "signed in Almaty"],
  ];
  const at = (width: number) => renderTable(columns, rows, createContext({ width }));
  assert.match(at(70), /^│ Date +│ Title +│ Note +│$/m);
  assert.equal(
    at(50),
    [
      "┌──────────────────┬─────────────────────────────┐",
      "│ Date             │ Title                       │",
      "├──────────────────┼─────────────────────────────┤",
      "│ 25 November 1994 │ Basic Cooperation Agreement │",
      "│                  │ signed                      │",
      "│                  │ (basic-agreement-signed)    │",
      "└──────────────────┴─────────────────────────────┘",
      "",
    ].join("\n"),
  );
  // Stacked, every column is back, the date whole beside its label.
  assert.equal(
    at(30),
    [
      "Basic Cooperation Agreement",
      "signed",
      "(basic-agreement-signed)",
      "  Date  25 November 1994",
      "  Note  signed in Almaty",
      "",
    ].join("\n"),
  );
  // Narrower still: a value whose words do not fit beside its label goes under it.
  assert.equal(
    at(22).split("\n").slice(3).join("\n"),
    ["  Date", "    25 November 1994", "  Note  signed in", "        Almaty", ""].join("\n"),
  );
});

test("a word wider than the terminal is cut to it with …, looking at no more of it than that", () => {
  assert.equal(cutToWidth("Сотрудничество", 8), "Сотрудн…");
  assert.equal(cutToWidth("字字字字字", 5), "字字…");
  assert.equal(cutToWidth("fits", 4), "fits");
  assert.deepEqual(cutLongWords([{ text: "a verylongword b" }], 6), [{ text: "a veryl… b" }]);
  const started = performance.now();
  assert.equal(cutToWidth("x".repeat(50_000_000), 10), "xxxxxxxxx…");
  assert.ok(performance.now() - started < 100);
});

test("a word split because it is wider than the line is split between characters as shown", () => {
  assert.deepEqual(wrapSpans([{ text: "字字字字字" }], 4), ["字字", "字字", "字"]);
  assert.deepEqual(wrapSpans([{ text: "👍🏽👍🏽👍🏽" }], 4), ["👍🏽👍🏽", "👍🏽"]);
  assert.deepEqual(wrapSpans([{ text: "е\u0301е\u0301е\u0301" }], 2), ["е\u0301е\u0301", "е\u0301"]);
});
