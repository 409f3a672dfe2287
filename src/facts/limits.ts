import { formatPath } from "./problems.js";

/**
 * How much a fact file may hold before it is refused with a message instead of exhausting
 * memory or the stack. Each can be raised with a variable; the message says which.
 */
export interface Limits {
  bytes: number;
  depth: number;
  facts: number;
}

// V8 cannot hold a string much past 512 MiB; a real fact file nests six levels deep.
const DEFAULTS: Limits = { bytes: 512 * 1024 * 1024, depth: 64, facts: 1_000_000 };

const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  bytes: "UNICEF_KZ_MAX_BYTES",
  depth: "UNICEF_KZ_MAX_DEPTH",
  facts: "UNICEF_KZ_MAX_FACTS",
};

export function limitsFrom(env: NodeJS.ProcessEnv): Limits {
  const read = (key: keyof Limits) => {
    const value = Number(env[LIMIT_VARIABLES[key]]);
    return Number.isSafeInteger(value) && value > 0 ? value : DEFAULTS[key];
  };
  return { bytes: read("bytes"), depth: read("depth"), facts: read("facts") };
}

/** The end of a message about a limit: what it is and how to raise it. */
export function overLimit(key: keyof Limits, limits: Limits, unit: string): string {
  return `the limit is ${limits[key]} ${unit}; raise it with ${LIMIT_VARIABLES[key]}=<${unit}>`;
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
