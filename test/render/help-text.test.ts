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

test("a list of terms, each with its meaning indented below it, is kept line for line", () => {
  const list = [
    "What it answers:",
    "  когда, when",
    "      the date (an agreement's, from its milestones)",
    "  где, where",
    "      the place",
  ].join("\n");
  assert.equal(fitHelpText(list, 40), list);
});
