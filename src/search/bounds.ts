// Bounds on a query, so that one cannot keep a search busy for minutes: each alternative of an
// extended query (`a | b`) is matched against every fact's text on its own, and a 117 KB query
// of `polio | polio …` took 28 s over 20 facts.
import { UsageError } from "../errors.js";

/** The longest query, in characters: a pasted sentence fits, a pasted document does not. */
export const MAX_QUERY_LENGTH = 500;

/** The most alternatives an extended query may join with `|`. */
export const MAX_ALTERNATIVES = 10;

/** Refuses a query longer than MAX_QUERY_LENGTH characters, in one line. */
export function checkQueryLength(query: string): void {
  const length = [...query].length;
  if (length > MAX_QUERY_LENGTH) {
    throw new UsageError(`the query is ${length} characters long; the most is ${MAX_QUERY_LENGTH}: shorten it`);
  }
}

/** Refuses an extended query of more than MAX_ALTERNATIVES alternatives (`\|` is a bar, not a join), in one line. */
export function checkAlternatives(query: string): void {
  const alternatives = query.replace(/\\\|/g, "").split("|").length;
  if (alternatives > MAX_ALTERNATIVES) {
    throw new UsageError(
      `the query joins ${alternatives} alternatives with |; the most is ${MAX_ALTERNATIVES}: search for fewer at a time`,
    );
  }
}
