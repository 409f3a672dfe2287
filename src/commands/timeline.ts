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
    const book = await env.loadBook();
    const events = timeline(book, yearRange(options));
    const { renderTimeline } = await import("../render/timeline.js");
    return { stdout: renderTimeline(events, book, env.ctx), exitCode: events.length === 0 ? 1 : 0 };
  },
};
