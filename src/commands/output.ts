import { UsageError } from "../errors.js";
import { parseFieldList } from "../render/fields.js";
import type { CommandSpec, OptionSpec, OutputMode } from "./command.js";
import { once } from "./parse.js";

const fieldsOption: OptionSpec = {
  flags: "--fields <names>",
  description: "only these fields, by their JSON names, comma-separated: id,date,title.en",
  parse: once(parseFieldList, "name them all at once, comma-separated: --fields id,date"),
};

const LISTING_OPTIONS: OptionSpec[] = [
  { flags: "--json", description: "print JSON: an array of facts (pretty in a terminal, one line in a pipe)" },
  { flags: "--ndjson", description: "print one JSON fact per line" },
  { flags: "--csv", description: "print CSV (RFC 4180) with a header line" },
  { flags: "--plain", description: "print tab-separated records (the default in a pipe)" },
  { flags: "--table", description: "print a table (the default in a terminal), even into a pipe" },
  fieldsOption,
  { flags: "--header", description: "start --plain records with a line of field names" },
];

const CARD_OPTIONS: OptionSpec[] = [
  { flags: "--json", description: "print each fact as a JSON object (pretty in a terminal, one line in a pipe)" },
  { flags: "--ndjson", description: "print one JSON fact per line" },
  { ...fieldsOption, description: "print JSON of only these fields: id,date,title.en" },
];

const FIELDS_NOTE = `Fields (--fields) are named as in the JSON, dotted for nested ones: id, kind, date, title.en,
summary.ru, tags, related, source.quote; for agreements also parties.en, place.en, milestones.date,
and signed and ratified (those milestones' dates); score in a search for words. In records and
CSV an array's values are joined with "; "; a missing value is empty.
`;

/** The flags of every output option, listing or card: `--json`, `--csv` … */
export const OUTPUT_FLAGS: ReadonlySet<string> = new Set(
  [...LISTING_OPTIONS, ...CARD_OPTIONS].map((option) => option.flags.split(" ")[0] ?? ""),
);

/** What the output options' help says after a command's own notes. */
export function outputNotes(spec: CommandSpec): string {
  return spec.listing || spec.cards ? FIELDS_NOTE : "";
}

/** The output options a command takes, after its own. */
export function outputOptions(spec: CommandSpec): OptionSpec[] {
  return spec.listing ? LISTING_OPTIONS : spec.cards ? CARD_OPTIONS : [];
}

/** The output chosen by a command's flags, and where it goes when none is given. */
export interface Output {
  mode: OutputMode;
  fields: string[] | undefined;
  header: boolean;
}

/**
 * The format the flags ask for. With none: a table (or a card) in a terminal, records in a pipe;
 * --fields and --header ask for records (JSON for cards), as they choose what records hold.
 */
export function chooseOutput(spec: CommandSpec, options: Record<string, unknown>, onTerminal: boolean): Output {
  const formats = (["json", "ndjson", "csv", "plain", "table"] as const).filter((mode) => options[mode] === true);
  if (formats.length > 1) throw new UsageError(`choose one of ${formats.map((mode) => `--${mode}`).join(", ")}.`);
  const fields = options.fields as string[] | undefined;
  const header = options.header === true;
  if (fields?.length === 0) throw new UsageError("--fields needs at least one field name, e.g. --fields id,date");
  const asked = formats[0];
  if (spec.cards) return { mode: asked ?? (fields ? "json" : "table"), fields, header };
  if (!spec.listing) return { mode: onTerminal ? "table" : "plain", fields: undefined, header: false };
  if (asked === "table" && fields)
    throw new UsageError("--fields chooses what --plain, --csv and --json print, not --table.");
  const mode = asked ?? (onTerminal && !fields && !header ? "table" : "plain");
  if (header && mode !== "plain" && mode !== "csv") {
    throw new UsageError(`--header goes with --plain (--csv always has one), not --${mode}.`);
  }
  return { mode, fields, header };
}

/**
 * The pager for text a person reads in a terminal, as git picks one: none for text that fits the
 * screen; else $UNICEF_KZ_PAGER, $PAGER, or less -FRX ("" or cat: none).
 */
export function pagerCommand(text: string, env: NodeJS.ProcessEnv, rows: number | undefined): string | undefined {
  if (rows === undefined) return undefined;
  let lines = 0;
  for (let at = text.indexOf("\n"); at !== -1 && lines < rows; at = text.indexOf("\n", at + 1)) lines += 1;
  // The shell's prompt takes the last row.
  if (lines < rows) return undefined;
  const command = (env.UNICEF_KZ_PAGER ?? env.PAGER ?? "less -FRX").trim();
  return command === "" || command === "cat" ? undefined : command;
}
