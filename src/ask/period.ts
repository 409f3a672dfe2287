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
 * Whether a date is surely in the period: all of it, from its first day to its last ("1994" is
 * surely in "since January 1994", not in "until June 1994", where it may be on either side).
 * Dates compare as text: ISO dates of any precision are in date order.
 */
export function holds(period: Period, date: string): boolean {
  const [first, last] = [firstDay(date), lastDay(date)];
  if ("within" in period) return period.within.some((one) => first >= firstDay(one) && last <= lastDay(one));
  const { from, to } = period;
  const afterStart = from === undefined || (from.included ? first >= firstDay(from.date) : first > lastDay(from.date));
  const beforeEnd = to === undefined || (to.included ? last <= lastDay(to.date) : last < firstDay(to.date));
  return afterStart && beforeEnd;
}

/** The first day of a date or a decade ("199": 1990-01-01), as an ISO date. */
function firstDay(date: string): string {
  const [year = "", month = "01", day = "01"] = date.split("-");
  return `${year.padEnd(4, "0")}-${month}-${day}`;
}

/** The last day of a date or a decade ("199": 1999-12-31), as ISO dates compare: day 31 of any month. */
function lastDay(date: string): string {
  const [year = "", month = "12", day = "31"] = date.split("-");
  return `${year.padEnd(4, "9")}-${month}-${day}`;
}

/** The period's one date, if it is within one: an event of that date needs no date of its own in a list of the period's. */
export function soleDate(period: Period): string | undefined {
  return "within" in period && period.within.length === 1 ? period.within[0] : undefined;
}
