import * as v from "valibot";
import { checkFactLinks, type FactLinks, factLinks } from "./check.js";
import { yearOf } from "./dates.js";
import type { Limits } from "./limits.js";
import { type FactFileReading, readFactBatches } from "./read.js";
import { type Fact, FactFileShell, isFact } from "./schema.js";

/** A fact file read through, every fact checked, with what of each fact was kept. */
export interface CheckedReading {
  /** Open to read chosen facts again (see readFactBatches); the caller closes it. */
  reading: FactFileReading;
  /** The file's JSON, its facts left out. */
  shell: v.InferOutput<typeof FactFileShell>;
  /** Each fact's links, by its place in the file. */
  links: FactLinks[];
  /** Where fact i's text lies in the file: from byte spans[2i] to spans[2i + 1]. */
  spans: number[];
}

/**
 * Reads a regular fact file a batch at a time, checking each fact, and hands each to `take`
 * with its place in the file. Undefined when anything is wrong with the file, or it is not a
 * regular file (loading it whole says what), and when it holds more facts than the limit.
 */
export function readCheckedFacts(
  path: string,
  limits: Limits,
  take: (fact: Fact, place: number) => void,
): CheckedReading | undefined {
  const links: FactLinks[] = [];
  const spans: number[] = [];
  const reading = readFactBatches(path, limits, (facts, bounds) => {
    for (let index = 0; index < facts.length; index += 1) {
      const fact = facts[index];
      if (!isFact(fact)) return false;
      take(fact, links.length);
      links.push(factLinks(fact));
      spans.push((bounds[index] ?? 0) + 1, bounds[index + 1] ?? 0);
    }
    return links.length <= limits.facts;
  });
  if (!reading) return undefined;
  if (!v.is(FactFileShell, reading.json) || checkFactLinks(links).length > 0) {
    reading.close();
    return undefined;
  }
  return { reading, shell: reading.json, links, spans };
}

/** Each fact's place in the file, by id; worked out when first asked for. */
export function placesById(links: readonly FactLinks[]): () => ReadonlyMap<string, number> {
  let places: Map<string, number> | undefined;
  return () => (places ??= new Map(links.map((linked, index) => [linked.id, index])));
}

/** The years a fact is dated by (see factYears), from the links kept of the facts. */
export function linkedYears(
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
