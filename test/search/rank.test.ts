import assert from "node:assert/strict";
import { test } from "node:test";
import { rankFacts, type WordScores } from "../../src/search/rank.js";

function word(places: number[]): WordScores {
  return {
    places: Int32Array.from(places),
    scores: new Float64Array(places.length).fill(1),
    typed: new Uint8Array(places.length).fill(1),
  };
}

const ranked = (ranking: ReturnType<typeof rankFacts>) =>
  Array.from({ length: ranking.length }, (_, at) => ranking.at(at)?.factIndex);

// No fact holds all three words (the third matched nothing, as a word half typed in browse does):
// those the most words matched are kept, among the eligible facts only, and each must still hold
// a quarter of the query's weight (fact 0's one common word does not; fact 3's rarer word does).
test("with no fact matching every word, the eligible facts matched by the most words are ranked", () => {
  const perWord = [word([0, 2, 5]), word([2, 3]), word([])];
  assert.deepEqual(ranked(rankFacts(perWord, [], 10)), [2]);
  assert.deepEqual(ranked(rankFacts(perWord, [], 10, (factIndex) => factIndex !== 2)), [3]);
  assert.deepEqual(ranked(rankFacts(perWord, [], 10, (factIndex) => factIndex === 0 || factIndex === 5)), []);
});
