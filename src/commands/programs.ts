import { renderProgramRecords } from "../render/plain.js";
import type { CommandSpec } from "./command.js";
import { printListing } from "./listing.js";

export const programsCommand: CommandSpec = {
  name: "programs",
  summary: "the programme areas of UNICEF's work in Kazakhstan",
  listing: true,
  options: [],
  examples: ["unicef-kz programs", "unicef-kz programs --lang ru", "unicef-kz programs --json | jq -r '.[].title.en'"],
  async run(_args, _options, env) {
    const book = await env.loadPart({ filter: { kinds: ["program"] } });
    const programs = book.ofKind("program");
    return printListing(
      programs.length,
      {
        json: () => programs,
        plain: () => renderProgramRecords(programs, env.ctx),
        tableRenderer: () => import("../render/programs.js"),
        table: (render) => render.renderProgramsTable(programs, book.programmeAreas, env.ctx),
      },
      env,
    );
  },
};
