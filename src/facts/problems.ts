/** One thing wrong with a fact file, located by a JSON path such as `facts[3].date`. */
export interface Problem {
  path: string;
  message: string;
}

import { shorten } from "../errors.js";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats path segments the way a JavaScript reader would write them: `facts[3].title.ru`; a long key is cut. */
export function formatPath(segments: readonly (string | number)[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === "" ? shorten(segment) : `.${shorten(segment)}`;
    else path += `[${JSON.stringify(shorten(segment))}]`;
  }
  return path === "" ? "(top level)" : path;
}
