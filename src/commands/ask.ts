import { UsageError } from "../errors.js";
import type { Lang } from "../facts/schema.js";
import { renderJson } from "../render/json.js";
import type { CommandSpec } from "./command.js";

export const askCommand: CommandSpec = {
  name: "ask",
  arguments: "<question...>",
  summary: "answer a question in Russian or English, with its fact and source quote",
  listing: false,
  options: [{ flags: "--json", description: "print JSON: {question, asks, answer, facts, quotes}" }],
  examples: [
    "unicef-kz ask когда ратифицировали основное соглашение",
    'unicef-kz ask "who signed the memorandum?"',
    "unicef-kz ask где подписали меморандум",
    "unicef-kz ask what happened in 1994",
    "unicef-kz ask сколько программ",
    "unicef-kz ask what happened in june 2002",
    "unicef-kz ask when was the memorandum signed --json | jq -r .answer",
  ],
  notes: `What it answers, by the question word:
  когда, в каком году, when, what year; сколько лет, how long
      the date (an agreement's, from its milestones, the one named: "when was it
      ratified"); for how long, when it began
  кто, кем, who; стороны, parties
      who signed, or the parties, with the date and place; only the one named
      ("кто омбудсмен", "for UNICEF"), or the others ("с кем", "with whom")
  где, место, where, place
      the place
  что, какой, what, which
      the fact itself: its summary; «какие программы», "list the agreements",
      "what was signed": the list
  что произошло в 2002 году, what happened in June 2002, in the 1990s
      the events of that decade, year, month or day; of years ("in 2002 and
      2011") or a span ("before 1994", "после 2010 года", "between 2000 and
      2002", "с 2000 по 2007 год")
  последнее событие, the first agreement
      the last or the first dated event (or agreement)
  сколько, how many
      the count of programmes, agreements or events, listed
  сколько раз, how many times
      the dated events found, with their dates

  The question words never count as search words; the rest is searched as \`search\` does
  (word forms, Latin spellings, typos, the wrong keyboard layout). The answer comes first, in
  the question's language (--lang overrides it), then the fact(s) it comes from, then the
  source quote. When the source is silent (no date, no place) the answer says so; who and
  where of an event are its summary; facts that answer equally well are all given.
  Exit codes: 0 answered, 1 no fact answers (or none counted), 2 bad usage or data.
`,
  async run(args, options, env) {
    const text = args.join(" ");
    if (text.trim() === "")
      throw new UsageError("ask needs a question, e.g. `unicef-kz ask когда подписали меморандум`.");
    const book = await env.loadBook();
    const [{ ask }, { SearchEngine }, render] = await Promise.all([
      import("../ask/answer.js"),
      import("../search/engine.js"),
      import("../ask/render.js"),
    ]);
    const searcher = new SearchEngine(book, await env.savedIndex());
    const answer = ask(text, book, searcher, options.lang as Lang | undefined, env.ctx.lang);
    const exitCode = answer.facts.length > 0 ? 0 : 1;
    if (options.json === true) return { stdout: renderJson(render.answerJson(answer, book), env.ctx), exitCode };
    if (env.ctx.format === "plain") return { stdout: render.renderAnswerPlain(answer, answer.lang), exitCode };
    const { renderAnswerTerminal } = await import("../ask/render-terminal.js");
    return { stdout: renderAnswerTerminal(answer, answer.lang, env.ctx), exitCode };
  },
};
