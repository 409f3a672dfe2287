import type { ParseError } from "jsonc-parser";
import { type Limits, overLimit } from "./limits.js";

/**
 * jsonc-parser is loaded from node_modules when a file is broken, not bundled: at start it builds
 * tables for its formatter (a third of a megabyte) that a valid file never needs. So is
 * node:module, which takes half a millisecond to load.
 */
export const loadJsonc = () =>
  process.getBuiltinModule("node:module").createRequire(import.meta.filename)(
    "jsonc-parser",
  ) as typeof import("jsonc-parser");

const DESCRIPTIONS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "malformed \\u escape",
  InvalidEscapeCharacter: "invalid escape in a string",
  InvalidCharacter: "control character inside a string (escape it, e.g. \\n)",
};

/**
 * Locates a JSON syntax error as line:column. V8's messages give a position only for some
 * errors, so the text is scanned again, strictly, by jsonc-parser; this runs only on failure.
 */
export function describeJsonError(text: string, fallback: string, limits: Limits): string {
  // A byte order mark is not part of the first line as an editor shows it.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // jsonc-parser recurses once per level: a text nested deeper than the limit is described here.
  const deep = firstTooDeep(json, limits.depth);
  if (deep !== undefined) return `${lineColumn(json, deep)}: nested too deep: ${overLimit("depth", limits, "levels")}`;
  const first = firstSyntaxError(json);
  if (first === undefined) return fallback;
  return `${lineColumn(json, first.offset)}: ${json.trim() === "" ? "the file is empty" : first.what}`;
}

/**
 * The first syntax error in a text, by jsonc-parser: where it is and what it is, or undefined if
 * there is none. The text must be nested no deeper than the depth limit (jsonc-parser recurses).
 */
export function firstSyntaxError(text: string): { offset: number; what: string } | undefined {
  const { parse, printParseErrorCode } = loadJsonc();
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return undefined;
  const code = printParseErrorCode(first.error);
  return { offset: first.offset, what: DESCRIPTIONS[code] ?? code };
}

/** Where brackets outside strings first open deeper than `maxDepth`, or undefined. */
function firstTooDeep(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "[" || char === "{") {
      depth += 1;
      if (depth > maxDepth) return i;
    } else if (char === "]" || char === "}") {
      depth -= 1;
    }
  }
  return undefined;
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
