import type { CommandSpec } from "./command.js";
import { printListing } from "./listing.js";

export const programsCommand: CommandSpec = {
  name: "programs",
  summary: "the programme areas of UNICEF's work in Kazakhstan",
  listing: true,
  options: [],
  examples: ["unicef-kz programs", "unicef-kz programs --lang ru", "unicef-kz programs --json | jq -r '.[].title.en'"],
  notes: "Records (--plain, --csv): id, title.<lang>, summary.<lang>, unless --fields names others.\n",
  async run(_args, _options, env) {
    const book = await env.loadPart({ filter: { kinds: ["program"] } });
    const programs = book.ofKind("program");
    return printListing(
      programs.length,
      {
        records: () => programs,
        fields: ["id", `title.${env.ctx.lang}`, `summary.${env.ctx.lang}`],
        tableRenderer: () => import("../render/programs.js"),
        table: (render) => render.renderProgramsTable(programs, book.programmeAreas, env.ctx),
        asked: "",
      },
      env,
    );
  },
};
