/** One thing wrong with a fact file, located by a JSON path such as `facts[3].date`. */
export interface Problem {
  path: string;
  message: string;
}

import { shorten } from "../errors.js";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats path segments the way a JavaScript reader would write them: `facts[3].title.ru`; a long key is cut. */
export function formatPath(segments: readonly (string | number)[]): string {
  const path = segments.map((segment, index) => segmentText(segment, index === 0)).join("");
  return path === "" ? "(top level)" : path;
}

/** Like formatPath, but a path of more than `max` segments keeps its first ones and its last: `facts[0].a.a…k`. */
export function formatLongPath(segments: readonly (string | number)[], max = 10): string {
  const last = segments.at(-1);
  if (segments.length <= max || last === undefined) return formatPath(segments);
  return `${formatPath(segments.slice(0, max - 1))}…${segmentText(last, true)}`;
}

function segmentText(segment: string | number, first: boolean): string {
  if (typeof segment === "number") return `[${segment}]`;
  if (IDENTIFIER.test(segment)) return first ? shorten(segment) : `.${shorten(segment)}`;
  return `[${JSON.stringify(shorten(segment))}]`;
}
