// How facts link to each other, saved so that a command can read a fact and only the facts its
// output needs: those that date it, those it names, those that name it.
import type { FactLinks } from "../facts/check.js";
import { placesById } from "../facts/checked-reading.js";
import type { SectionName } from "./layout.js";

/** Links of one kind, for every fact: the facts fact i links to are targets[starts[i]] to targets[starts[i + 1] − 1]. */
export interface LinkTable {
  starts: Uint32Array;
  targets: Uint32Array;
}

/** The kinds of link saved, as their two sections. */
export const LINKS = {
  /** The facts that date each fact: an agreement's milestone events, the event an event is dated by. */
  dating: ["datingStarts", "dating"],
  related: ["relatedStarts", "related"],
  /** The agreements whose milestones an event holds. */
  markedBy: ["markedByStarts", "markedBy"],
  /** The facts that name each fact as related. */
  relatedFrom: ["relatedFromStarts", "relatedFrom"],
} as const satisfies Record<string, readonly [SectionName, SectionName]>;
export type LinkKind = keyof typeof LINKS;

/** Every link table's two sections, in the order they are written. */
export function linkSections(links: readonly FactLinks[]): [SectionName, Uint32Array][] {
  const placeOf = placesById(links);
  const place = (id: string) => placeOf().get(id) ?? -1;
  // Each kind's links as pairs: from, to, from, to…
  const pairs: Record<LinkKind, number[]> = { dating: [], related: [], markedBy: [], relatedFrom: [] };
  links.forEach((fact, from) => {
    for (const id of fact.related) {
      pairs.related.push(from, place(id));
      pairs.relatedFrom.push(place(id), from);
    }
    if (fact.kind === "agreement") {
      for (const { event } of fact.milestones) {
        pairs.dating.push(from, place(event));
        pairs.markedBy.push(place(event), from);
      }
    }
    if (fact.kind === "event" && fact.relativeDate) pairs.dating.push(from, place(fact.relativeDate.event));
  });
  return (Object.keys(LINKS) as LinkKind[]).flatMap((kind) => {
    const table = linkTable(links.length, pairs[kind]);
    const [startsName, targetsName] = LINKS[kind];
    return [
      [startsName, table.starts],
      [targetsName, table.targets],
    ];
  });
}

/** Links given as pairs (from, to, …), grouped by the fact they come from, in the order given. */
function linkTable(count: number, pairs: readonly number[]): LinkTable {
  const starts = new Uint32Array(count + 1);
  for (let at = 0; at < pairs.length; at += 2) starts[(pairs[at] ?? 0) + 1] = (starts[(pairs[at] ?? 0) + 1] ?? 0) + 1;
  for (let from = 0; from < count; from += 1) starts[from + 1] = (starts[from + 1] ?? 0) + (starts[from] ?? 0);
  const targets = new Uint32Array(starts[count] ?? 0);
  const next = starts.slice(0, count);
  for (let at = 0; at < pairs.length; at += 2) {
    const from = pairs[at] ?? 0;
    targets[next[from] ?? 0] = pairs[at + 1] ?? 0;
    next[from] = (next[from] ?? 0) + 1;
  }
  return { starts, targets };
}
