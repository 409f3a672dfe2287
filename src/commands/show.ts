import { quote, UserError } from "../errors.js";
import { factJson, renderJson, renderNdjson } from "../render/json.js";
import type { CommandSpec } from "./command.js";

export const showCommand: CommandSpec = {
  name: "show",
  arguments: "<id>",
  summary: "one fact in full: titles, dates, parties, related facts, source quote",
  listing: true,
  options: [],
  examples: [
    "unicef-kz show basic-cooperation-agreement",
    "unicef-kz show memorandum-signed --lang ru",
    "unicef-kz show first-mission --json | jq .date",
  ],
  async run(args, _options, env) {
    const id = args[0] ?? "";
    const book = await env.loadPart({ id });
    const fact = book.byId.get(id);
    if (fact === undefined) throw new UserError(await unknownIdMessage(id, await env.factIds()), 1);
    switch (env.mode) {
      case "json":
        return { stdout: renderJson(factJson(fact, book), env.ctx), exitCode: 0 };
      case "ndjson":
        return { stdout: renderNdjson([factJson(fact, book)]), exitCode: 0 };
      default: {
        const { renderCard } = await import("../render/card.js");
        return { stdout: renderCard(fact, book, env.ctx), exitCode: 0 };
      }
    }
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
      : "list ids with `unicef-kz search <words>` or `unicef-kz events`";
  return `no fact with id ${quote(id)}; ${hint}`;
}
