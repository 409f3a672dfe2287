import { constants } from "node:buffer";
import { quote, UsageError } from "../errors.js";
import { formatPath, type Problem } from "./problems.js";

/**
 * How much a fact file may hold before it is refused with a message instead of exhausting
 * memory or the stack. Each can be raised with a variable; the message says which.
 */
export interface Limits {
  bytes: number;
  depth: number;
  facts: number;
}

/** How far each variable can raise its limit: past these, the program itself would fail. */
const MAXIMA: Limits = {
  // Files are read a piece at a time: a larger one than a string can hold is searched, indexed
  // and loaded as any other (only standard input is held whole, see read.ts).
  bytes: Number.MAX_SAFE_INTEGER,
  // jsonc-parser, which locates a syntax error, recurses a few frames a level: about 3,000
  // levels overflow Node's stack.
  depth: 1000,
  // The longest array there can be.
  facts: 2 ** 32 - 1,
};

// A real fact file nests six levels deep; bytes as many as one string can hold (V8's longest is
// 24 bytes short of 512 MiB).
const DEFAULTS: Limits = { bytes: constants.MAX_STRING_LENGTH, depth: 64, facts: 1_000_000 };

const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  bytes: "UNICEF_KZ_MAX_BYTES",
  depth: "UNICEF_KZ_MAX_DEPTH",
  facts: "UNICEF_KZ_MAX_FACTS",
};

const KEYS = Object.keys(DEFAULTS) as (keyof Limits)[];

/** The limits the variables set; a value that is not a whole number of 1 or more is a UsageError, a huge one is the most there can be. */
export function limitsFrom(env: NodeJS.ProcessEnv): Limits {
  const read = (key: keyof Limits) => {
    const name = LIMIT_VARIABLES[key];
    const value = env[name];
    if (value === undefined) return DEFAULTS[key];
    if (!/^\d+$/.test(value) || Number(value) === 0) {
      throw new UsageError(
        `${name}: ${quote(value)} is not a whole number of 1 or more; unset it for the default, ${DEFAULTS[key]}`,
      );
    }
    return Math.min(Number(value), MAXIMA[key]);
  };
  return { bytes: read("bytes"), depth: read("depth"), facts: read("facts") };
}

/** True when no limit is below its default: the build checked the shipped file with the defaults. */
export function allowsDefaults(limits: Limits): boolean {
  return KEYS.every((key) => limits[key] >= DEFAULTS[key]);
}

/** The end of a message about a limit: what it is and how to raise it, if it can be raised. */
export function overLimit(key: keyof Limits, limits: Limits, unit: string): string {
  if (limits[key] >= MAXIMA[key])
    return `the limit is ${limits[key]} ${unit} (${LIMIT_VARIABLES[key]} cannot raise it higher)`;
  return `the limit is ${limits[key]} ${unit}; raise it with ${LIMIT_VARIABLES[key]}=<${unit}>`;
}

/** A file with more facts than the limit: the reading stops at the first fact past it. */
export function tooManyFacts(limits: Limits): Problem {
  return { path: "facts", message: `too many facts: ${overLimit("facts", limits, "facts")}` };
}

/**
 * The path of the first value nested deeper than `maxDepth`, or undefined. The walk never goes
 * deeper than the limit, so a file nested a million levels deep cannot overflow the stack.
 */
export function tooDeep(value: unknown, maxDepth: number): string | undefined {
  const segments: (string | number)[] = [];
  const visit = (node: unknown, depth: number): boolean => {
    if (typeof node !== "object" || node === null) return false;
    if (depth >= maxDepth) return true;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        const child: unknown = node[index];
        if (typeof child !== "object" || child === null) continue;
        segments.push(index);
        if (visit(child, depth + 1)) return true;
        segments.pop();
      }
      return false;
    }
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      if (typeof child !== "object" || child === null) continue;
      segments.push(key);
      if (visit(child, depth + 1)) return true;
      segments.pop();
    }
    return false;
  };
  return visit(value, 0) ? formatPath(segments.slice(0, 8)) + (segments.length > 8 ? "…" : "") : undefined;
}
