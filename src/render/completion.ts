/** What a completion script offers: commands with their options, kinds, and fact ids. */
export interface CompletionWords {
  commands: { name: string; options: string[] }[];
  globalOptions: string[];
  kinds: readonly string[];
  ids: string[];
}

/** A completion script for bash, zsh or fish. */
export function renderCompletion(shell: "bash" | "zsh" | "fish", words: CompletionWords): string {
  if (shell === "fish") return fishCompletion(words);
  const cases = words.commands
    .map((command) => `    ${command.name}) opts="${[...command.options, ...words.globalOptions].join(" ")}" ;;`)
    .join("\n");
  const bash = `# unicef-kz ${shell} completion: eval "$(unicef-kz completion ${shell})"
_unicef_kz() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  case "$prev" in
    --kind|-k) COMPREPLY=($(compgen -W "${words.kinds.join(" ")}" -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W "ru en" -- "$cur")); return ;;
    --data|validate) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    show) COMPREPLY=($(compgen -W "${words.ids.join(" ")}" -- "$cur")); return ;;
    completion) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")); return ;;
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${words.commands.map((command) => command.name).join(" ")} ${words.globalOptions.join(" ")}" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
    *) opts="${words.globalOptions.join(" ")}" ;;
  esac
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
`;
  if (shell === "bash") return `${bash}complete -F _unicef_kz unicef-kz\n`;
  return `${bash.replace("# unicef-kz zsh completion", "#compdef unicef-kz\n# unicef-kz zsh completion")}autoload -U +X bashcompinit && bashcompinit\ncomplete -F _unicef_kz unicef-kz\n`;
}

function fishCompletion(words: CompletionWords): string {
  const names = words.commands.map((command) => command.name).join(" ");
  const lines = [
    "# unicef-kz fish completion: unicef-kz completion fish | source",
    "complete -c unicef-kz -f",
    `complete -c unicef-kz -n "not __fish_seen_subcommand_from ${names}" -a "${names}"`,
    `complete -c unicef-kz -n "__fish_seen_subcommand_from show" -a "${words.ids.join(" ")}"`,
    `complete -c unicef-kz -n "__fish_seen_subcommand_from completion" -a "bash zsh fish"`,
    `complete -c unicef-kz -l kind -s k -x -a "${words.kinds.join(" ")}"`,
    `complete -c unicef-kz -l lang -x -a "ru en"`,
    "complete -c unicef-kz -l data -r -F",
  ];
  for (const command of words.commands) {
    for (const option of command.options) {
      if (option.startsWith("--") && !["--kind", "--lang", "--data"].includes(option)) {
        lines.push(`complete -c unicef-kz -n "__fish_seen_subcommand_from ${command.name}" -l ${option.slice(2)}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
