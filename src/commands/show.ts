import { quote, UserError } from "../errors.js";
import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import { factJson } from "../render/json.js";
import type { CommandSpec } from "./command.js";
import { checkFields, renderJsonRecords } from "./listing.js";

export const showCommand: CommandSpec = {
  name: "show",
  argumentValues: "ids",
  arguments: "<id...>",
  summary: "facts in full: titles, dates, parties, related facts, source quote",
  listing: false,
  cards: true,
  options: [],
  examples: [
    "unicef-kz show basic-cooperation-agreement",
    "unicef-kz show memorandum-signed --lang ru",
    "unicef-kz show first-mission --json | jq .date",
    "unicef-kz show first-mission mdg-progress --fields id,title.en --json",
  ],
  notes: `--json prints each fact as a JSON object, one after another (one id, one object), so
\`jq\` reads them all; in a pipe each is on one line, as with --ndjson. Ids are lower case, and one
typed in capitals is found (FIRST-MISSION). An id that does not exist is an error (exit 1), with the
ids a typo or two away, if any, and nothing is printed.
`,
  async run(args, _options, env) {
    // Each fact with the book of what showing it needs: from a large file's saved index, only that.
    const shown: { fact: Fact; book: FactBook }[] = [];
    for (const typed of args) {
      // Ids are kebab-case in lower case (the schema says so): FIRST-MISSION can only mean first-mission.
      const id = typed.toLowerCase();
      const book = await env.loadPart({ id });
      const fact = book.byId.get(id);
      if (fact === undefined) throw new UserError(await unknownIdMessage(typed, await env.factIds()), 1);
      shown.push({ fact, book });
    }
    if (env.mode === "json" || env.mode === "ndjson") {
      await checkFields(env.fields);
      const records = shown.map(({ fact, book }) => factJson(fact, book));
      return { stdout: renderJsonRecords(records, env, true), exitCode: 0 };
    }
    const { renderCard } = await import("../render/card.js");
    const cards = shown.map(({ fact, book }) => renderCard(fact, book, env.ctx));
    return { stdout: cards.join("\n"), exitCode: 0, page: true };
  },
};

/**
 * "no fact with id …; did you mean …?", with only ids that are really close: a typo or two away (as
 * search forgives typos in a word), or that begin with the words typed (memorandum, polio-free).
 * No suggestion is better than an unrelated one.
 */
async function unknownIdMessage(typed: string, ids: readonly string[]): Promise<string> {
  const { allowedEdits, boundedEditDistance } = await import("../search/edit-distance.js");
  const id = typed.toLowerCase();
  const limit = allowedEdits(id.length);
  const typos = ids
    .map((candidate) => ({ candidate, edits: boundedEditDistance(id, candidate, limit) }))
    .filter(({ edits }) => edits <= limit)
    .sort((a, b) => a.edits - b.edits)
    .map(({ candidate }) => candidate);
  const begun = ids.filter((candidate) => candidate.startsWith(`${id}-`));
  const close = [...new Set([...typos, ...begun])].slice(0, 3);
  const hint =
    close.length > 0
      ? `did you mean ${close.join(", ")}?`
      : "list ids with `unicef-kz list` or `unicef-kz search <words>`";
  return `no fact with id ${quote(typed)}; ${hint}`;
}
