import { UsageError } from "../errors.js";
import { matchesFilter, yearRange } from "../facts/query.js";
import type { FactKind } from "../facts/schema.js";
import { factJson } from "../render/json.js";
import { renderSearchRecords } from "../render/plain.js";
import { checkQueryLength } from "../search/bounds.js";
import type { FileSearch, Shown } from "../search/file-search.js";
import type { CommandEnv, CommandSpec } from "./command.js";
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
  notes: `How it matches:
  Each word is matched on its own, in Russian and English at once: word forms meet through
  Snowball stems (корь/кори), Latin spellings reach Cyrillic words (poliomielit, Nazarbayev),
  a word typed in the wrong keyboard layout is read in the other (gjkbjvbtkbn), and typos are
  forgiven (memorandun). Facts matching more of the words rank higher; exact words rank above
  fuzzy ones; a query that matches nothing well prints nothing and exits 1.
  Scores run from 0 to 1, higher is better.

  --exact          plain case-insensitive substring search (ё = е), no fuzziness
  Fuse.js extended syntax is passed through when a word starts with ' = ^ ! or ends with $:
    'word   contains word        =text   is exactly text      ^pre   starts with pre
    end$    ends with end        !word   does not contain     a | b  either one
`,
  async run(args, options, env) {
    const query = args.join(" ");
    if (query.trim() === "") throw new UsageError("search needs a query, e.g. `unicef-kz search полиомиелит`.");
    checkQueryLength(query);
    const filter = { kinds: options.kind as FactKind[] | undefined, ...yearRange(options) };
    const { book, hits: shown } = await find(
      query,
      options.exact === true,
      { filter, limit: options.limit as number },
      env,
    );
    return printListing(
      shown.length,
      {
        json: () => shown.map((hit) => ({ ...factJson(hit.fact, book), score: hit.score })),
        plain: () => renderSearchRecords(shown, book, env.ctx),
        tableRenderer: () => import("../render/search.js"),
        table: (render) => render.renderSearchTable(shown, book, env.ctx),
      },
      env,
    );
  },
};

/** The hits shown for a query, by the search it asks for, and the book they are in; each search is loaded when asked for. */
async function find(query: string, exact: boolean, shown: Shown, env: CommandEnv): Promise<FileSearch> {
  const extended = exact ? undefined : await import("../search/extended.js");
  const fuzzy = extended !== undefined && !extended.isExtendedQuery(query);
  if (fuzzy) {
    const found = await env.searchAsRead(query, shown);
    if (found) return found;
  }
  const book = await env.loadBook();
  const hits = fuzzy
    ? (await import("../search/engine.js")).searchOnce(book, query, await env.savedIndex())
    : extended
      ? extended.extendedSearch(book, query)
      : (await import("../search/exact.js")).exactSearch(book, query);
  return { book, hits: hits.filter((hit) => matchesFilter(hit.fact, shown.filter, book)).slice(0, shown.limit) };
}
