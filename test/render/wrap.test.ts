import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import stringWidth from "string-width";
import { cutMiddle, displayWidth, longestWordWidth, wrapSpans } from "../../src/render/wrap.js";
import { fuzzRuns } from "../helpers.js";

test("display width is string-width's for every UTF-16 unit", () => {
  for (let unit = 0; unit < 0x10000; unit += 1) {
    const character = String.fromCharCode(unit);
    assert.equal(displayWidth(`a${character}я`), stringWidth(`a${character}я`), unit.toString(16));
  }
});

test("display width is string-width's for text of any characters (property)", () => {
  const character = fc.oneof(
    fc.constantFrom(..."aZ 9©®™#*\u20e3\ufe0f№–«»…Ёё\u0301\u0483\u00ad\u200d👍🏽🇰🇿中\u001b[31m\t".split("")),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
  );
  fc.assert(
    fc.property(fc.array(character, { maxLength: 12 }), (characters) => {
      const text = characters.join("");
      assert.equal(displayWidth(text), stringWidth(text), JSON.stringify(text));
    }),
    { seed: 20261125, numRuns: fuzzRuns(2000) },
  );
});

test("a text cut in the middle keeps its first words, in a third of the width, and as many last words as fit", () => {
  const text = [{ text: "Optional Protocol to the Convention on the Rights of the Child on the sale of children" }];
  assert.deepEqual(wrapSpans(cutMiddle(text, 40), 40), ["Optional … Child on the sale of children"]);
  assert.deepEqual(wrapSpans(cutMiddle(text, 60), 60), ["Optional Protocol to … of the Child on the sale of children"]);
  // Styles stay with their words; a text that fits is left as it is.
  const bold = (word: string) => `*${word}*`;
  const styled = [{ text: "one two" }, { text: "three four five six seven", style: bold }];
  assert.equal(wrapSpans(cutMiddle(styled, 20), 20)[0], "one … *five* *six* *seven*");
  assert.deepEqual(cutMiddle(styled, 40), styled);
  // When not even the last word fits after "…", it is for the end to be cut.
  assert.deepEqual(cutMiddle([{ text: "alpha beta gamma unbreakable" }], 12), [
    { text: "alpha beta gamma unbreakable" },
  ]);
});

test("an id may break once after a hyphen: its column need be only as wide as the longer of its two lines", () => {
  const id = "(optional-protocol-sale-of-children)";
  assert.equal(longestWordWidth([{ text: `Optional Protocol ${id}` }]), 36);
  assert.equal(longestWordWidth([{ text: "Optional Protocol" }, { text: id, breaksAtHyphens: true }]), 19);
  assert.deepEqual(wrapSpans([{ text: id, breaksAtHyphens: true }], 24), ["(optional-protocol-sale-", "of-children)"]);
  assert.deepEqual(wrapSpans([{ text: id, breaksAtHyphens: true }], 19), ["(optional-protocol-", "sale-of-children)"]);
  // Any word wider than a line breaks after a hyphen where one leaves a line's worth, else between letters.
  assert.deepEqual(wrapSpans([{ text: "polio-free-recertification" }], 20), ["polio-free-", "recertification"]);
  assert.deepEqual(wrapSpans([{ text: "polio-free-recertification" }], 12), ["polio-free-", "recertificat", "ion"]);
});
