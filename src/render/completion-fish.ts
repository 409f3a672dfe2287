import type { CompletionOption, CompletionWords } from "./completion.js";
import { IDS_COMMAND } from "./completion.js";

/** A fish word in single quotes. */
function quoted(text: string): string {
  return `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

/** `complete` arguments for an option: its names, what its value is, and what it does. */
function optionLine(
  option: CompletionOption,
  words: CompletionWords,
  condition?: string,
  fields: readonly string[] = [],
): string {
  const parts = ["complete -c unicef-kz"];
  if (condition) parts.push(`-n ${quoted(condition)}`);
  if (option.short) parts.push(`-s ${option.short.slice(1)}`);
  parts.push(`-l ${option.long.slice(2)}`);
  if (option.value === "files") parts.push("-r -F");
  else if (option.value === "kinds") parts.push(`-x -a ${quoted(words.kinds.join(" "))}`);
  // A comma-separated list: fish's own helper completes the name after the last comma.
  else if (option.value === "fields")
    parts.push(`-x -a ${quoted(`(__fish_complete_list , "string split ' ' '${fields.join(" ")}'")`)}`);
  else if (option.value === "langs") parts.push("-x -a 'ru en'");
  else if (option.value === "other") parts.push("-x");
  parts.push(`-d ${quoted(option.description)}`);
  return parts.join(" ");
}

/** A fish completion script: `unicef-kz completion fish | source`, or saved in fish's completions directory. */
export function fishCompletion(words: CompletionWords): string {
  const names = [...words.commands.map((command) => command.name), "help"].join(" ");
  const none = `not __fish_seen_subcommand_from ${names}`;
  const seen = (name: string) => `__fish_seen_subcommand_from ${name}`;
  const values = {
    ids: "-f -a '(__unicef_kz_ids)'",
    files: "-F",
    shells: "-f -a 'bash zsh fish'",
  };
  const lines = [
    "# unicef-kz fish completion: unicef-kz completion fish | source",
    "function __unicef_kz_ids",
    "    # The ids of the file --data names on the line, if it names one.",
    "    set -l line (commandline -opc)",
    "    set -l data",
    "    for i in (seq 2 (math (count $line) - 1))",
    "        contains -- $line[$i] --data -d; and set data --data $line[(math $i + 1)]",
    "    end",
    `    unicef-kz $data ${IDS_COMMAND} 2>/dev/null`,
    "end",
    "complete -c unicef-kz -f",
    ...words.commands.map(
      (command) => `complete -c unicef-kz -n ${quoted(none)} -a ${command.name} -d ${quoted(command.summary)}`,
    ),
    `complete -c unicef-kz -n ${quoted(none)} -a help -d 'show help for a command'`,
    `complete -c unicef-kz -n ${quoted(seen("help"))} -a ${quoted(names)}`,
    ...words.commands
      .filter((command) => command.values)
      .map((command) => `complete -c unicef-kz -n ${quoted(seen(command.name))} ${values[command.values ?? "files"]}`),
    ...words.globalOptions.map((option) => optionLine(option, words)),
    ...words.topOptions.map((option) => optionLine(option, words, none)),
    ...words.commands.flatMap((command) =>
      command.options.map((option) => optionLine(option, words, seen(command.name), command.fields)),
    ),
  ];
  return `${lines.join("\n")}\n`;
}
