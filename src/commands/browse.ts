import type { BrowseSource } from "../browse/source.js";
import type { Terminal } from "../browse/terminal.js";
import { UsageError } from "../errors.js";
import type { CommandEnv, CommandResult, CommandSpec } from "./command.js";

// Esc and Ctrl-C leave as an interrupted program does (128 + SIGINT); SIGTERM as 128 + SIGTERM.
const LEFT_BY_KEY = 130;
const LEFT_BY_SIGNAL = 143;

export const browseCommand: CommandSpec = {
  name: "browse",
  arguments: "[query...]",
  summary: "live fuzzy search in a full-screen view: type, move, Enter prints the fact",
  listing: false,
  options: [],
  examples: ["unicef-kz browse", "unicef-kz browse полиомиелит", "unicef-kz --lang ru browse"],
  notes: `Keys:
  typing, Backspace, Ctrl-U, Ctrl-W, ←/→   edit the query (the list follows every key)
  ↑/↓, Ctrl-P/Ctrl-N, PageUp/PageDown     move through the results
  Tab                                     kind filter: all → events → programs → agreements
  Enter                                   leave and print the selected fact, as \`show\` does
  Esc, Ctrl-C                             leave (exit 130)
Needs a terminal on standard input and output; in scripts use \`unicef-kz search\`.
`,
  async run(args, _options, env) {
    const terminal = env.terminal();
    if (!terminal) {
      throw new UsageError(
        "browse needs a terminal on standard input and output; in a script or pipe, use `unicef-kz search <words>`",
      );
    }
    return browse(terminal, (await env.browseIndexed()) ?? (await bookSource(env)), env, args.join(" "));
  },
};

/** Browse over the whole book, loaded, with the search index the build saved if it has one. */
async function bookSource(env: CommandEnv): Promise<BrowseSource> {
  const book = await env.loadBook();
  const [{ SearchEngine }, source] = await Promise.all([import("../search/engine.js"), import("../browse/source.js")]);
  return source.bookSource(book, new SearchEngine(book, await env.savedIndex()));
}

async function browse(
  terminal: Terminal,
  source: BrowseSource,
  env: CommandEnv,
  query: string,
): Promise<CommandResult> {
  // Loaded here, not at start: the screen and key handling are for browse alone.
  const { browseOnTerminal } = await import("../browse/terminal.js");
  const end = await browseOnTerminal(terminal, source, env.ctx, query);
  if ("chosen" in end) {
    const [{ renderCard }, book] = await Promise.all([
      import("../render/card.js"),
      env.loadPart({ id: end.chosen.id }),
    ]);
    return { stdout: renderCard(end.chosen, book, env.ctx), exitCode: 0 };
  }
  return { stdout: "", exitCode: end.left === "key" ? LEFT_BY_KEY : LEFT_BY_SIGNAL };
}
