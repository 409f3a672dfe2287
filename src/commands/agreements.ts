import { factJson } from "../render/json.js";
import { renderAgreementRecords } from "../render/plain.js";
import type { CommandSpec } from "./command.js";
import { printListing } from "./listing.js";

export const agreementsCommand: CommandSpec = {
  name: "agreements",
  summary: "agreements: parties, signed, ratified, place",
  listing: true,
  options: [],
  examples: [
    "unicef-kz agreements",
    'unicef-kz agreements --json | jq -r \'.[] | [.id, (.milestones[] | "\\(.stage)=\\(.date)")] | join(" ")\'',
  ],
  async run(_args, _options, env) {
    const book = await env.loadPart({ filter: { kinds: ["agreement"] } });
    const agreements = book.ofKind("agreement");
    return printListing(
      agreements.length,
      {
        json: () => agreements.map((agreement) => factJson(agreement, book)),
        plain: () => renderAgreementRecords(agreements, book, env.ctx),
        tableRenderer: () => import("../render/agreements.js"),
        table: (render) => render.renderAgreementsTable(agreements, book, env.ctx),
      },
      env,
    );
  },
};
