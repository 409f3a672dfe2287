import type { FactLinks } from "../facts/check.js";
import { type CheckedReading, linkedYears, placesById, readCheckedFacts } from "../facts/checked-reading.js";
import { FactBook } from "../facts/factbook.js";
import type { Limits } from "../facts/limits.js";
import { type FactFilter, passesFilter } from "../facts/query.js";
import { sourceName } from "../facts/read.js";
import { type Fact, isFact } from "../facts/schema.js";
import { oneOffSearch, type RankedFact, type SearchHit } from "./engine.js";
import { FactScanner } from "./term-scan.js";

/**
 * What a search of a file found and shows, and a book of those facts and the events that date
 * them: all its output reads; and how many facts it found in all.
 */
export interface FileSearch {
  hits: SearchHit[];
  book: FactBook;
  total: number;
}

/**
 * Which of the facts found are shown: those the filter keeps, best first, up to the limit; and
 * whether the words each matched are shown (highlighted in a table). Without, a search through
 * an index need not read the facts' words (see exactHits in index/search.ts).
 */
export interface Shown {
  filter: FactFilter;
  limit: number;
  highlighted?: boolean;
}

/**
 * A one-off search of a fact file as it is read (see searchOnce; the answer is the same). Each
 * batch of facts is checked and scanned, then let go: a large file's facts, kept, are most of
 * the memory a search takes and, where memory first touched is slow, most of its time. Only the
 * facts shown, and the events their dates come from, are read again. Undefined when the book is
 * better loaded whole: a query with no words, a file that is not a regular file, or anything
 * wrong with it (loading it whole says what).
 */
export function searchFactFile(path: string, query: string, shown: Shown, limits: Limits): FileSearch | undefined {
  const oneOff = oneOffSearch(query);
  if (!oneOff) return undefined;
  const scanner = new FactScanner(oneOff.filter, false);
  const checked = readCheckedFacts(path, limits, (fact) => scanner.add(fact));
  if (!checked) return undefined;
  try {
    const { links } = checked;
    const placeOf = placesById(links);
    const eligible = (index: number) => {
      const fact = links[index];
      return fact !== undefined && passesFilter(fact.kind, () => linkedYears(fact, links, placeOf), shown.filter);
    };
    const { ranked, total } = oneOff.rank(scanner.scanned(), links.length, { eligible, limit: shown.limit });
    const facts = readAgain(checked, withDatingFacts(ranked, links, placeOf));
    return facts && foundIn(facts, ranked, path, total);
  } finally {
    checked.reading.close();
  }
}

/** The hits shown, and a book of them and the facts that date them, from the facts read by place; `total` found. */
export function foundIn(
  facts: ReadonlyMap<number, Fact>,
  shown: readonly RankedFact[],
  path: string,
  total: number,
): FileSearch {
  const book = new FactBook(
    [...facts].sort(([a], [b]) => a - b).map(([, fact]) => fact),
    sourceName(path),
  );
  const hits = shown.flatMap(({ factIndex, score, matchedTerms }) => {
    const fact = facts.get(factIndex);
    return fact ? [{ fact, score, matchedTerms }] : [];
  });
  return { hits, book, total };
}

/**
 * These facts found, and the facts their dates come from (the events an agreement's milestones
 * link to, the event an event is dated by), and the agreements an event found is a milestone of
 * (its JSON names them), by place in the file (`placeOf` gives a fact's place by id).
 */
function withDatingFacts(
  ranked: readonly RankedFact[],
  links: readonly FactLinks[],
  placeOf: () => ReadonlyMap<string, number>,
): number[] {
  const wanted = new Set(ranked.map((hit) => hit.factIndex));
  const eventsFound = new Set(ranked.flatMap(({ factIndex }) => links[factIndex]?.id ?? []));
  links.forEach((fact, place) => {
    if (fact.kind === "agreement" && fact.milestones.some((milestone) => eventsFound.has(milestone.event)))
      wanted.add(place);
  });
  for (const { factIndex } of ranked) {
    const fact = links[factIndex];
    const dating =
      fact?.kind === "agreement"
        ? fact.milestones.map((milestone) => milestone.event)
        : fact?.kind === "event" && fact.relativeDate
          ? [fact.relativeDate.event]
          : [];
    for (const id of dating) {
      const place = placeOf().get(id);
      if (place !== undefined) wanted.add(place);
    }
  }
  return [...wanted];
}

/** Reads the facts at these places again; undefined if one is not the fact checked there (the file changed). */
function readAgain({ reading, spans, links }: CheckedReading, places: number[]): Map<number, Fact> | undefined {
  const facts = new Map<number, Fact>();
  for (const place of places) {
    let fact: unknown;
    try {
      fact = JSON.parse(reading.textBetween(spans[2 * place] ?? 0, spans[2 * place + 1] ?? 0));
    } catch {
      return undefined;
    }
    if (!isFact(fact) || fact.id !== links[place]?.id) return undefined;
    facts.set(place, fact);
  }
  return facts;
}
