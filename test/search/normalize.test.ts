import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { isCyrillic, isNumber, normalizeText, stem, tokenize } from "../../src/search/normalize.js";
import { fuzzRuns } from "../helpers.js";

// What tokenize and isNumber mean, by Unicode's classes; the code takes faster ways for plain text.
const wordsByUnicode = (text: string) => normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const numberByUnicode = (word: string) => /^\p{N}+$/u.test(word);

test("tokenize splits around every UTF-16 unit as Unicode's letter and number classes do", () => {
  for (let unit = 0; unit <= 0xffff; unit += 1) {
    const text = `ж${String.fromCharCode(unit)}z 7${String.fromCharCode(unit)}`;
    assert.deepEqual(tokenize(text), wordsByUnicode(text), `U+${unit.toString(16).padStart(4, "0")}`);
  }
});

test("tokenize agrees with Unicode's classes on any text (property)", () => {
  const text = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(..."Полиомиелит ЁёQq 1992 «»—№…\u00a0ӘәІі١٢𝟙𝐀"), maxLength: 40 }),
  );
  fc.assert(
    fc.property(text, (one) => assert.deepEqual(tokenize(one), wordsByUnicode(one))),
    { seed: 20261125, numRuns: fuzzRuns(1000) },
  );
});

test("isCyrillic is Unicode's Cyrillic script test, for every UTF-16 unit in a word", () => {
  for (let unit = 0; unit <= 0xffff; unit += 1) {
    const word = `ab${String.fromCharCode(unit)}`;
    assert.equal(isCyrillic(word), /\p{Script=Cyrillic}/u.test(word), `U+${unit.toString(16).padStart(4, "0")}`);
  }
});

test("isNumber is true for words of digits in any script, and only for them", () => {
  for (const word of ["1992", "0", "١٩٩٢", "𝟙𝟡", "Ⅻ", "1992г", "год", "x1", "½"])
    assert.equal(isNumber(word), numberByUnicode(word), word);
  assert.deepEqual(
    ["1992", "١٩٩٢", "1992г"].map((word) => isNumber(word)),
    [true, true, false],
  );
});

test("a number is its own stem (a saved index does not stem numbers)", () => {
  for (let number = 0; number < 200_000; number += 1) {
    for (const word of [String(number), `0${number}`]) assert.equal(stem(word), word);
  }
});
