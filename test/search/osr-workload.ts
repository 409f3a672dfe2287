// What test/search/osr.test.ts runs under `node --trace-deopt`: the loops over every fact that
// browse runs at each key (rank.ts, index/search.ts's postings, checksum.ts), called as the keys
// of a session call them, on files of 100,000 facts. Prints nothing; the trace is what is read.
import { checksum } from "../../src/checksum.js";
import { compactScores, rankFacts, type WordScores } from "../../src/search/rank.js";

const FACTS = 100_000;

/** A word matching every `step`-th fact from `offset`, its scores varied so that several classes rank. */
function word(step: number, offset: number): WordScores {
  const scores = new Float64Array(FACTS);
  const typed = new Uint8Array(FACTS);
  fill(scores, typed, step, offset);
  return compactScores(scores, typed);
}

// A loop that ends its function, as OSR_NOTE asks: this workload's own code is not what is checked.
function fill(scores: Float64Array, typed: Uint8Array, step: number, offset: number): void {
  for (let place = offset; place < FACTS; place += step) {
    scores[place] = 0.5 + ((place * 7) % 5) / 10;
    typed[place] = place % 3 === 0 ? 1 : 0;
  }
}

const bytes = new Uint8Array(1 << 20).map((_, at) => (at * 31) % 251);
for (let key = 0; key < 30; key += 1) {
  const common = word(1 + (key % 3), 0);
  const rare = word(17 + key, key);
  // One word; two that some facts both hold; one that no fact holds with the others (factsMatchedMost).
  rankFacts([common], [], FACTS, undefined, 50);
  rankFacts([common, rare], [], FACTS, undefined, 50);
  rankFacts([rare, word(FACTS, 1), common], [], FACTS, (place) => place % 2 === 0, 50);
  checksum(bytes, key);
}
