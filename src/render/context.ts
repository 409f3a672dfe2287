import type { Lang } from "../facts/schema.js";

/** What a renderer needs to know about where its string goes. */
export interface OutputContext {
  /** Columns available for tables and pictures. */
  width: number;
  lang: Lang;
  /** Tables for people, or tab-separated records for scripts. */
  format: "table" | "plain";
  /** Pretty JSON for people, compact for pipes. */
  prettyJson: boolean;
  /** Whether to colour (see style.ts for the colour functions). */
  color: boolean;
}

export interface ContextOptions {
  width?: number;
  lang?: Lang;
  format?: "table" | "plain";
  prettyJson?: boolean;
  color?: boolean;
}

/** Builds a context with explicit defaults; tests call it directly, the CLI from the environment. */
export function createContext(options: ContextOptions = {}): OutputContext {
  return {
    width: options.width ?? 100,
    lang: options.lang ?? "en",
    format: options.format ?? "plain",
    prettyJson: options.prettyJson ?? false,
    color: options.color ?? false,
  };
}
