import assert from "node:assert/strict";
import { test } from "node:test";
import { fitHelpText } from "../../src/render/help-text.js";

test("help's prose is filled to the width at its indentation; examples and columns are kept line for line", () => {
  const laidOut = [
    "",
    "Examples:",
    "  $ tool search a very long query that is typed as it is and never wrapped at all",
    "",
    "Keys:",
    "  Tab      next kind",
  ];
  const prose = [
    "How it matches:",
    "  Each word is matched on its own, in Russian and English at once, word forms too.",
    "",
    "Records: score, id, kind, date, title, unless --fields names others.",
    "",
  ];
  assert.equal(
    fitHelpText([...laidOut, "", ...prose].join("\n"), 40),
    [
      ...laidOut,
      "",
      "How it matches:",
      "  Each word is matched on its own, in",
      "  Russian and English at once, word",
      "  forms too.",
      "",
      "Records: score, id, kind, date, title,",
      "unless --fields names others.",
      "",
    ].join("\n"),
  );
});

test("a list of terms, each with its meaning indented below it, is kept line for line where it fits", () => {
  const list = [
    "What it answers:",
    "  когда, when",
    "      the date (an agreement's, from its milestones)",
    "  где, where",
    "      the place",
  ].join("\n");
  assert.equal(fitHelpText(list, 60), list);
});

test("in a narrow terminal, columns and lists are wrapped under their own column; examples stay whole", () => {
  const block = [
    "Exit status:",
    "  0    results printed",
    "  2    bad usage or data: one line on stderr says what",
    "",
    "Environment:",
    "  UNICEF_KZ_CACHE_DIR  where saved indexes go; else",
    "                       ~/.cache/unicef-kz",
    "  $ unicef-kz search a query that is longer than the width",
    "",
    "What it answers:",
    "  когда, в каком году, when, what year",
    "      the date (an agreement's, from its milestones)",
  ].join("\n");
  assert.equal(
    fitHelpText(block, 30),
    [
      "Exit status:",
      "  0    results printed",
      "  2    bad usage or data: one",
      "       line on stderr says",
      "       what",
      "",
      "Environment:",
      "  UNICEF_KZ_CACHE_DIR",
      "      where saved indexes go;",
      "      else ~/.cache/unicef-kz",
      "  $ unicef-kz search a query that is longer than the width",
      "",
      "What it answers:",
      "  когда, в каком году, when,",
      "  what year",
      "      the date (an",
      "      agreement's, from its",
      "      milestones)",
    ].join("\n"),
  );
  // What fits stays exactly as laid out.
  assert.equal(fitHelpText(block, 80), block);
});
