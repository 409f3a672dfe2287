import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import { buildPostings, type Postings } from "./inverted-index.js";
import { parseQuery } from "./query.js";
import { Vocabulary } from "./vocabulary.js";

// A reading through the other keyboard layout is a guess: it may not also be a loose fuzzy match.
const STRICT = 0.85;

/** A fact that matched, how well (0 to 1, higher is better), and the indexed words that matched. */
export interface SearchHit {
  fact: Fact;
  score: number;
  matchedTerms: string[];
}

/** Fuzzy search over one fact book: words of the query are matched against its vocabulary. */
export class SearchEngine {
  private readonly postings: Postings;
  private readonly vocabulary: Vocabulary;

  constructor(private readonly book: FactBook) {
    this.postings = buildPostings(book);
    this.vocabulary = new Vocabulary([...this.postings.keys()]);
  }

  /**
   * Every fact that matches at least one query word, best first. A fact's score is the mean,
   * over query words, of its best match for that word (similarity × field weight), so facts
   * that match more of the words rank higher.
   */
  search(query: string): SearchHit[] {
    const words = parseQuery(query);
    if (words.length === 0) return [];
    const perFact = new Map<number, { total: number; terms: Set<string> }>();
    for (const word of words) {
      const best = new Map<number, { score: number; term: string }>();
      for (const reading of word.readings) {
        for (const [term, similarity] of this.vocabulary.match(reading.word, reading.weight < 1 ? STRICT : undefined)) {
          for (const [factIndex, weight] of this.postings.get(term) ?? []) {
            const score = similarity * weight * reading.weight;
            if (score > (best.get(factIndex)?.score ?? 0)) best.set(factIndex, { score, term });
          }
        }
      }
      for (const [factIndex, { score, term }] of best) {
        const entry = perFact.get(factIndex) ?? { total: 0, terms: new Set<string>() };
        entry.total += score;
        entry.terms.add(term);
        perFact.set(factIndex, entry);
      }
    }
    const ranked: (SearchHit & { factIndex: number })[] = [];
    for (const [factIndex, { total, terms }] of perFact) {
      const fact = this.book.facts[factIndex];
      if (fact) ranked.push({ fact, factIndex, score: round(total / words.length), matchedTerms: [...terms] });
    }
    // Equal scores keep the file's order.
    ranked.sort((a, b) => b.score - a.score || a.factIndex - b.factIndex);
    return ranked.map(({ fact, score, matchedTerms }) => ({ fact, score, matchedTerms }));
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
