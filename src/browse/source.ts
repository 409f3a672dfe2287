import type { FactBook } from "../facts/factbook.js";
import type { FactKind } from "../facts/schema.js";
import type { RankedFact, SearchEngine, SearchHit } from "../search/engine.js";
import type { FoundFacts } from "../search/rank.js";

/** What browse shows facts from: a whole book, or a file's saved index, read as the screen needs (index/browse-source.ts). */
export interface BrowseSource {
  /** How many facts there are. */
  readonly total: number;
  /** The facts that match the query, best first; for an empty query every fact, in file order. Only those of `kind`, if given. */
  find(query: string, kind: FactKind | undefined): FoundFacts;
  /** Some of the facts found, as the screen shows them, with a book holding what showing them needs. */
  show(found: readonly RankedFact[]): { hits: SearchHit[]; book: FactBook };
  /** Whether the facts found last are no longer to be shown, and must be found again (the source changed). */
  readonly stale?: boolean;
  /**
   * Another source over the same facts, for browse to warm up on while the person is idle (see
   * warm-up.ts): searching it leaves this one as it is. None where searching is fast from the
   * first key (a book held whole is small).
   */
  warmUpSource?(): BrowseSource;
}

/** Browse over a book held whole, searched as typed. */
export function bookSource(book: FactBook, engine: SearchEngine): BrowseSource {
  return {
    total: book.facts.length,
    find(query, kind) {
      const eligible = kind === undefined ? undefined : (index: number) => book.facts[index]?.kind === kind;
      if (query.trim() !== "") return engine.rank(query, { eligible, asYouType: true });
      return book.facts.flatMap((fact, factIndex) =>
        kind === undefined || fact.kind === kind ? [{ factIndex, score: 0, matchedTerms: [] }] : [],
      );
    },
    show(found) {
      const hits = found.flatMap(({ factIndex, score, matchedTerms }) => {
        const fact = book.facts[factIndex];
        return fact ? [{ fact, score, matchedTerms }] : [];
      });
      return { hits, book };
    },
  };
}
