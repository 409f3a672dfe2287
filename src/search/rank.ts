// How facts are ranked once each query word's best match in each fact is known: the answer to
// "is this what was meant?", not only "does it mention a query word?".

/** A fact that matched, by its place among the facts scanned, with its score and the words that matched. */
export interface RankedFact {
  factIndex: number;
  score: number;
  matchedTerms: string[];
}

/** For one query word: each fact's best similarity × field weight (0: no match), and the word id that gave it. */
export interface WordScores {
  scores: Float64Array;
  termIds: Int32Array;
}

/**
 * A fact whose score is below this share of the best one is an echo of the query, not an answer.
 * One word: only the worst of matches fall under it (the word's beginning, read in the other
 * layout, in a quote: 0.9 × 0.9 × 0.7 = 0.57), so everything that holds the word is shown. Several
 * words: a fact that holds them all only in its quote, a source sentence it shares with its
 * neighbours, is not what was meant when another holds them in its title («торговля детьми»: the
 * quote of the armed-conflict protocol names both protocols).
 */
const RELATIVE_CUTOFF = { oneWord: 0.5, words: 0.75 };
/**
 * When no fact matches every word: a fact whose words are less than this share of the query
 * (each word weighed by its rarity) is left out: "child" alone is not an answer to "child soldiers".
 */
const PARTIAL_FLOOR = 0.25;

/**
 * Ranks the facts (those `eligible` keeps) by how well they match the query:
 * - Facts that match every word of the query come first, and alone; when none matches them all,
 *   those that match the most words, if that is at least PARTIAL_FLOOR of the query.
 * - A fact's score is the share of the query it matches: each word weighs by its rarity in the
 *   file (BM25's inverse document frequency), times how well the fact matches it (similarity ×
 *   field weight). One word in a title, as typed, is 1; ЮНИСЕФ, in nearly every fact, weighs
 *   little beside представительство.
 * - A fact scoring under a share of the best score (RELATIVE_CUTOFF) is left out.
 * Equal scores keep the file's order.
 */
export function rankFacts(
  perWord: readonly WordScores[],
  terms: readonly string[],
  factCount: number,
  eligible?: (factIndex: number) => boolean,
): RankedFact[] {
  const weights = perWord.map(({ scores }) => inverseDocumentFrequency(scores, factCount));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const candidates: { factIndex: number; matched: number; share: number; score: number }[] = [];
  let mostMatched = 1;
  for (let factIndex = 0; factIndex < factCount; factIndex += 1) {
    if (eligible && !eligible(factIndex)) continue;
    let matched = 0;
    let share = 0;
    let total = 0;
    for (let word = 0; word < perWord.length; word += 1) {
      const score = perWord[word]?.scores[factIndex] ?? 0;
      if (score === 0) continue;
      matched += 1;
      share += weights[word] ?? 0;
      total += score * (weights[word] ?? 0);
    }
    if (matched === 0) continue;
    mostMatched = Math.max(mostMatched, matched);
    candidates.push({ factIndex, matched, share: share / totalWeight, score: round(total / totalWeight) });
  }
  const all = mostMatched === perWord.length;
  const covering = candidates.filter(
    (candidate) => candidate.matched === mostMatched && (all || candidate.share >= PARTIAL_FLOOR),
  );
  const best = covering.reduce((max, candidate) => Math.max(max, candidate.score), 0);
  const cutoff = perWord.length === 1 ? RELATIVE_CUTOFF.oneWord : RELATIVE_CUTOFF.words;
  return covering
    .filter((candidate) => candidate.score >= cutoff * best)
    .sort((a, b) => b.score - a.score || a.factIndex - b.factIndex)
    .map(({ factIndex, score }) => ({ factIndex, score, matchedTerms: matchedTerms(perWord, terms, factIndex) }));
}

/** BM25's IDF of a query word over the facts it matches: a word in every fact weighs little, a rare one much. */
function inverseDocumentFrequency(scores: Float64Array, factCount: number): number {
  let matching = 0;
  for (let i = 0; i < factCount; i += 1) if ((scores[i] ?? 0) > 0) matching += 1;
  return Math.log(1 + (factCount - matching + 0.5) / (matching + 0.5));
}

function matchedTerms(perWord: readonly WordScores[], terms: readonly string[], factIndex: number): string[] {
  const found = new Set<string>();
  for (const { scores, termIds } of perWord) {
    if ((scores[factIndex] ?? 0) > 0) found.add(terms[termIds[factIndex] ?? 0] ?? "");
  }
  return [...found];
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
