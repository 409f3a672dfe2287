import type { BrowseSource } from "../browse/source.js";
import type { Terminal } from "../browse/terminal.js";
import type { FactBook } from "../facts/factbook.js";
import type { Limits } from "../facts/limits.js";
import type { FactSource } from "../facts/read.js";
import type { BookPart } from "../index/parts.js";
import type { OutputContext } from "../render/context.js";
import type { SearchIndexJson } from "../search/engine.js";
import type { FileSearch, Shown } from "../search/file-search.js";

/** How a listing is printed: decided once, in cli.ts, from flags and the terminal ("table" is a card for `show`). */
export type OutputMode = "table" | "plain" | "csv" | "json" | "ndjson";

/** What a command gets from the edge of the program; nothing else reaches the outside. */
export interface CommandEnv {
  ctx: OutputContext;
  mode: OutputMode;
  /** --fields: the fields to print, by their JSON names; undefined for each listing's own. */
  fields: string[] | undefined;
  /** --header: a line of field names before --plain records. */
  header: boolean;
  /** Whether standard output is a terminal, where a person reads it. */
  onTerminal: boolean;
  loadBook(): Promise<FactBook>;
  /**
   * The part of the book a command shows (see index/parts.ts): from a data file with a saved
   * index, only that part is read; otherwise the whole book.
   */
  loadPart(part: BookPart): Promise<FactBook>;
  /** Every fact's id, in file order (for "did you mean"). */
  factIds(): Promise<string[]>;
  /** The book's search index as the build saved it (it saves the shipped book's), if there is one. */
  savedIndex(): Promise<SearchIndexJson | undefined>;
  /**
   * A one-off search of the data file as it is read, keeping only the facts it shows (see
   * search/file-search.ts); undefined when the book is better loaded whole.
   */
  searchAsRead(query: string, shown: Shown): Promise<FileSearch | undefined>;
  /** Browse over the data file's saved index (made now if it has none, `onMaking` told first); undefined when there can be none. */
  browseIndexed(onMaking?: () => void): Promise<BrowseSource | undefined>;
  /** The data file: --data, else $UNICEF_KZ_DATA, else the shipped facts. */
  dataPath: string;
  /** Where saved indexes go; undefined with --no-cache or UNICEF_KZ_CACHE=0 (see index/cache.ts). */
  cacheDir(): Promise<string | undefined>;
  /** Reads a named file, "-" for standard input, or "" for the data file (validate's argument). */
  readSource(path: string): FactSource;
  /** What a fact file may hold (see facts/limits.ts). */
  limits: Limits;
  /** The terminal, when standard input and output both are one (browse needs it). */
  terminal(): Terminal | undefined;
}

/** What a command produces; cli.ts writes it. Exit 1 means "nothing matched", as with grep. */
export interface CommandResult {
  stdout: string;
  exitCode: number;
  /** A line for the person at the terminal, on standard error ("nothing matched …"). */
  note?: string;
  /** Output for reading, not for a script: a terminal shows it through the pager when it is long. */
  page?: boolean;
}

/** An option as data, from which cli.ts builds commander and the README's option list is read. */
export interface OptionSpec {
  flags: string;
  description: string;
  parse?: (value: string, previous: unknown) => unknown;
  defaultValue?: unknown;
}

export interface CommandSpec {
  name: string;
  arguments?: string;
  /** What shell completion offers for the arguments: fact ids, file names or shells. */
  argumentValues?: "ids" | "files" | "shells";
  summary: string;
  options: OptionSpec[];
  /** Listings get --json, --ndjson, --csv, --plain, --table, --fields and --header. */
  listing: boolean;
  /** Commands that print facts as cards get --json, --ndjson and --fields. */
  cards?: boolean;
  /** Fields only this command's records have (search's score), beside every fact's. */
  ownFields?: readonly string[];
  /**
   * For a command with no output options: the command whose output the same facts are in, which
   * has them (timeline's are events'); an output option given here points to it.
   */
  outputElsewhere?: string;
  examples: string[];
  /** More help, printed after the examples. */
  notes?: string;
  /** Returns what to print; browse, which waits for keys, returns it later. */
  run(args: string[], options: Record<string, unknown>, env: CommandEnv): CommandResult | Promise<CommandResult>;
}
