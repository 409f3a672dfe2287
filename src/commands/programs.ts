import { renderProgramRecords, renderProgramsTable } from "../render/programs.js";
import type { CommandSpec } from "./command.js";
import { printListing } from "./listing.js";

export const programsCommand: CommandSpec = {
  name: "programs",
  summary: "the programme areas of UNICEF's work in Kazakhstan",
  listing: true,
  options: [],
  examples: ["unicef-kz programs", "unicef-kz programs --lang ru", "unicef-kz programs --json | jq -r '.[].title.en'"],
  run(_args, _options, env) {
    const programs = env.loadBook().ofKind("program");
    return printListing(
      programs.length,
      {
        json: () => programs,
        table: () => renderProgramsTable(programs, env.ctx),
        plain: () => renderProgramRecords(programs, env.ctx),
      },
      env,
    );
  },
};
