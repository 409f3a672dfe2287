/**
 * The dates a question asks about. Each date is an ISO partial date ("2002", "2002-06",
 * "2014-02-18") or a decade's first three digits ("199": the 1990s). A period is within one date
 * or more ("in 2002", "in 2002 and 2011"), holding the dates that start with one of them ("2002"
 * holds "2002-06", not the other way round); or a span between bounds, each included or not
 * ("between 2000 and 2002", "since 2010", "after 2010", "before 1994").
 */
export type Period = { within: readonly string[] } | Span;

export interface Span {
  from?: Bound;
  to?: Bound;
}

export interface Bound {
  date: string;
  included: boolean;
}

/** The period of one date. */
export function within(...dates: string[]): Period {
  return { within: dates };
}

/**
 * Whether a date is surely in the period. Dates compare as text: ISO dates of any precision are in
 * date order. A date less precise than a bound it overlaps ("2002" and "until June 2002") may be on
 * either side of it, so it is not surely in.
 */
export function holds(period: Period, date: string): boolean {
  if ("within" in period) return period.within.some((start) => date.startsWith(start));
  const { from, to } = period;
  const straddles = (bound: Bound | undefined) =>
    bound !== undefined && bound.date.length > date.length && bound.date.startsWith(date);
  if (straddles(from) || straddles(to)) return false;
  const afterStart =
    from === undefined ||
    (from.included ? date >= from.date || date.startsWith(from.date) : date > from.date && !date.startsWith(from.date));
  const beforeEnd =
    to === undefined ||
    (to.included ? date <= to.date || date.startsWith(to.date) : date < to.date && !date.startsWith(to.date));
  return afterStart && beforeEnd;
}

/** The period's one date, if it is within one: an event of that date needs no date of its own in a list of the period's. */
export function soleDate(period: Period): string | undefined {
  return "within" in period && period.within.length === 1 ? period.within[0] : undefined;
}
