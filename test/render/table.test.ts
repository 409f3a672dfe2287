import assert from "node:assert/strict";
import { test } from "node:test";
import { createContext } from "../../src/render/context.js";
import { formatDate, langFromEnv, langOf } from "../../src/render/i18n.js";
import { sanitize } from "../../src/render/sanitize.js";
import { fitColumns, renderTable } from "../../src/render/table.js";
import { wrapSpans } from "../../src/render/wrap.js";

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
});
