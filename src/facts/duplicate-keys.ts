// JSON.parse keeps the last of two keys with one name and says nothing, so a fact with
// "kind" twice would silently be the second kind. Each key has one colon outside strings: a
// text with more colons than its value has keys has a key twice, and only then is it searched.
import type { JSONPath } from "jsonc-parser";
import { loadJsonc } from "./json-error.js";
import { formatLongPath, type Problem } from "./problems.js";

/** How many keys the objects in a parsed value have, all told. */
export function countKeys(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countKeys(item);
    return count;
  }
  for (const key of Object.keys(value)) count += 1 + countKeys((value as Record<string, unknown>)[key]);
  return count;
}

/** Colons outside strings in a JSON text. */
function countColons(text: string): number {
  let colons = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === ":") colons += 1;
    else if (char === '"') index = closingQuote(text, index + 1);
  }
  return colons;
}

function closingQuote(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const char = text[index];
    if (char === "\\") index += 1;
    else if (char === '"') return index;
  }
  return text.length;
}

/** The path of the first key given twice in one object of a JSON text, or undefined. */
export function firstDuplicateKey(text: string): JSONPath | undefined {
  const objects: Set<string>[] = [];
  let found: JSONPath | undefined;
  loadJsonc().visit(text, {
    onObjectBegin: () => {
      objects.push(new Set());
      return found === undefined;
    },
    onObjectEnd: () => {
      objects.pop();
    },
    onObjectProperty: (property, _offset, _length, _line, _column, pathSupplier) => {
      const keys = objects.at(-1);
      if (found !== undefined || keys === undefined) return;
      if (keys.has(property)) found = [...pathSupplier(), property];
      keys.add(property);
    },
  });
  return found;
}

/** A key given twice, said as a problem at its path (its middle left out if it is deep). */
export function duplicateKeyProblem(path: JSONPath): Problem {
  return { path: formatLongPath(path), message: "the key is given twice; give each key once" };
}

/** For a text and the value JSON.parse made of it: the first key it gives twice, as a problem, or undefined. */
export function findDuplicateKey(text: string, json: unknown): Problem | undefined {
  if (countColons(text) === countKeys(json)) return undefined;
  const path = firstDuplicateKey(text);
  return path === undefined ? undefined : duplicateKeyProblem(path);
}
