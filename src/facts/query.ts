import { UsageError } from "../errors.js";
import { compareDates, yearOf } from "./dates.js";
import type { FactBook } from "./factbook.js";
import type { EventFact, Fact, FactKind } from "./schema.js";

export type DatedEvent = EventFact & { date: string };

/** Which facts a listing keeps: kinds and an inclusive year range, either end open. */
export interface FactFilter {
  kinds?: readonly FactKind[];
  from?: number;
  to?: number;
}

/** Reads --year, --from and --to into a filter; --year is both ends. */
export function yearRange(options: { year?: number; from?: number; to?: number }): { from?: number; to?: number } {
  if (options.year !== undefined && (options.from !== undefined || options.to !== undefined)) {
    throw new UsageError("--year cannot be combined with --from or --to; use one or the other.");
  }
  if (options.year !== undefined) return { from: options.year, to: options.year };
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new UsageError(`--from ${options.from} is after --to ${options.to}; swap them.`);
  }
  return { from: options.from, to: options.to };
}

/** The years a fact is dated by: an event's own date, an agreement's milestones; none for a programme. */
export function factYears(fact: Fact, book: FactBook): number[] {
  if (fact.kind === "event") return fact.date === undefined ? [] : [yearOf(fact.date)];
  if (fact.kind === "agreement") return book.datedMilestones(fact).map((milestone) => yearOf(milestone.date));
  return [];
}

export function matchesFilter(fact: Fact, filter: FactFilter, book: FactBook): boolean {
  return passesFilter(fact.kind, () => factYears(fact, book), filter);
}

/** Whether a fact of this kind, dated in these years (asked for only when the filter has years), passes the filter. */
export function passesFilter(kind: FactKind, years: () => readonly number[], filter: FactFilter): boolean {
  if (filter.kinds && filter.kinds.length > 0 && !filter.kinds.includes(kind)) return false;
  if (filter.from === undefined && filter.to === undefined) return true;
  return years().some(
    (year) => (filter.from === undefined || year >= filter.from) && (filter.to === undefined || year <= filter.to),
  );
}

/** Dated events in date order (coarser dates first within their year or month), file order on ties. */
export function timeline(book: FactBook, filter: FactFilter = {}): DatedEvent[] {
  return book.facts
    .filter((fact): fact is DatedEvent => fact.kind === "event" && fact.date !== undefined)
    .filter((fact) => matchesFilter(fact, filter, book))
    .sort((a, b) => compareDates(a.date, b.date));
}
