import * as v from "valibot";
import { DataError } from "../errors.js";
import { checkFactLinks } from "./check.js";
import { FactBook } from "./factbook.js";
import { describeJsonError } from "./json-error.js";
import { formatPath, type Problem } from "./problems.js";
import { FactFile } from "./schema.js";

/** Everything wrong with a fact file's text, or the book it holds when nothing is. */
export type Inspection = { book: FactBook; problems: [] } | { book?: undefined; problems: Problem[] };

/** Parses and validates a fact file's text; `name` is how messages refer to it. */
export function inspectFactText(text: string, name: string): Inspection {
  let json: unknown;
  try {
    // A UTF-8 BOM is legal at the start of a file but not in JSON.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const fallback = error instanceof Error ? error.message : String(error);
    return { problems: [{ path: "", message: `not valid JSON: ${describeJsonError(text, fallback)}` }] };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    const got = Array.isArray(json) ? "an array" : JSON.stringify(json);
    return {
      problems: [{ path: "", message: `expected an object with a "facts" array at the top level, got ${got}` }],
    };
  }
  const parsed = v.safeParse(FactFile, json, { abortPipeEarly: true });
  if (!parsed.success) return { problems: parsed.issues.map(describeIssue) };
  const problems = checkFactLinks(parsed.output.facts);
  if (problems.length > 0) return { problems };
  return { book: new FactBook(parsed.output.facts, name), problems: [] };
}

/** Like `inspectFactText`, but the first problem becomes a DataError. */
export function loadFactText(text: string, name: string): FactBook {
  const { book, problems } = inspectFactText(text, name);
  if (book) return book;
  throw new DataError(formatProblem(name, problems[0] ?? { path: "", message: "unreadable" }));
}

/** One line: file, place, what is wrong. */
export function formatProblem(name: string, problem: Problem): string {
  return problem.path === "" ? `${name}: ${problem.message}` : `${name}: ${problem.path}: ${problem.message}`;
}

function describeIssue(issue: v.BaseIssue<unknown>): Problem {
  const segments = (issue.path ?? []).map((item) => item.key as string | number);
  return { path: formatPath(segments), message: describeExpectation(issue) };
}

function describeExpectation(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== "schema") return `${issue.message}, got ${received(issue.received)}`;
  if (issue.expected === "never") return "unknown field (not in the schema; see `unicef-kz schema`)";
  if (issue.received === "undefined") {
    const field = issue.path?.at(-1)?.key;
    return issue.expected?.startsWith('"') && issue.type !== "variant" && issue.type !== "picklist"
      ? `missing field "${String(field)}"`
      : `missing; expected ${readable(issue.expected)}`;
  }
  return `expected ${readable(issue.expected)}, got ${received(issue.received)}`;
}

/** What the file held, shortened: a 10 MB string must not become a 10 MB message. */
function received(value: string): string {
  const name = TYPE_NAMES[value] ?? value;
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}

const TYPE_NAMES: Record<string, string> = {
  Object: "an object",
  Array: "an array",
  string: "a string",
  number: "a number",
  boolean: "true or false",
};

function readable(expected: string | null): string {
  if (expected === null) return "a different value";
  const options = expected.replace(/^\((.*)\)$/, "$1").split(" | ");
  const names = options.map((option) => TYPE_NAMES[option] ?? option);
  return names.length === 1 ? (names[0] ?? expected) : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}
