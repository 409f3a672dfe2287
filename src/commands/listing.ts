import { renderJson, renderNdjson } from "../render/json.js";
import type { CommandEnv, CommandResult } from "./command.js";

/** The ways one listing can be printed; only the one asked for is built. */
export interface ListingViews {
  json: () => unknown[];
  table: () => string;
  plain: () => string;
}

/** Prints a listing in the mode cli.ts chose; an empty listing exits 1, like grep (JSON still prints []). */
export function printListing(count: number, views: ListingViews, env: CommandEnv): CommandResult {
  const exitCode = count === 0 ? 1 : 0;
  switch (env.mode) {
    case "json":
      return { stdout: renderJson(views.json(), env.ctx), exitCode };
    case "ndjson":
      return { stdout: renderNdjson(views.json()), exitCode };
    case "table":
      return { stdout: count === 0 ? "" : views.table(), exitCode };
    case "plain":
      return { stdout: views.plain(), exitCode };
  }
}
