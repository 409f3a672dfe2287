import { factJson } from "../render/json.js";
import type { CommandSpec } from "./command.js";
import { printListing } from "./listing.js";

export const agreementsCommand: CommandSpec = {
  name: "agreements",
  summary: "agreements: parties, signed, ratified, place",
  listing: true,
  options: [],
  examples: [
    "unicef-kz agreements",
    "unicef-kz agreements --json | jq -c '.[] | {id, milestones}'",
    "unicef-kz agreements --csv --fields id,signed,ratified",
  ],
  notes:
    "Records (--plain, --csv): id, signed, ratified, place.<lang>, title.<lang>, parties.<lang>, unless --fields\nnames others.\n",
  async run(_args, _options, env) {
    const book = await env.loadPart({ filter: { kinds: ["agreement"] } });
    const agreements = book.ofKind("agreement");
    const { lang } = env.ctx;
    return printListing(
      agreements.length,
      {
        records: () => agreements.map((agreement) => factJson(agreement, book)),
        fields: ["id", "signed", "ratified", `place.${lang}`, `title.${lang}`, `parties.${lang}`],
        tableRenderer: () => import("../render/agreements.js"),
        table: (render) => render.renderAgreementsTable(agreements, book, env.ctx),
        asked: "",
      },
      env,
    );
  },
};
