// The runs of words whose postings an index merges, and their merged postings.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readPostings, WEIGHT_CODES } from "../../src/index/postings.js";
import { mergedPostings, prefixRuns } from "../../src/index/prefixes.js";
import { writeVarint } from "../../src/index/varints.js";

test("runs are the words sharing a prefix of each length whose postings take half a byte a fact or more", () => {
  const words = ["п", "па", "пар", "парк", "пе", "пес", "р", "ра"];
  // Bytes of postings by word: 10 facts, so a run needs 5 bytes.
  const bytes = [1, 1, 2, 2, 1, 1, 3, 3];
  const runs = prefixRuns(words, (id) => bytes[id] ?? 0, 10);
  assert.deepEqual(runs, [
    // п… (8 bytes), р… (6); then па… (5); пе… has 2 bytes, пар… 4.
    [0, 6],
    [6, 8],
    [1, 4],
  ]);
});

test("merged postings hold each fact any word is in once, with the best weight any has there", () => {
  const weights = [0.7, 1, 0.85];
  const postingsOf = (facts: [number, number][]) => {
    const bytes = new Uint8Array(5 * facts.length);
    let length = 0;
    let last = 0;
    for (const [place, code] of facts) {
      length = writeVarint(bytes, length, (place - last) * WEIGHT_CODES + code);
      last = place;
    }
    return bytes.subarray(0, length);
  };
  const lists = [
    postingsOf([
      [0, 0],
      [3, 2],
      [200, 0],
    ]),
    postingsOf([
      [3, 1],
      [7, 0],
    ]),
    postingsOf([
      [0, 2],
      [200, 0],
    ]),
  ];
  const merged = readPostings(
    mergedPostings(0, 3, 201, weights, (id) => lists[id] ?? new Uint8Array(0)),
    201,
  );
  assert.deepEqual(merged && { places: [...merged.places], codes: [...merged.codes] }, {
    places: [0, 3, 7, 200],
    codes: [2, 1, 0, 0],
  });
});
