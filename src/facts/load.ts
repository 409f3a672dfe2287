import * as v from "valibot";
import { DataError, quote } from "../errors.js";
import { checkFactLinks } from "./check.js";
import { findDuplicateKey } from "./duplicate-keys.js";
import { FactBook } from "./factbook.js";
import { describeJsonError } from "./json-error.js";
import { type Limits, limitsFrom, overLimit, tooDeep, tooManyFacts } from "./limits.js";
import { formatPath, type Problem } from "./problems.js";
import { type FactSource, readFactSource } from "./read.js";
import { Fact, FactFileShell } from "./schema.js";

/** Everything wrong with a fact file's text, or the book it holds when nothing is. */
export type Inspection = { book: FactBook; problems: [] } | { book?: undefined; problems: Problem[] };

/** A fact file's JSON (and its text, when it was parsed whole), or why it is not JSON. */
type ParsedJson = { json: unknown; text?: string; problems?: undefined } | { problems: Problem[] };

/** Parses and validates a fact file's text; `name` is how messages refer to it. */
export function inspectFactText(text: string, name: string, limits = limitsFrom({})): Inspection {
  return inspectJson(parseJsonText(text, limits), name, limits);
}

/** Everything wrong with a fact file as read, or the book it holds when nothing is. */
export function inspectFactSource(source: FactSource, limits: Limits): Inspection {
  if (source.problem) return { problems: [source.problem] };
  if (source.text === undefined) return inspectJson({ json: source.json }, source.name, limits, false);
  return inspectJson(parseJsonText(source.text, limits), source.name, limits);
}

/** Reads, parses and validates a fact file. */
export function loadFactFile(path: string, limits: Limits): FactBook {
  const source = readFactSource(path, limits);
  return bookOrError(inspectFactSource(source, limits), source.name);
}

function parseJsonText(text: string, limits: Limits): ParsedJson {
  // A UTF-8 BOM is legal at the start of a file but not in JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const fallback = error instanceof Error ? error.message : String(error);
    return { problems: [{ path: "", message: `not valid JSON: ${describeJsonError(text, fallback, limits)}` }] };
  }
  return { json: parsed, text: json };
}

/** `checkDepth`: false when the reading has made sure no value is nested too deep. */
function inspectJson(parsedJson: ParsedJson, name: string, limits: Limits, checkDepth = true): Inspection {
  if (parsedJson.problems) return { problems: parsedJson.problems };
  const { json } = parsedJson;
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    const got = Array.isArray(json) ? "an array" : typeof json === "string" ? quote(json) : String(json);
    return {
      problems: [{ path: "", message: `expected an object with a "facts" array at the top level, got ${got}` }],
    };
  }
  const deep = checkDepth ? tooDeep(json, limits.depth) : undefined;
  if (deep !== undefined)
    return { problems: [{ path: deep, message: `nested too deep: ${overLimit("depth", limits, "levels")}` }] };
  // The reading in batches looked for keys given twice; a text parsed whole is searched now.
  const duplicate = parsedJson.text === undefined ? undefined : findDuplicateKey(parsedJson.text, json);
  if (duplicate) return { problems: [duplicate] };
  const shell = v.safeParse(FactFileShell, json, { abortPipeEarly: true });
  if (!shell.success) return { problems: shell.issues.map((issue) => describeIssue(issue, [])) };
  const facts = shell.output.facts;
  if (facts.length > limits.facts) return { problems: [tooManyFacts(limits)] };
  const schemaProblems: Problem[] = [];
  // Fact by fact, keeping the parsed objects: valibot's output is a copy, and a copy of a
  // large file's facts would double the memory it takes.
  facts.forEach((fact, index) => {
    const checked = v.safeParse(Fact, fact, { abortPipeEarly: true });
    // One at a time, not spread into push(): a fact may have 100,000 issues, more than the stack holds.
    if (!checked.success) {
      // Once each: an array where an object belongs is one problem, not one for each field it lacks.
      const seen = new Set<string>();
      for (const issue of checked.issues) {
        const problem = describeIssue(issue, ["facts", index]);
        const key = `${problem.path}\n${problem.message}`;
        if (!seen.has(key)) schemaProblems.push(problem);
        seen.add(key);
      }
    }
  });
  if (schemaProblems.length > 0) return { problems: schemaProblems };
  const valid = facts as Fact[];
  const problems = checkFactLinks(valid);
  if (problems.length > 0) return { problems };
  return { book: new FactBook(valid, name, shell.output.programmeAreas), problems: [] };
}

/** Like `inspectFactText`, but the first problem becomes a DataError. */
export function loadFactText(text: string, name: string): FactBook {
  return bookOrError(inspectFactText(text, name), name);
}

function bookOrError({ book, problems }: Inspection, name: string): FactBook {
  if (book) return book;
  throw new DataError(formatProblem(name, problems[0] ?? { path: "", message: "unreadable" }));
}

/** One line: file, place, what is wrong. */
export function formatProblem(name: string, problem: Problem): string {
  return problem.path === "" ? `${name}: ${problem.message}` : `${name}: ${problem.path}: ${problem.message}`;
}

function describeIssue(issue: v.BaseIssue<unknown>, prefix: (string | number)[]): Problem {
  const segments = (issue.path ?? []).map((item) => item.key as string | number);
  // valibot reads an array as an object, and says each field is missing: it is the array that is wrong.
  if (issue.received === "undefined" && Array.isArray(issue.path?.at(-1)?.input)) {
    return { path: formatPath([...prefix, ...segments.slice(0, -1)]), message: "expected an object, got an array" };
  }
  return { path: formatPath([...prefix, ...segments]), message: describeExpectation(issue) };
}

function describeExpectation(issue: v.BaseIssue<unknown>): string {
  if (issue.type === "max_length") {
    return `must be at most ${String(issue.requirement)} characters long, got ${issue.received}: shorten it`;
  }
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
  // valibot gives a string as it is between quotes; quote it again, with escapes.
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return quote(value.slice(1, -1));
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
