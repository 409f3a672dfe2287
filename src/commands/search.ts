import { quote, UsageError } from "../errors.js";
import { matchesFilter, yearRange } from "../facts/query.js";
import type { FactKind } from "../facts/schema.js";
import { shownOf } from "../render/i18n.js";
import { factJson } from "../render/json.js";
import { checkQueryLength } from "../search/bounds.js";
import type { FileSearch, Shown } from "../search/file-search.js";
import type { CommandEnv, CommandSpec } from "./command.js";
import { listFacts } from "./list.js";
import { filterFlags, printListing } from "./listing.js";
import { kindOption, parsePositive, yearOptions } from "./parse.js";

/** How many results a search shows unless --limit says. */
const DEFAULT_LIMIT = 10;

// A search's records have each fact's score, which no other listing has.
const OWN_FIELDS = ["score"];

export const searchCommand: CommandSpec = {
  name: "search",
  arguments: "[query...]",
  summary: "fuzzy search over every fact, in Russian or English, best first",
  listing: true,
  ownFields: OWN_FIELDS,
  options: [
    kindOption,
    ...yearOptions(),
    {
      flags: "-n, --limit <n>",
      description: `show at most n results (default: ${DEFAULT_LIMIT}; with no query, every fact the filters keep)`,
      parse: parsePositive,
    },
    { flags: "-e, --exact", description: "plain case-insensitive substring search, no fuzziness" },
  ],
  examples: [
    "unicef-kz search полиомиелит",
    "unicef-kz search measles --kind event",
    "unicef-kz search Nazarbayev --json | jq -r '.[0].id'",
    "unicef-kz search 'права детей' --from 2000 --to 2014",
    "unicef-kz search --exact 'ЦРТ плюс'",
    'unicef-kz search "\'Астан | ^меморандум"',
    "unicef-kz search --kind agreement          (no query: as `list` lists them)",
  ],
  notes: `How it matches:
  Each word is matched on its own, in Russian and English at once: word forms meet through
  Snowball stems (корь/кори), Latin spellings reach Cyrillic words (poliomielit, Nazarbayev),
  a word typed in the wrong keyboard layout is read in the other (gjkbjvbtkbn), and typos are
  forgiven (memorandun). Facts matching more of the words rank higher; exact words rank above
  fuzzy ones; a query that matches nothing well prints nothing and exits 1.
  Scores run from 0 to 1, higher is better. In a terminal, a line under the table says when
  --limit left results out.

  --exact          plain case-insensitive substring search (ё = е), no fuzziness
  Fuse.js extended syntax is used when a word starts with ' = ^ ! or ends
  with $, or | joins words:
    'word   contains word
    =text   is exactly text
    ^pre    starts with pre
    end$    ends with end
    !word   does not contain
    a | b   either one

Records (--plain, --csv): score, id, kind, date, title.<lang>, unless --fields names others.
date is an event's own, and an agreement's first dated milestone's (as tables show it).
`,
  async run(args, options, env) {
    const query = args.join(" ");
    const filters = filterFlags(options);
    if (query.trim() === "") {
      if (filters.length > 0) return listFacts(options, env, options.limit as number | undefined);
      throw new UsageError(
        "search needs a query or a filter, e.g. `unicef-kz search полиомиелит` or `unicef-kz search --kind agreement`.",
      );
    }
    checkQueryLength(query);
    const filter = { kinds: options.kind as FactKind[] | undefined, ...yearRange(options) };
    const limit = (options.limit as number | undefined) ?? DEFAULT_LIMIT;
    const highlighted = env.mode === "table";
    const { book, hits, total } = await find(query, options.exact === true, { filter, limit, highlighted }, env);
    return printListing(
      hits.length,
      {
        records: () => hits.map((hit) => ({ ...factJson(hit.fact, book), score: hit.score })),
        fields: ["score", "id", "kind", "date", `title.${env.ctx.lang}`],
        ownFields: OWN_FIELDS,
        tableRenderer: () => import("../render/search.js"),
        table: (render) => render.renderSearchTable(hits, book, env.ctx),
        asked: [quote(query), ...filters].join(" "),
        footer: total > hits.length ? shownOf(hits.length, total, env.ctx.lang) : undefined,
      },
      env,
    );
  },
};

/**
 * The hits shown for a query, by the search it asks for, the book they are in, and how many
 * matched in all (a table in a terminal says it); each search is loaded when asked for. A fuzzy
 * search of a file goes through its index, or keeps only what it shows as it reads it.
 */
async function find(query: string, exact: boolean, shown: Shown, env: CommandEnv): Promise<FileSearch> {
  const extended = !exact && (await import("../search/extended-syntax.js")).isExtendedQuery(query);
  const fuzzy = !exact && !extended;
  if (fuzzy) {
    const found = await env.searchAsRead(query, shown);
    if (found) return found;
  }
  const book = await env.loadBook();
  // Fuzzy search ranks among the facts the filters keep: its cut-offs are relative to the best of them.
  const eligible = (index: number) => {
    const fact = book.facts[index];
    return fact !== undefined && matchesFilter(fact, shown.filter, book);
  };
  const fuzzySearch = async () =>
    (await import("../search/engine.js")).searchOnce(book, query, await env.savedIndex(), { eligible });
  let hits = fuzzy
    ? await fuzzySearch()
    : extended
      ? (await import("../search/extended.js")).extendedSearch(book, query)
      : (await import("../search/exact.js")).exactSearch(book, query);
  // "'rcgkefnfwbz" is эксплуатация typed with the Latin layout on, not Fuse's 'include: what the
  // extended syntax does not find, a query spelling Russian in the other layout is searched for.
  if (extended && hits.length === 0 && (await import("../search/keyboard.js")).spellsRussianInLatin(query))
    hits = await fuzzySearch();
  const matching = hits.filter((hit) => matchesFilter(hit.fact, shown.filter, book));
  return { book, hits: matching.slice(0, shown.limit), total: matching.length };
}
