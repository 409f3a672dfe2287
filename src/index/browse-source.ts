import type { BrowseSource } from "../browse/source.js";
import { FactBook } from "../facts/factbook.js";
import type { RankedFact } from "../search/engine.js";
import type { IndexedFacts } from "./facts.js";
import { DamagedIndex } from "./reader.js";
import { exactHits, type IndexedRanking, indexWords, rankIndexed } from "./search.js";

/**
 * Browse over an indexed file: each key searches the index (its words read once, as the keys
 * first need them), and only the facts on screen are read from the file. An index found damaged
 * as it is read (a block that fails its checksum, a fact not where it says: the file was edited)
 * is removed, as a search removes it, and browse goes on over the whole file (`whole`, loaded then).
 */
export function indexedBrowseSource(facts: IndexedFacts, whole: () => BrowseSource): BrowseSource {
  const throughIndex = searchThroughIndex(facts);
  let instead: BrowseSource | undefined;
  // Whether the facts found last were found through the index, which has since failed.
  let foundThroughIndex = false;
  const readIndex = <T>(read: () => T, otherwise: (source: BrowseSource) => T): T => {
    if (!instead) {
      try {
        return read();
      } catch (error) {
        if (!(error instanceof DamagedIndex)) throw error;
        facts.index.remove();
        instead = whole();
      }
    }
    return otherwise(instead);
  };
  return {
    get total() {
      return instead?.total ?? facts.count;
    },
    get stale() {
      return instead !== undefined && foundThroughIndex;
    },
    find(query, kind) {
      foundThroughIndex = instead === undefined;
      return readIndex(
        () => throughIndex.find(query, kind),
        (source) => {
          foundThroughIndex = false;
          return source.find(query, kind);
        },
      );
    },
    show(found) {
      return readIndex(
        () => throughIndex.show(found),
        // Facts found through the index that failed are not shown: the screen finds them again (stale).
        (source) => source.show(foundThroughIndex ? [] : found),
      );
    },
    // Its own words and ranking; the index's blocks read are shared, so warming up reads for the keys too.
    warmUpSource: () => searchThroughIndex(facts),
  };
}

/** Browse's searches of the index alone, its words kept from one key to the next; a damaged index throws DamagedIndex. */
function searchThroughIndex(facts: IndexedFacts): BrowseSource {
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
