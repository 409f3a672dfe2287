import { timeline, yearRange } from "../facts/query.js";
import { renderEventRecords } from "../render/plain.js";
import type { CommandSpec } from "./command.js";
import { printListing } from "./listing.js";
import { parseYear } from "./parse.js";

export const eventsCommand: CommandSpec = {
  name: "events",
  summary: "the timeline: dated events in date order, agreement milestones included",
  listing: true,
  options: [
    { flags: "-y, --year <year>", description: "only this year", parse: parseYear },
    { flags: "--from <year>", description: "from this year on", parse: parseYear },
    { flags: "--to <year>", description: "up to this year", parse: parseYear },
  ],
  examples: [
    "unicef-kz events",
    "unicef-kz events --year 1994",
    "unicef-kz events --from 2000 --to 2011",
    "unicef-kz events --json | jq -r '.[] | \"\\(.date) \\(.id)\"'",
  ],
  async run(_args, options, env) {
    const range = yearRange(options);
    const book = await env.loadPart({ filter: { kinds: ["event"], ...range } });
    const events = timeline(book, range);
    const allYears = range.from === undefined && range.to === undefined;
    return printListing(
      events.length,
      {
        json: () => events,
        plain: () => renderEventRecords(events, env.ctx),
        tableRenderer: () => import("../render/events.js"),
        table: (render) =>
          render.renderEventsTable(events, book, env.ctx) + (allYears ? render.renderUndated(book, env.ctx) : ""),
      },
      env,
    );
  },
};
