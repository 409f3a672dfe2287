import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { Fact } from "../../src/facts/schema.js";
import { tokenize } from "../../src/search/normalize.js";
import { scanFacts, TOKEN_CHUNK_BITS } from "../../src/search/term-scan.js";
import { fuzzRuns } from "../helpers.js";

/** The words the scanner finds in each text, read back through the term table, by both ways in. */
function scannedWords(texts: string[]): string[][] {
  const byLoop = scannedWordsBy(texts, 0);
  assert.deepEqual(scannedWordsBy(texts, Number.POSITIVE_INFINITY), byLoop, "the two ways in disagree");
  return byLoop;
}

function scannedWordsBy(texts: string[], smallBook: number): string[][] {
  const facts = texts.map(
    (text, index): Fact => ({
      id: `f-${index}`,
      kind: "program",
      title: { ru: text, en: "x" },
      summary: { ru: "x", en: "x" },
      tags: [],
      related: [],
      source: { quote: "x" },
    }),
  );
  const scanned = scanFacts(facts, undefined, smallBook);
  // One id per word: a word met in two spellings (Ё and ё, Σ and σ) must not get two.
  assert.equal(new Set(scanned.terms).size, scanned.terms.length, "a word has two ids");
  const mask = (1 << TOKEN_CHUNK_BITS) - 1;
  const token = (i: number) => scanned.terms[scanned.tokenChunks[i >> TOKEN_CHUNK_BITS]?.[i & mask] ?? -1];
  const fieldsPerFact = scanned.fieldEnds.length / texts.length;
  return texts.map((_, index) => {
    const field = index * fieldsPerFact;
    const start = field === 0 ? 0 : (scanned.fieldEnds[field - 1] ?? 0);
    const words: string[] = [];
    for (let i = start; i < (scanned.fieldEnds[field] ?? 0); i += 1) words.push(token(i) ?? "?");
    return words;
  });
}

test("the scanner finds the words tokenize finds, in the same normal form", () => {
  const texts = [
    "Полиомиелит, ПОЛИОМИЕЛИТА и Ёлка: 1992 год!",
    "İstanbul ΟΔΟΣ Straße ǅemal",
    "𝐀𝐁𝐂 bold, 😀 emoji, 𐐀𐐨 Deseret, lone \ud800 and \udc00 halves",
    "e\u0301cole cafe\u0301 zero\u200bwidth",
  ];
  assert.deepEqual(
    scannedWords(texts),
    texts.map((text) => tokenize(text)),
  );
});

test("the scanner agrees with tokenize on any text (property)", () => {
  const text = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(..."АаЁёZz İΣσ𝐀\ud800\udc00 ,1"), maxLength: 40 }),
  );
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
      assert.deepEqual(
        scannedWords(texts),
        texts.map((one) => tokenize(one)),
      );
    }),
    { seed: 20261124, numRuns: fuzzRuns(300) },
  );
});
