import { fishCompletion } from "./completion-fish.js";
import { zshCompletion } from "./completion-zsh.js";

/** An option as completion offers it; `value` says what follows it, if anything does. */
export interface CompletionOption {
  long: string;
  short: string | undefined;
  value: "kinds" | "langs" | "fields" | "files" | "other" | undefined;
  description: string;
}

/** What a completion script offers: commands with their options and arguments, global options, kinds. */
export interface CompletionWords {
  commands: {
    name: string;
    summary: string;
    options: CompletionOption[];
    values: "ids" | "files" | "shells" | undefined;
    /** The fields its --fields names, comma-separated (as the JSON names them); none without --fields. */
    fields: readonly string[];
  }[];
  /** Options every command takes, --help among them. */
  globalOptions: CompletionOption[];
  /** Options only before a command: --version. */
  topOptions: CompletionOption[];
  kinds: readonly string[];
}

/** A shell `case` on the command, each with its own list of fields for `complete(fields)`. */
export function fieldCases(
  words: CompletionWords,
  complete: (fields: string) => string,
  pattern: (name: string) => string,
): string {
  return words.commands
    .filter((command) => command.fields.length > 0)
    .map((command) => `${pattern(command.name)} ${complete(command.fields.join(" "))} ;;`)
    .join(" ");
}

/** The command line that lists fact ids, of the file the line names with --data if it does. */
export const IDS_COMMAND = "list --plain --fields id";

/** Every option with a value, by all its names: the word after one is never the command. */
export function valueOptionNames(words: CompletionWords): string[] {
  const options = [...words.globalOptions, ...words.commands.flatMap((command) => command.options)];
  const names = options.filter((option) => option.value).flatMap((option) => [option.long, option.short ?? []].flat());
  return [...new Set(names)];
}

/** Names of options whose value is of this kind, as a shell `case` pattern: --kind|-k. */
export function namesFor(words: CompletionWords, value: CompletionOption["value"]): string {
  const options = [...words.globalOptions, ...words.commands.flatMap((command) => command.options)];
  const names = options
    .filter((option) => option.value === value)
    .flatMap((option) => [option.long, option.short ?? []].flat());
  return [...new Set(names)].join("|");
}

/** A completion script for bash, zsh or fish. */
export function renderCompletion(shell: "bash" | "zsh" | "fish", words: CompletionWords): string {
  if (shell === "fish") return fishCompletion(words);
  if (shell === "zsh") return zshCompletion(words);
  return bashCompletion(words);
}

function bashCompletion(words: CompletionWords): string {
  const globals = words.globalOptions.map((option) => option.long).join(" ");
  const commandNames = words.commands.map((command) => command.name).join(" ");
  const optionCases = words.commands
    .map((command) => `    ${command.name}) opts="${command.options.map((option) => option.long).join(" ")}" ;;`)
    .join("\n");
  const valueCases = words.commands
    .filter((command) => command.values)
    .map((command) => `    ${command.name}) _unicef_kz_${command.values} ;;`)
    .join("\n");
  return `# unicef-kz bash completion: eval "$(unicef-kz completion bash)"
_unicef_kz_ids() {
  COMPREPLY=($(compgen -W "$(unicef-kz "\${data[@]}" ${IDS_COMMAND} 2>/dev/null)" -- "$cur"))
}
_unicef_kz_files() {
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -f -- "$cur"))
}
_unicef_kz_shells() {
  COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur"))
}
# A comma-separated list (--fields id,title.en): the names before the last comma stay as typed.
_unicef_kz_list() {
  local typed=""
  [[ $cur == *,* ]] && typed="\${cur%,*},"
  compopt -o nospace 2>/dev/null
  COMPREPLY=($(compgen -P "$typed" -W "$1" -- "\${cur##*,}"))
}
_unicef_kz() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" word opts i=1
  local -a data=()
  # --lang=ru reaches here as three words: --lang, =, ru.
  [[ $prev == = ]] && prev="\${COMP_WORDS[COMP_CWORD-2]}"
  [[ $cur == = ]] && cur=""
  # The command is the first word that is neither an option nor an option's value.
  while (( i < COMP_CWORD )); do
    word="\${COMP_WORDS[i]}"
    case "$word" in
      ${valueOptionNames(words).join("|")})
        [[ \${COMP_WORDS[i+1]} == = ]] && (( i += 1 ))
        [[ $word == --data || $word == -d ]] && data=(--data "\${COMP_WORDS[i+1]/#\\~/$HOME}")
        (( i += 2 )); continue ;;
      -*) ;;
      *) [[ -z $cmd ]] && cmd="$word" ;;
    esac
    (( i += 1 ))
  done
  case "$prev" in
    ${namesFor(words, "kinds")}) COMPREPLY=($(compgen -W "${words.kinds.join(" ")}" -- "$cur")); return ;;
    ${namesFor(words, "langs")}) COMPREPLY=($(compgen -W "ru en" -- "$cur")); return ;;
    ${namesFor(words, "fields")}) case "$cmd" in ${fieldCases(
      words,
      (fields) => `_unicef_kz_list "${fields}"`,
      (name) => `${name})`,
    )} esac; return ;;
    ${namesFor(words, "files")}) _unicef_kz_files; return ;;
    ${namesFor(words, "other")}) COMPREPLY=(); return ;;
  esac
  if [[ $cur == -* ]]; then
    case "$cmd" in
${optionCases}
    "") opts="${words.topOptions.map((option) => option.long).join(" ")}" ;;
    *) opts="" ;;
    esac
    COMPREPLY=($(compgen -W "$opts ${globals}" -- "$cur"))
    return
  fi
  case "$cmd" in
    "") COMPREPLY=($(compgen -W "${commandNames} help" -- "$cur")) ;;
    help) COMPREPLY=($(compgen -W "${commandNames}" -- "$cur")) ;;
${valueCases}
  esac
}
complete -F _unicef_kz unicef-kz
`;
}
