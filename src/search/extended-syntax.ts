// Whether a query is in Fuse's extended syntax, apart from the search that runs it (extended.ts):
// every search asks, and loading fuse.js to answer took 1.2 ms of a 12 ms start.

// Fuse's extended syntax: 'include, =exact, ^prefix, suffix$, !not, and | for OR, with spaces
// around it or not ("polio|measles", as grep -E and ripgrep read it).
const OPERATOR = /(?:^|\s)(?:['=^!]\S|\S+\$(?:\s|$))|\S\s*\|\s*\S/;

/** True when the query uses Fuse's extended syntax, which is then matched by extended.ts. */
export function isExtendedQuery(query: string): boolean {
  return OPERATOR.test(query);
}
