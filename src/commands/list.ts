import { matchesFilter, yearRange } from "../facts/query.js";
import type { FactKind } from "../facts/schema.js";
import { shownOf } from "../render/i18n.js";
import { factJson } from "../render/json.js";
import type { CommandEnv, CommandResult, CommandSpec } from "./command.js";
import { filterFlags, printListing } from "./listing.js";
import { kindOption, yearOptions } from "./parse.js";

const FIELDS_NOTE = `Records (--plain, --csv): id, kind, date, title.<lang>, unless --fields names others.
date is an event's own, and an agreement's first dated milestone's (as tables show it; the JSON
gives none); programmes have none. --year, --from and --to keep agreements by their milestones' years.
`;

export const listCommand: CommandSpec = {
  name: "list",
  summary: "every fact, or those of some kinds or years, in the order of the file",
  listing: true,
  options: [kindOption, ...yearOptions()],
  examples: [
    "unicef-kz list",
    "unicef-kz list --kind agreement",
    "unicef-kz list --kind event --from 2000 --to 2010",
    "unicef-kz list --csv --fields id,kind,title.en",
  ],
  notes: FIELDS_NOTE,
  run: (_args, options, env) => listFacts(options, env),
};

/** The facts the filters keep, in file order, the first `limit` of them: `list`, and `search` with filters and no query. */
export async function listFacts(
  options: Record<string, unknown>,
  env: CommandEnv,
  limit = Number.POSITIVE_INFINITY,
): Promise<CommandResult> {
  const filter = { kinds: options.kind as FactKind[] | undefined, ...yearRange(options) };
  const book = await env.loadBook();
  const kept = book.facts.filter((fact) => matchesFilter(fact, filter, book));
  const facts = kept.slice(0, limit);
  return printListing(
    facts.length,
    {
      records: () => facts.map((fact) => factJson(fact, book)),
      fields: ["id", "kind", "date", `title.${env.ctx.lang}`],
      tableRenderer: () => import("../render/list.js"),
      table: (render) => render.renderListTable(facts, book, env.ctx),
      asked: filterFlags(options).join(" "),
      footer: kept.length > facts.length ? shownOf(facts.length, kept.length, env.ctx.lang) : undefined,
    },
    env,
  );
}
