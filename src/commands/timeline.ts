import { timeline, yearRange } from "../facts/query.js";
import type { CommandSpec } from "./command.js";
import { parseYear } from "./parse.js";

export const timelineCommand: CommandSpec = {
  name: "timeline",
  summary: "a picture of the years and what happened in each",
  listing: false,
  options: [
    { flags: "--from <year>", description: "from this year on", parse: parseYear },
    { flags: "--to <year>", description: "up to this year", parse: parseYear },
  ],
  examples: ["unicef-kz timeline", "unicef-kz timeline --from 2000 --lang ru"],
  async run(_args, options, env) {
    const range = yearRange(options);
    const book = await env.loadPart({ filter: { kinds: ["event"], ...range } });
    const events = timeline(book, range);
    const [{ renderTimeline }, { renderUndated }] = await Promise.all([
      import("../render/timeline.js"),
      import("../render/events.js"),
    ]);
    const footer = range.from === undefined && range.to === undefined ? renderUndated(book, env.ctx) : "";
    return {
      stdout: events.length === 0 ? "" : `${renderTimeline(events, book, env.ctx)}\n${footer}`,
      exitCode: events.length === 0 ? 1 : 0,
    };
  },
};
