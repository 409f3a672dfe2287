import * as v from "valibot";
import { checkFactLinks, type FactLinks, factLinks } from "../facts/check.js";
import { yearOf } from "../facts/dates.js";
import { FactBook } from "../facts/factbook.js";
import type { Limits } from "../facts/limits.js";
import { type FactFilter, passesFilter } from "../facts/query.js";
import { type FactFileReading, readFactBatches, sourceName } from "../facts/read.js";
import { Fact, FactFileShell } from "../facts/schema.js";
import { oneOffSearch, type RankedFact, type SearchHit } from "./engine.js";
import { FactScanner } from "./term-scan.js";

/** What a search of a file found and shows, and a book of those facts and the events that date them: all its output reads. */
export interface FileSearch {
  hits: SearchHit[];
  book: FactBook;
}

/** Which of the facts found are shown: those the filter keeps, best first, up to the limit. */
export interface Shown {
  filter: FactFilter;
  limit: number;
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
  const links: FactLinks[] = [];
  // Where each fact's text starts and ends in the file.
  const spans: number[] = [];
  const reading = readFactBatches(path, limits, (facts, bounds) => {
    for (let index = 0; index < facts.length; index += 1) {
      const fact = facts[index];
      if (!v.is(Fact, fact)) return false;
      scanner.add(fact);
      links.push(factLinks(fact));
      spans.push((bounds[index] ?? 0) + 1, bounds[index + 1] ?? 0);
    }
    return links.length <= limits.facts;
  });
  if (!reading) return undefined;
  try {
    if (!v.is(FactFileShell, reading.json) || checkFactLinks(links).length > 0) return undefined;
    const placeOf = placesById(links);
    const eligible = (index: number) => {
      const fact = links[index];
      return fact !== undefined && passesFilter(fact.kind, () => linkedYears(fact, links, placeOf), shown.filter);
    };
    const best = oneOff.rank(scanner.scanned(), links.length, eligible).slice(0, shown.limit);
    const facts = new Map<number, Fact>();
    if (!readAgain(reading, spans, links, withDatingEvents(best, links, placeOf), facts)) return undefined;
    const book = new FactBook(
      [...facts].sort(([a], [b]) => a - b).map(([, fact]) => fact),
      sourceName(path),
    );
    const hits = best.flatMap(({ factIndex, score, matchedTerms }) => {
      const fact = facts.get(factIndex);
      return fact ? [{ fact, score, matchedTerms }] : [];
    });
    return { hits, book };
  } finally {
    reading.close();
  }
}

/** Each fact's place in the file, by id; worked out when first asked for. */
function placesById(links: readonly FactLinks[]): () => ReadonlyMap<string, number> {
  let places: Map<string, number> | undefined;
  return () => (places ??= new Map(links.map((linked, index) => [linked.id, index])));
}

/** The years a fact is dated by (see factYears), from the links kept of the facts. */
function linkedYears(
  fact: FactLinks,
  links: readonly FactLinks[],
  placeOf: () => ReadonlyMap<string, number>,
): number[] {
  if (fact.kind === "event") return fact.date === undefined ? [] : [yearOf(fact.date)];
  if (fact.kind === "program") return [];
  return fact.milestones.flatMap((milestone) => {
    const event = links[placeOf().get(milestone.event) ?? -1];
    return event?.kind === "event" && event.date !== undefined ? [yearOf(event.date)] : [];
  });
}

/** These facts found, and the events their milestones link to, by place in the file (`placeOf` gives a fact's place by id). */
function withDatingEvents(
  ranked: readonly RankedFact[],
  links: readonly FactLinks[],
  placeOf: () => ReadonlyMap<string, number>,
): number[] {
  const wanted = new Set(ranked.map((hit) => hit.factIndex));
  for (const { factIndex } of ranked) {
    const fact = links[factIndex];
    if (fact?.kind !== "agreement") continue;
    for (const milestone of fact.milestones) {
      const place = placeOf().get(milestone.event);
      if (place !== undefined) wanted.add(place);
    }
  }
  return [...wanted];
}

/** Reads the facts at these places again into `facts`; false if one is not the fact checked there (the file changed). */
function readAgain(
  reading: FactFileReading,
  spans: readonly number[],
  links: readonly FactLinks[],
  places: number[],
  facts: Map<number, Fact>,
): boolean {
  for (const place of places) {
    if (facts.has(place)) continue;
    let fact: unknown;
    try {
      fact = JSON.parse(reading.textBetween(spans[2 * place] ?? 0, spans[2 * place + 1] ?? 0));
    } catch {
      return false;
    }
    if (!v.is(Fact, fact) || fact.id !== links[place]?.id) return false;
    facts.set(place, fact);
  }
  return true;
}
