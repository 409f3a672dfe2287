import assert from "node:assert/strict";
import { test } from "node:test";
import { fitHelpText } from "../../src/render/help-text.js";

test("help's prose is filled to the width at its indentation; examples and columns are kept line for line", () => {
  const text = [
    "",
    "Examples:",
    "  $ tool search a very long query that is typed as it is and never wrapped at all",
    "",
    "Keys:",
    "  Tab      next kind",
    "",
    "How it matches:",
    "  Each word is matched on its own, in Russian and English at once, word forms too.",
    "",
    "Records: score, id, kind, date, title, unless --fields names others.",
    "",
  ].join("\n");
  assert.equal(
    fitHelpText(text, 40),
    [
      "",
      "Examples:",
      "  $ tool search a very long query that is typed as it is and never wrapped at all",
      "",
      "Keys:",
      "  Tab      next kind",
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
