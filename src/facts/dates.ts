/**
 * Dates stay at the precision the source gives ("1994", "1992-02", "1994-11-25"):
 * padding "1994" to "1994-01-01" would invent a day the source never stated.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses an ISO 8601 date at year, month or day precision; undefined if malformed or nonexistent. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the text is a date that exists, at any of the three precisions. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/** The year of a valid partial date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Orders partial dates; a coarser date sorts before the finer dates inside it
 * ("1994" < "1994-11-25"), which plain string order already gives for ISO text.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True only when `a` is before `b` at every day both could stand for ("2001" is not before "2001-04-10"). */
export function isSurelyBefore(a: string, b: string): boolean {
  const precision = Math.min(a.length, b.length);
  return a.slice(0, precision) < b.slice(0, precision);
}
