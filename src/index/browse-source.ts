import type { BrowseSource } from "../browse/source.js";
import { FactBook } from "../facts/factbook.js";
import type { RankedFact } from "../search/engine.js";
import type { IndexedFacts } from "./facts.js";
import { exactHits, type IndexedRanking, indexWords, rankIndexed } from "./search.js";

/**
 * Browse over an indexed file: each key searches the index (its words read once, as the keys
 * first need them), and only the facts on screen are read from the file.
 */
export function indexedBrowseSource(facts: IndexedFacts): BrowseSource {
  const words = indexWords(facts, true);
  let ranking: IndexedRanking | undefined;
  return {
    total: facts.count,
    find(query, kind) {
      const eligible = kind === undefined ? undefined : facts.eligible({ kinds: [kind] });
      ranking = query.trim() === "" ? undefined : rankIndexed(facts, query, { eligible, asYouType: true }, words);
      if (ranking) return ranking.ranking;
      const places =
        kind === undefined
          ? Array.from({ length: facts.count }, (_, place) => place)
          : facts.passing({ kinds: [kind] });
      return places.map((factIndex) => ({ factIndex, score: 0, matchedTerms: [] }));
    },
    show(found) {
      const shown: readonly RankedFact[] = ranking ? exactHits(facts, ranking, found) : found;
      const read = facts.withDating(shown.map((hit) => hit.factIndex));
      const hits = shown.flatMap(({ factIndex, score, matchedTerms }) => {
        const fact = read.get(factIndex);
        return fact ? [{ fact, score, matchedTerms }] : [];
      });
      return { hits, book: new FactBook([...read.values()], facts.name, facts.index.meta.programmeAreas) };
    },
  };
}
