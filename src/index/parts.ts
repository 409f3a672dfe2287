import type { FactBook } from "../facts/factbook.js";
import type { FactFilter } from "../facts/query.js";
import type { IndexedFacts } from "./facts.js";

/**
 * The part of a fact file a command shows: the facts a filter keeps (a listing), or one fact (a
 * card). Its book holds those facts and what showing them needs: the facts that date them, for
 * events the agreements whose milestones they hold, for a card every fact it links to or from.
 */
export type BookPart = { filter: FactFilter } | { id: string };

/** The book of a part of an indexed file; for an id no fact has, an empty book. */
export function bookPart(facts: IndexedFacts, part: BookPart): FactBook {
  if ("id" in part) {
    const place = facts.placeOf(part.id);
    if (place === undefined) return facts.book([]);
    const links = (["dating", "related", "markedBy", "relatedFrom"] as const).flatMap((kind) =>
      facts.linked(kind, [place]),
    );
    return facts.book([place, ...links]);
  }
  const places = facts.passing(part.filter);
  const { kinds } = part.filter;
  const events = !kinds?.length || kinds.includes("event");
  return facts.book([
    ...places,
    ...facts.linked("dating", places),
    ...(events ? facts.linked("markedBy", places) : []),
  ]);
}
