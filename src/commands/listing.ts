import { quote, UsageError } from "../errors.js";
import { knownFields, pickFields } from "../render/fields.js";
import { renderJson, renderNdjson } from "../render/json.js";
import { renderRecords } from "../render/plain.js";
import type { CommandEnv, CommandResult } from "./command.js";

/**
 * The ways one listing can be printed; only the one asked for is built. A table loads its
 * renderer first: it brings cli-table3, chalk and string widths, which JSON and records never need.
 */
export interface ListingViews<TableRenderer> {
  /** The facts as JSON objects: what --json prints, and what every field is read from. */
  records: () => Record<string, unknown>[];
  /** The fields of --plain and --csv when --fields does not name them. */
  fields: readonly string[];
  /** Fields only this listing's records have (search's score). */
  ownFields?: readonly string[];
  tableRenderer: () => Promise<TableRenderer>;
  table: (renderer: TableRenderer) => string;
  /** What was asked for, for "nothing matched …": the query or the filters. */
  asked: string;
  /** Under a table, when more matched than it shows: "10 of 20 shown; --limit 20 for all". */
  footer?: string;
}

/** Prints a listing in the mode cli.ts chose; an empty listing exits 1, like grep (JSON still prints []). */
export async function printListing<TableRenderer>(
  count: number,
  views: ListingViews<TableRenderer>,
  env: CommandEnv,
): Promise<CommandResult> {
  const exitCode = count === 0 ? 1 : 0;
  const note = count === 0 && env.onTerminal ? nothingMatched(views.asked) : undefined;
  await checkFields(env.fields, views.ownFields);
  const fields = env.fields ?? views.fields;
  switch (env.mode) {
    case "json":
    case "ndjson":
      return { stdout: renderJsonRecords(views.records(), env), exitCode };
    case "table": {
      if (count === 0) return { stdout: "", exitCode, note };
      const table = views.table(await views.tableRenderer());
      if (!views.footer || !env.onTerminal) return { stdout: table, exitCode, page: true };
      const { styleOf } = await import("../render/style.js");
      return { stdout: `${table}${styleOf(env.ctx).dim(views.footer)}\n`, exitCode, page: true };
    }
    case "csv": {
      const { renderCsv } = await import("../render/csv.js");
      return { stdout: renderCsv(views.records(), fields, env.onTerminal), exitCode, note };
    }
    case "plain":
      return { stdout: renderRecords(views.records(), fields, env.header), exitCode, note };
  }
}

/**
 * --json or --ndjson of these records, with only the fields --fields names (see checkFields);
 * `apart`: each record a JSON value of its own (show's), not an array.
 */
export function renderJsonRecords(records: Record<string, unknown>[], env: CommandEnv, apart = false): string {
  const { fields } = env;
  const shown = fields ? records.map((record) => pickFields(record, fields)) : records;
  if (env.mode === "ndjson") return renderNdjson(shown, env.ctx);
  return apart ? shown.map((record) => renderJson(record, env.ctx)).join("") : renderJson(shown, env.ctx);
}

/** "nothing matched "bitcoin" --kind event", for a person at a terminal. */
export function nothingMatched(asked: string): string {
  return asked === "" ? "nothing to list" : `nothing matched ${asked}`;
}

/** Refuses a field no record here has, naming the ones there are (`own`: those of this listing only). */
export async function checkFields(fields: readonly string[] | undefined, own: readonly string[] = []): Promise<void> {
  if (fields === undefined) return;
  const { default: factsSchema } = await import("../../data/facts.schema.json", { with: { type: "json" } });
  const known = knownFields(factsSchema, own);
  const unknown = fields.find((field) => !known.includes(field));
  if (unknown !== undefined)
    throw new UsageError(`--fields: no field ${quote(unknown)}; fields are ${known.join(", ")}`);
}

/** The filters given, as typed, for "nothing matched …". */
export function filterFlags(options: Record<string, unknown>): string[] {
  const flags: string[] = [];
  if (Array.isArray(options.kind)) flags.push(`--kind ${options.kind.join(",")}`);
  for (const name of ["year", "from", "to"]) if (options[name] !== undefined) flags.push(`--${name} ${options[name]}`);
  return flags;
}
