import { type CompletionWords, fieldCases, IDS_COMMAND, namesFor, valueOptionNames } from "./completion.js";

/** A zsh word in single quotes. */
function quoted(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * A zsh completion function. Saved as _unicef-kz in a directory of $fpath, compinit loads it on
 * the first Tab and it completes that Tab too; eval'd, it registers itself, and starts compinit
 * first if the shell has not (without it, zsh has no compdef).
 */
export function zshCompletion(words: CompletionWords): string {
  const described = (name: string, description: string) => quoted(`${name}:${description}`);
  const commands = [
    ...words.commands.map((command) => described(command.name, command.summary)),
    described("help", "show help for a command"),
  ];
  const options = (list: CompletionWords["globalOptions"]) =>
    list.map((option) => described(option.long, option.description)).join(" ");
  const optionCases = words.commands.map((command) => `    (${command.name}) opts=(${options(command.options)}) ;;`);
  const valueCases = words.commands
    .filter((command) => command.values)
    .map((command) => {
      const values = { ids: "_unicef-kz-ids", files: "_files", shells: "compadd -- bash zsh fish" };
      return `    (${command.name}) ${values[command.values ?? "files"]} ;;`;
    });
  return `#compdef unicef-kz
# unicef-kz zsh completion: eval "$(unicef-kz completion zsh)", or save as _unicef-kz in $fpath
_unicef-kz-ids() {
  local -a ids
  ids=(\${(f)"$(unicef-kz $data ${IDS_COMMAND} 2>/dev/null)"})
  compadd -- $ids
}
_unicef-kz() {
  local -a commands opts data
  commands=(${commands.join(" ")})
  local cmd="" word i=2
  # The command is the first word that is neither an option nor an option's value.
  while (( i < CURRENT )); do
    word=$words[i]
    case $word in
      (${valueOptionNames(words).join("|")})
        [[ $word == (--data|-d) ]] && data=(--data \${~words[i+1]})
        (( i += 2 )); continue ;;
      (-*) ;;
      (*) [[ -z $cmd ]] && cmd=$word ;;
    esac
    (( i += 1 ))
  done
  case $words[CURRENT-1] in
    (${namesFor(words, "kinds")}) compadd -- ${words.kinds.join(" ")}; return ;;
    (${namesFor(words, "langs")}) compadd -- ru en; return ;;
    (${namesFor(words, "fields")}) case $cmd in ${fieldCases(
      words,
      (fields) => `_values -s , field ${fields}`,
      (name) => `(${name})`,
    )} esac; return ;;
    (${namesFor(words, "files")}) _files; return ;;
    (${namesFor(words, "other")}) return 1 ;;
  esac
  if [[ $PREFIX == -* ]]; then
    case $cmd in
${optionCases.join("\n")}
    ("") opts=(${options(words.topOptions)}) ;;
    esac
    opts+=(${options(words.globalOptions)})
    _describe -t options option opts
    return
  fi
  case $cmd in
    ("") _describe -t commands command commands ;;
    (help) _describe -t commands command commands ;;
${valueCases.join("\n")}
  esac
}
if [[ $funcstack[1] == _unicef-kz ]]; then
  _unicef-kz "$@"
else
  (( $+functions[compdef] )) || { autoload -Uz compinit && compinit -i }
  compdef _unicef-kz unicef-kz
fi
`;
}
