import { renderJson, renderNdjson } from "../render/json.js";
import type { CommandEnv, CommandResult } from "./command.js";

/**
 * The ways one listing can be printed; only the one asked for is built. Tables and records load
 * their renderer first: it brings cli-table3, chalk and string widths, which JSON never needs.
 */
export interface ListingViews<Renderer> {
  json: () => unknown[];
  renderer: () => Promise<Renderer>;
  table: (renderer: Renderer) => string;
  plain: (renderer: Renderer) => string;
}

/** Prints a listing in the mode cli.ts chose; an empty listing exits 1, like grep (JSON still prints []). */
export async function printListing<Renderer>(
  count: number,
  views: ListingViews<Renderer>,
  env: CommandEnv,
): Promise<CommandResult> {
  const exitCode = count === 0 ? 1 : 0;
  switch (env.mode) {
    case "json":
      return { stdout: renderJson(views.json(), env.ctx), exitCode };
    case "ndjson":
      return { stdout: renderNdjson(views.json()), exitCode };
    case "table":
      return { stdout: count === 0 ? "" : views.table(await views.renderer()), exitCode };
    case "plain":
      return { stdout: views.plain(await views.renderer()), exitCode };
  }
}
