import { UsageError } from "../errors.js";
import { matchesFilter, yearRange } from "../facts/query.js";
import type { FactKind } from "../facts/schema.js";
import { factJson } from "../render/json.js";
import { renderSearchRecords, renderSearchTable } from "../render/search.js";
import { SearchEngine } from "../search/engine.js";
import { exactSearch } from "../search/exact.js";
import { extendedSearch, isExtendedQuery } from "../search/extended.js";
import type { CommandSpec } from "./command.js";
import { printListing } from "./listing.js";
import { collectKinds, parsePositive, parseYear } from "./parse.js";

export const searchCommand: CommandSpec = {
  name: "search",
  arguments: "<query...>",
  summary: "fuzzy search over every fact, in Russian or English, best first",
  listing: true,
  options: [
    {
      flags: "-k, --kind <kind>",
      description: "only facts of this kind: event, program, agreement (repeatable)",
      parse: collectKinds,
    },
    { flags: "-y, --year <year>", description: "only facts dated in this year", parse: parseYear },
    { flags: "--from <year>", description: "only facts dated in or after this year", parse: parseYear },
    { flags: "--to <year>", description: "only facts dated in or before this year", parse: parseYear },
    { flags: "-n, --limit <n>", description: "show at most n results", parse: parsePositive, defaultValue: 10 },
    { flags: "-e, --exact", description: "plain case-insensitive substring search, no fuzziness" },
  ],
  examples: [
    "unicef-kz search полиомиелит",
    "unicef-kz search measles --kind event",
    "unicef-kz search Nazarbayev --json | jq -r '.[0].id'",
    "unicef-kz search 'права детей' --from 2000 --to 2014",
    "unicef-kz search --exact 'ЦРТ плюс'",
    'unicef-kz search "\'Астан | ^меморандум"',
  ],
  run(args, options, env) {
    const query = args.join(" ");
    if (query.trim() === "") throw new UsageError("search needs a query, e.g. `unicef-kz search полиомиелит`.");
    const range = yearRange(options);
    const book = env.loadBook();
    const hits = options.exact
      ? exactSearch(book, query)
      : isExtendedQuery(query)
        ? extendedSearch(book, query)
        : new SearchEngine(book).search(query);
    const filter = { kinds: options.kind as FactKind[] | undefined, ...range };
    const shown = hits.filter((hit) => matchesFilter(hit.fact, filter, book)).slice(0, options.limit as number);
    return printListing(
      shown.length,
      {
        json: () => shown.map((hit) => ({ ...factJson(hit.fact, book), score: hit.score })),
        table: () => renderSearchTable(shown, book, env.ctx),
        plain: () => renderSearchRecords(shown, book, env.ctx),
      },
      env,
    );
  },
};
