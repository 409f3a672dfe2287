import { Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import type { Terminal } from "./browse/terminal.js";
import type { CommandEnv, CommandResult, CommandSpec } from "./commands/command.js";
import { COMMANDS, GLOBAL_OPTIONS } from "./commands/index.js";
import { chooseOutput, OUTPUT_FLAGS, outputNotes, outputOptions, pagerCommand } from "./commands/output.js";
import { quote, shorten, UsageError, UserError } from "./errors.js";
import { type Limits, limitsFrom } from "./facts/limits.js";
import { readFactSource } from "./facts/read.js";
import type { Lang } from "./facts/schema.js";
import { createContext, type OutputContext } from "./render/context.js";
import { fitHelpText } from "./render/help-text.js";
import { langFromEnv, langOf } from "./render/i18n.js";
import { escapeControls, sanitize } from "./render/sanitize.js";
import { wrapSpans } from "./render/wrap.js";
import { type LoadedBook, loadShippedBook, SHIPPED_FACTS } from "./shipped.js";

/** Where the program meets the world: streams, environment, terminal. Tests pass their own. */
export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  columns: number | undefined;
  /** The terminal's height, where standard output is one (long output is paged). */
  rows?: number;
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** The terminal, if standard input and output are both one; asked for only by browse. */
  terminal(): Terminal | undefined;
  /** Shows text through a pager command and waits for it; false if the pager could not run. */
  page?(command: string, text: string): Promise<boolean>;
  /**
   * Makes a fact file's index (to be saved at `indexFile`) in a process of its own; only the
   * program's own process can (tests and the build run commands in theirs: a search then makes
   * the index as it searches).
   */
  buildIndexLater?(path: string, indexFile: string): Promise<void>;
}

const EXAMPLES = `
Examples:
  $ unicef-kz search полиомиелит
  $ unicef-kz browse                   live search: type, ↑↓, Enter shows it
  $ unicef-kz search measles --kind event --json | jq -r '.[].id'
  $ unicef-kz events --from 2000 --to 2014
  $ unicef-kz agreements
  $ unicef-kz list --kind agreement --csv
  $ unicef-kz show basic-cooperation-agreement memorandum-child-rights
  $ unicef-kz timeline

Output: tables in a terminal (long ones through a pager), tab-separated records in a pipe
(--table/--plain force one), --csv, --json or --ndjson for scripts, --fields to choose fields.

Exit status:
  0    results printed
  1    nothing matched (a terminal is told so on stderr)
  2    bad usage or data: one line on stderr says what, where and what to do
  130  browse left with Esc or Ctrl-C (128 + the signal's number for a signal)

Environment:
  UNICEF_KZ_DATA       the fact file when --data is not given (else the shipped)
  UNICEF_KZ_CACHE_DIR  where saved indexes go; else $XDG_CACHE_HOME/unicef-kz,
                       else ~/.cache/unicef-kz
  UNICEF_KZ_CACHE=0    neither read nor write saved indexes, as --no-cache
  UNICEF_KZ_MAX_BYTES  the largest fact file read, in bytes (default 512 MB)
  UNICEF_KZ_MAX_FACTS  the most facts a file may hold (default 1,000,000)
  UNICEF_KZ_MAX_DEPTH  how deep a file may nest (default 64)
  UNICEF_KZ_PAGER      the pager for long output, before $PAGER (default
                       less -FRX; "" or cat for none)
  NO_COLOR             no colour; FORCE_COLOR=1 colour even in a pipe
  LANGUAGE, LC_ALL, LANG  --lang's default: ru in a Russian locale, else en
  COLUMNS              the width when not printing to a terminal (default 100)

See also:
  jq(1) for what --json prints, less(1) for the pager; the README.md installed
  with unicef-kz, and docs/ in its source repository
`;

/**
 * The width help is fitted to: the terminal's, up to 100 columns (longer lines are hard to read),
 * or 80 in a pipe, as commander fits its own lists.
 */
function helpWidth(): number {
  return process.stdout.isTTY ? Math.min(process.stdout.columns || 80, 100) : 80;
}

// The narrowest column commander wraps an option's description in; narrower, it leaves it whole.
const NARROWEST_DESCRIPTION = 40;
const STACKED_INDENT = "      ";

/**
 * An option or command of help and what it does: side by side, as commander lays them out, where
 * the description's column is wide enough to wrap in; else the description below it, indented
 * and wrapped, as commander would leave it one long line for the terminal to cut mid-word.
 */
function formatHelpItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
  const width = this.helpWidth ?? 80;
  // Two spaces before the term, two after it: commander's own layout.
  if (!description || width - termWidth - 4 >= NARROWEST_DESCRIPTION)
    return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
  const lines = wrapSpans([{ text: description }], Math.max(20, width - STACKED_INDENT.length));
  return [`  ${term}`, ...lines.map((line) => STACKED_INDENT + line)].join("\n");
}

/** Runs the command line and returns the exit code (later, for browse); it never calls process.exit. */
export function runCli(io: Io): number | Promise<number> {
  const program = buildProgram(io);
  let result: CommandResult | Promise<CommandResult> | undefined;
  // A command named first is the only one commander needs to know: building the others, with
  // their options and help, would take a millisecond of every start.
  const named = COMMANDS.find((spec) => spec.name === io.argv[0]);
  for (const spec of named ? [named] : COMMANDS) addCommand(program, spec, io, (value) => (result = value));
  if (io.argv.length === 0) {
    // As --help prints it: commander ends the text after its lists with a line break of its own.
    io.writeOut(`${program.helpInformation()}${fitHelpText(EXAMPLES, helpWidth())}\n`);
    return 0;
  }
  // `help <name>` of no command: asked as the command itself, commander says it is unknown.
  const unknownHelp =
    io.argv[0] === "help" && io.argv.length === 2 && !COMMANDS.some((spec) => spec.name === io.argv[1]);
  // The command the line runs, once commander has found it: its mistakes point to its own help.
  let commandName: string | undefined;
  program.hook("preSubcommand", (_program, command) => {
    commandName = command.name();
  });
  try {
    program.parse(unknownHelp ? io.argv.slice(1) : io.argv, { from: "user" });
  } catch (error) {
    return report(error, io, commandName);
  }
  const paging = program.opts().pager !== false;
  if (result instanceof Promise)
    return result.then(
      (done) => printResult(done, io, paging),
      (error) => report(error, io, commandName),
    );
  return result ? printResult(result, io, paging) : 0;
}

/** Streams that throw everything away, as for a script (a pipe, no terminal): for the build's own runs. */
export function quietIo(argv: string[]): Io {
  return {
    argv,
    env: {},
    stdoutIsTTY: false,
    columns: undefined,
    writeOut: () => {},
    writeErr: () => {},
    terminal: () => undefined,
  };
}

/** The program with every command, as `--help` shows it, for the man page the build writes; it runs nothing. */
export function helpProgram(): Command {
  const io = quietIo([]);
  const program = buildProgram(io);
  for (const spec of COMMANDS) addCommand(program, spec, io, () => {});
  return program;
}

function printResult(result: CommandResult, io: Io, paging: boolean): number | Promise<number> {
  if (result.note) io.writeErr(`unicef-kz: ${sanitize(result.note)}\n`);
  const canPage = paging && result.page === true && io.stdoutIsTTY && io.page !== undefined;
  const pager = canPage ? pagerCommand(result.stdout, io.env, io.rows) : undefined;
  if (pager === undefined) {
    io.writeOut(result.stdout);
    return result.exitCode;
  }
  return (io.page?.(pager, result.stdout) ?? Promise.resolve(false)).then((shown) => {
    if (!shown) io.writeOut(result.stdout);
    return result.exitCode;
  });
}

function buildProgram(io: Io): Command {
  const program = new Command("unicef-kz")
    .description("Facts about UNICEF's work in Kazakhstan: search, timeline, programmes, agreements.")
    .version(packageJson.version, "-V, --version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({ writeOut: io.writeOut, writeErr: () => {}, outputError: () => {} })
    // Each command's help lists --data, --lang, --no-color and --no-pager too.
    .configureHelp({ showGlobalOptions: true, formatItem: formatHelpItem })
    .addHelpText("after", () => fitHelpText(EXAMPLES, helpWidth()));
  for (const option of GLOBAL_OPTIONS) {
    const built = new Option(option.flags, option.description);
    if (option.flags.includes("--lang")) built.argParser(parseLang);
    program.addOption(built);
  }
  return program;
}

function parseLang(value: string): Lang {
  const lang = langOf(value);
  if (!lang) throw new InvalidArgumentError(`${quote(value)} is not a language; use ru or en.`);
  return lang;
}

function addCommand(
  program: Command,
  spec: CommandSpec,
  io: Io,
  done: (result: CommandResult | Promise<CommandResult>) => void,
): void {
  // Extra arguments are refused here, with a message that names them (see tooManyArguments).
  const command = program.command(spec.name).description(spec.summary).allowExcessArguments();
  if (spec.arguments) command.argument(spec.arguments);
  for (const option of [...spec.options, ...outputOptions(spec)]) {
    const built = new Option(option.flags, option.description);
    if (option.parse) built.argParser(option.parse);
    if (option.defaultValue !== undefined) built.default(option.defaultValue);
    command.addOption(built);
  }
  const examples = spec.examples.map((example) => `  $ ${example}`).join("\n");
  const notes = [spec.notes, outputNotes(spec)].filter(Boolean).join("\n");
  const after = `\nExamples:\n${examples}\n${notes ? `\n${notes}` : ""}`;
  command.addHelpText("after", () => fitHelpText(after, helpWidth()));
  command.action((...actionArgs: unknown[]) => {
    const self = actionArgs.at(-1) as Command;
    tooManyArguments(self);
    const options = self.optsWithGlobals();
    // A variadic argument arrives as an array; flatten so every command gets plain strings.
    const args = (self.processedArgs as (string | string[] | undefined)[]).flat();
    done(
      spec.run(
        args.filter((arg) => arg !== undefined),
        options,
        makeEnv(options, io, spec),
      ),
    );
  });
}

/** Refuses arguments a command does not take, naming the first one. */
function tooManyArguments(command: Command): void {
  const declared = command.registeredArguments;
  if (declared.at(-1)?.variadic || command.args.length <= declared.length) return;
  const name = command.name();
  const extra = command.args[declared.length] ?? "";
  // `events 1994`: a year where --year was meant.
  const hint =
    /^\d{4}$/.test(extra) && command.options.some((option) => option.long === "--year")
      ? `to keep one year: \`unicef-kz ${name} --year ${extra}\``
      : `see \`unicef-kz ${name} --help\``;
  throw new UsageError(`unexpected argument ${quote(extra)} for ${name}; ${hint}`);
}

function makeEnv(options: Record<string, unknown>, io: Io, spec: CommandSpec): CommandEnv {
  const ctx = makeContext(options, io);
  const output = chooseOutput(spec, options, io.stdoutIsTTY);
  // Asked for only when facts are read: completion, with any UNICEF_KZ_DATA, prints its script.
  const dataPath = () => dataPathOf(options, io.env);
  const limits = limitsFrom(io.env);
  let loaded: Promise<LoadedBook> | undefined;
  const load = () => (loaded ??= loadBook(dataPath(), limits));
  const cache = { env: io.env, enabled: options.cache !== false };
  // The shipped book is checked and indexed by the build; a stream cannot be read twice.
  const dataIndex = async () =>
    dataPath() !== SHIPPED_FACTS && dataPath() !== "-" ? import("./index/data-file.js") : undefined;
  return {
    ctx,
    ...output,
    onTerminal: io.stdoutIsTTY,
    loadBook: async () => (await load()).book,
    loadPart: async (part) => (await dataIndex())?.readBookPart(dataPath(), limits, cache, part) ?? (await load()).book,
    factIds: async () =>
      (await dataIndex())?.readFactIds(dataPath(), limits, cache) ?? [...(await load()).book.byId.keys()],
    savedIndex: async () => (await load()).savedIndex?.(),
    searchAsRead: async (query, shown) => {
      const data = await dataIndex();
      let wanted: [string, string] | undefined;
      const later = io.buildIndexLater && ((path: string, indexFile: string) => (wanted = [path, indexFile]));
      const found = data?.searchDataFile(dataPath(), query, shown, limits, { ...cache, later });
      if (wanted) await io.buildIndexLater?.(...wanted);
      return found;
    },
    browseIndexed: async (onMaking) => (await dataIndex())?.browseDataFile(dataPath(), limits, cache, onMaking),
    get dataPath() {
      return dataPath();
    },
    cacheDir: async () => (await import("./index/cache.js")).cacheDir(io.env, cache.enabled),
    readSource: (path) => readFactSource(path === "" ? dataPath() : path, limits),
    limits,
    terminal: io.terminal,
  };
}

/** The data file: --data, else $UNICEF_KZ_DATA, else the shipped facts; an empty name is refused. */
function dataPathOf(options: Record<string, unknown>, env: NodeJS.ProcessEnv): string {
  const given = options.data as string | undefined;
  if (given === "") throw new UsageError("--data is empty; give a fact file, or '-' for standard input");
  if (given === undefined && env.UNICEF_KZ_DATA === "") {
    throw new UsageError("UNICEF_KZ_DATA is empty; set it to a fact file, or unset it for the shipped facts");
  }
  return given ?? env.UNICEF_KZ_DATA ?? SHIPPED_FACTS;
}

/** The shipped book as the build checked it, or else the file read and checked now. */
async function loadBook(dataPath: string, limits: Limits): Promise<LoadedBook> {
  const shipped = dataPath === SHIPPED_FACTS ? loadShippedBook(limits) : undefined;
  if (shipped) return shipped;
  // The checker (valibot and the schema) loads only for a file the build has not checked.
  const { loadFactFile } = await import("./facts/load.js");
  return { book: loadFactFile(dataPath, limits) };
}

/**
 * Colour: off in a pipe, with --no-color, NO_COLOR or TERM=dumb; FORCE_COLOR turns it on, and
 * FORCE_COLOR=0 (or false) off, as for Node and chalk.
 */
function makeContext(options: Record<string, unknown>, io: Io): OutputContext {
  const { env } = io;
  const forcedOff = env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false";
  const forced = env.FORCE_COLOR !== undefined && !forcedOff;
  const color =
    options.color !== false && !env.NO_COLOR && !forcedOff && (forced || (io.stdoutIsTTY && env.TERM !== "dumb"));
  const columns = Number(env.COLUMNS);
  return createContext({
    width: io.columns || (columns > 0 ? columns : 100),
    lang: (options.lang as Lang | undefined) ?? langFromEnv(env),
    format: io.stdoutIsTTY ? "table" : "plain",
    prettyJson: io.stdoutIsTTY,
    color,
  });
}

/**
 * For an output option (--json, --csv …) given to a command that has none, where it is:
 * "; `unicef-kz events --json` prints these facts"; else nothing.
 */
function outputElsewhere(message: string, command: string | undefined, argv: readonly string[]): string {
  const flag = /unknown option '([^']+)'/.exec(message)?.[1] ?? "";
  const other = COMMANDS.find((spec) => spec.name === command)?.outputElsewhere;
  const at = command === undefined ? -1 : argv.indexOf(command);
  if (!other || !OUTPUT_FLAGS.has(flag) || at < 0) return "";
  // The line as typed, the other command in place of this one: its filters and words kept.
  const [name = "", placeholder] = other.split(" ");
  const rest = argv.slice(at + 1);
  const words = placeholder !== undefined && rest.every((word) => word.startsWith("-")) ? [placeholder] : [];
  const line = [...argv.slice(0, at), name, ...words, ...rest].map(shellWord).join(" ");
  return `; \`unicef-kz ${line}\` prints these facts`;
}

/** A word as a shell takes it: as it is, or in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./<>-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * The one place an error becomes output: a line for a person, an exit code for a script. Control
 * characters in it are shown as escapes, and names from the command line are cut to 80 characters;
 * a mistake on a command's line points to that command's help.
 */
export function report(
  error: unknown,
  io: Pick<Io, "env" | "writeErr"> & { argv?: readonly string[] },
  command?: string,
): number {
  if (error instanceof CommanderError) {
    // --help, `help <command>` and --version end this way once they have printed.
    if (["commander.helpDisplayed", "commander.version"].includes(error.code)) return 0;
    if (error.code === "commander.help" && error.exitCode === 0) return 0;
    // Help shown for a mistake (options and no command) goes where errors go, which is kept quiet.
    const said = error.code === "commander.help" ? "a command is needed" : error.message;
    const message = said
      .replace(/^error: /, "")
      .replace(/\n+/g, " ")
      .replace("(Did you mean", "(did you mean")
      // "option '-n, --limit <n>' argument '0' is invalid. <why>." → "--limit: <why>"
      .replace(/^option '(?:-\w, )?(--[\w-]+)[^']*' argument '.*' is invalid\. (.*?)\.?$/s, "$1: $2")
      .replace(/'([^']{81,})'/g, (_, name: string) => `'${shorten(name)}'`);
    const help = command === undefined ? "unicef-kz --help" : `unicef-kz ${command} --help`;
    const elsewhere =
      error.code === "commander.unknownOption" ? outputElsewhere(error.message, command, io.argv ?? []) : "";
    io.writeErr(`unicef-kz: ${escapeControls(message)}${elsewhere}; see \`${help}\`\n`);
    return 2;
  }
  if (error instanceof UserError) {
    io.writeErr(`${escapeControls(error.message).replace(/^/gm, "unicef-kz: ")}\n`);
    return error.exitCode;
  }
  const detail = io.env.DEBUG?.includes("unicef-kz") && error instanceof Error ? `\n${error.stack}` : "";
  io.writeErr(`unicef-kz: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
  return 2;
}
