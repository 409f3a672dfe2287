// What property tests of search draw from: words as people type them, and what a search shows.
import fc from "fast-check";
import type { Shown } from "../../src/search/file-search.js";
import { switchLayout } from "../../src/search/keyboard.js";
import { toLatin } from "../../src/search/transliterate.js";

/**
 * A word of `words` as a person might type it: as it is, with two letters swapped, a letter
 * missed or doubled, two of those at once, in Latin letters, in the other keyboard layout, or cut
 * short to `shortest` letters or more.
 */
export function typedWord(words: readonly string[], shortest: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...words),
      fc.nat(),
      fc.constantFrom("as is", "typo", "missed", "doubled", "two typos", "latin", "layout", "prefix"),
    )
    .map(([word, position, how]) => {
      const at = position % Math.max(1, word.length);
      if (how === "typo")
        return word.slice(0, at) + word.slice(at + 1, at + 2) + word.slice(at, at + 1) + word.slice(at + 2);
      if (how === "missed") return word.slice(0, at) + word.slice(at + 1);
      if (how === "doubled") return word.slice(0, at + 1) + word.slice(at);
      if (how === "two typos") {
        const missed = word.slice(0, at) + word.slice(at + 1);
        const again = (at * 7 + 3) % Math.max(1, missed.length);
        return missed.slice(0, again + 1) + missed.slice(again);
      }
      if (how === "latin") return toLatin(word);
      if (how === "layout") return switchLayout(word) ?? word;
      if (how === "prefix") return word.slice(0, Math.max(shortest, at));
      return word;
    });
}

/** Which facts a search shows: of some kinds, dated in some years, up to a limit. */
export const shownFacts: fc.Arbitrary<Shown> = fc.record({
  filter: fc.record(
    {
      kinds: fc.subarray(["event", "program", "agreement"] as const, { minLength: 1 }),
      from: fc.integer({ min: 1990, max: 2026 }),
      to: fc.integer({ min: 1990, max: 2026 }),
    },
    { requiredKeys: [] },
  ),
  limit: fc.integer({ min: 1, max: 40 }),
  highlighted: fc.boolean(),
});
