import { renderJson, renderNdjson } from "../render/json.js";
import type { CommandEnv, CommandResult } from "./command.js";

/**
 * The ways one listing can be printed; only the one asked for is built. A table loads its
 * renderer first: it brings cli-table3, chalk and string widths, which JSON and records never need.
 */
export interface ListingViews<TableRenderer> {
  json: () => unknown[];
  plain: () => string;
  tableRenderer: () => Promise<TableRenderer>;
  table: (renderer: TableRenderer) => string;
}

/** Prints a listing in the mode cli.ts chose; an empty listing exits 1, like grep (JSON still prints []). */
export async function printListing<TableRenderer>(
  count: number,
  views: ListingViews<TableRenderer>,
  env: CommandEnv,
): Promise<CommandResult> {
  const exitCode = count === 0 ? 1 : 0;
  switch (env.mode) {
    case "json":
      return { stdout: renderJson(views.json(), env.ctx), exitCode };
    case "ndjson":
      return { stdout: renderNdjson(views.json(), env.ctx), exitCode };
    case "table":
      return { stdout: count === 0 ? "" : views.table(await views.tableRenderer()), exitCode };
    case "plain":
      return { stdout: views.plain(), exitCode };
  }
}
