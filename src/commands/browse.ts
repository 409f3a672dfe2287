import type { BrowseSource } from "../browse/source.js";
import type { BrowseEnd } from "../browse/terminal.js";
import { UsageError } from "../errors.js";
import { sanitize } from "../render/sanitize.js";
import { checkQueryLength } from "../search/bounds.js";
import type { CommandEnv, CommandResult, CommandSpec } from "./command.js";

// Esc and Ctrl-C leave as an interrupted program does (128 + SIGINT); a signal as 128 + its number.
const LEFT_BY_KEY = 130;
const SIGNAL_EXIT_BASE = 128;

export const browseCommand: CommandSpec = {
  name: "browse",
  arguments: "[query...]",
  summary: "live fuzzy search in a full-screen view: type, move, Enter prints the fact",
  listing: false,
  outputElsewhere: "search <words>",
  options: [
    {
      flags: "--print-id",
      description:
        "draw on the terminal (/dev/tty) and print only the chosen fact's id: id=$(unicef-kz browse --print-id)",
    },
  ],
  examples: [
    "unicef-kz browse",
    "unicef-kz browse полиомиелит",
    "unicef-kz --lang ru browse",
    'unicef-kz show "$(unicef-kz browse --print-id)"',
  ],
  notes: `Keys:
  typing, Backspace, ←/→     edit the query (the list follows every key)
  Ctrl-U, Ctrl-W             clear the query before the cursor, or a word of it
  ↑/↓, Ctrl-P/Ctrl-N         move through the results
  PageUp/PageDown            move a page
  Tab                        kind filter: all → events → programs → agreements
  Enter                      leave and print the selected fact, as \`show\` does
  Ctrl-Z                     stop, as in a shell; \`fg\` comes back to this screen
  Esc, Ctrl-C                leave (exit 130)

Needs a terminal on standard input and output, or with --print-id a terminal of its own
(/dev/tty); in scripts use \`unicef-kz search\`.
`,
  async run(args, options, env) {
    const query = args.join(" ");
    checkQueryLength(query);
    const printId = options.printId === true;
    // Loaded here, not at start: the screen and key handling are for browse alone.
    const session = await import("../browse/terminal.js");
    const own = printId ? session.openControllingTerminal() : undefined;
    const terminal = printId ? own : env.terminal();
    if (!terminal) {
      throw new UsageError(
        printId
          ? "browse --print-id needs a terminal (/dev/tty) to draw on; in a script, use `unicef-kz search <words> --json`"
          : "browse needs a terminal on standard input and output; in a script or pipe, use `unicef-kz search <words>`",
      );
    }
    try {
      // The first browse of a large file makes its index before the first frame: a line says why it waits.
      const making = () => terminal.output.write(`unicef-kz: indexing ${sanitize(env.dataPath)} for browse (once)…\n`);
      const source = (await env.browseIndexed(making)) ?? (await bookSource(env));
      const end = await session.browseOnTerminal(terminal, source, env.ctx, query, undefined, printId ? "id" : "fact");
      return await printEnd(end, env, printId);
    } finally {
      own?.close();
    }
  },
};

/** Browse over the whole book, loaded, with the search index the build saved if it has one. */
async function bookSource(env: CommandEnv): Promise<BrowseSource> {
  const book = await env.loadBook();
  const [{ SearchEngine }, source] = await Promise.all([import("../search/engine.js"), import("../browse/source.js")]);
  return source.bookSource(book, new SearchEngine(book, await env.savedIndex()));
}

/** What browse prints when it ends: the chosen fact (or its id alone), or nothing and an exit code that says how it was left. */
async function printEnd(end: BrowseEnd, env: CommandEnv, printId: boolean): Promise<CommandResult> {
  if ("chosen" in end) {
    if (printId) return { stdout: `${end.chosen.id}\n`, exitCode: 0 };
    const [{ renderCard }, book] = await Promise.all([
      import("../render/card.js"),
      env.loadPart({ id: end.chosen.id }),
    ]);
    return { stdout: renderCard(end.chosen, book, env.ctx), exitCode: 0 };
  }
  return { stdout: "", exitCode: end.left === "key" ? LEFT_BY_KEY : SIGNAL_EXIT_BASE + end.signal };
}
