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
    const book = await env.loadBook();
    const facts: Fact[] = [];
    for (const id of args) {
      const fact = book.byId.get(id);
      if (fact === undefined) throw new UserError(await unknownIdMessage(id, book), 1);
      facts.push(fact);
    }
    if (env.mode === "json" || env.mode === "ndjson") {
      await checkFields(env.fields);
      const records = facts.map((fact) => factJson(fact, book));
      return { stdout: renderJsonRecords(records, env, true), exitCode: 0 };
    }
    const { renderCard } = await import("../render/card.js");
    return { stdout: facts.map((fact) => renderCard(fact, book, env.ctx)).join("\n"), exitCode: 0, page: true };
  },
};

/** "no fact with id …; did you mean …?" from the closest ids. */
async function unknownIdMessage(id: string, book: FactBook): Promise<string> {
  const { default: Fuse } = await import("fuse.js");
  const ids = [...book.byId.keys()];
  const close = new Fuse(ids, { threshold: 0.5, ignoreLocation: true })
    .search(id.slice(0, 64), { limit: 3 })
    .map((result) => result.item);
  const hint =
    close.length > 0
      ? `did you mean ${close.join(", ")}?`
      : "list ids with `unicef-kz list` or `unicef-kz search <words>`";
  return `no fact with id ${quote(id)}; ${hint}`;
}
