import { timeline, yearRange } from "../facts/query.js";
import type { CommandSpec } from "./command.js";
import { filterFlags, nothingMatched } from "./listing.js";
import { yearOptions } from "./parse.js";

export const timelineCommand: CommandSpec = {
  name: "timeline",
  summary: "a picture of the years and what happened in each",
  listing: false,
  outputElsewhere: "events",
  options: yearOptions(),
  examples: ["unicef-kz timeline", "unicef-kz timeline --from 2000 --lang ru", "unicef-kz timeline --year 1994"],
  async run(_args, options, env) {
    const range = yearRange(options);
    const book = await env.loadPart({ filter: { kinds: ["event"], ...range } });
    const events = timeline(book, range);
    if (events.length === 0) {
      return {
        stdout: "",
        exitCode: 1,
        note: env.onTerminal ? nothingMatched(filterFlags(options).join(" ")) : undefined,
      };
    }
    const [{ renderTimeline }, { renderUndated }] = await Promise.all([
      import("../render/timeline.js"),
      import("../render/events.js"),
    ]);
    // The events without a date of their own are named under it, unless a year range asked for dated ones only.
    const footer = range.from === undefined && range.to === undefined ? renderUndated(book, env.ctx) : "";
    const stdout = renderTimeline(events, book, env.ctx) + (footer === "" ? "" : `\n${footer}`);
    return { stdout, exitCode: 0, page: true };
  },
};
