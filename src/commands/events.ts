import { timeline, yearRange } from "../facts/query.js";
import { factJson } from "../render/json.js";
import type { CommandSpec } from "./command.js";
import { filterFlags, printListing } from "./listing.js";
import { yearOptions } from "./parse.js";

export const eventsCommand: CommandSpec = {
  name: "events",
  summary: "the timeline: dated events in date order, agreement milestones included",
  listing: true,
  options: yearOptions(),
  examples: [
    "unicef-kz events",
    "unicef-kz events --year 1994",
    "unicef-kz events --from 2000 --to 2011",
    "unicef-kz events --json | jq -r '.[] | \"\\(.date) \\(.id)\"'",
    "unicef-kz events --csv --fields date,id,title.ru > events.csv",
  ],
  notes: "Records (--plain, --csv): date, id, title.<lang>, unless --fields names others.\n",
  async run(_args, options, env) {
    const range = yearRange(options);
    const book = await env.loadPart({ filter: { kinds: ["event"], ...range } });
    const events = timeline(book, range);
    // Named under the table, unless a year range asked for dated events only.
    const allYears = range.from === undefined && range.to === undefined;
    return printListing(
      events.length,
      {
        records: () => events.map((event) => factJson(event, book)),
        fields: ["date", "id", `title.${env.ctx.lang}`],
        tableRenderer: () => import("../render/events.js"),
        table: (render) =>
          render.renderEventsTable(events, book, env.ctx) + (allYears ? render.renderUndated(book, env.ctx) : ""),
        asked: filterFlags(options).join(" "),
      },
      env,
    );
  },
};
