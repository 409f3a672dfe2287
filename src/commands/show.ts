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
    "unicef-kz show first-mission first-project-immunisation --fields id,date,title.en --json",
  ],
  notes: `--json prints each fact as a JSON object, one after another (one id, one object), so
\`jq\` reads them all; in a pipe each is on one line, as with --ndjson. An id that does not exist
is an error (exit 1), and nothing is printed.
`,
  async run(args, _options, env) {
    // Each fact with the book of what showing it needs: from a large file's saved index, only that.
    const shown: { fact: Fact; book: FactBook }[] = [];
    for (const id of args) {
      const book = await env.loadPart({ id });
      const fact = book.byId.get(id);
      if (fact === undefined) throw new UserError(await unknownIdMessage(id, await env.factIds()), 1);
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

/** "no fact with id …; did you mean …?" from the closest ids. */
async function unknownIdMessage(id: string, ids: string[]): Promise<string> {
  const { default: Fuse } = await import("fuse.js");
  const close = new Fuse(ids, { threshold: 0.5, ignoreLocation: true })
    .search(id.slice(0, 64), { limit: 3 })
    .map((result) => result.item);
  const hint =
    close.length > 0
      ? `did you mean ${close.join(", ")}?`
      : "list ids with `unicef-kz list` or `unicef-kz search <words>`";
  return `no fact with id ${quote(id)}; ${hint}`;
}
