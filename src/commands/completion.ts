import { quote, UsageError } from "../errors.js";
import { FACT_KINDS } from "../facts/kinds.js";
import type { CompletionOption } from "../render/completion.js";
import type { CommandSpec, OptionSpec } from "./command.js";
import { outputOptions } from "./output.js";

const SHELLS = ["bash", "zsh", "fish"] as const;

/** An option as completion sees it: its names, what its value is, what it does. */
function completionOption(option: OptionSpec): CompletionOption {
  const long = /--[a-z-]+/.exec(option.flags)?.[0] ?? option.flags;
  const short = /^-[a-zA-Z](?=,)/.exec(option.flags)?.[0];
  const placeholder = /<(\w+)/.exec(option.flags)?.[1];
  const values = { kind: "kinds", lang: "langs", names: "fields", file: "files" } as const;
  const value = placeholder === undefined ? undefined : (values[placeholder as keyof typeof values] ?? "other");
  return { long, short, value, description: option.description };
}

/**
 * `completion bash|zsh|fish`: a script that completes the commands and options it is given, and,
 * asking unicef-kz itself at each Tab, the ids of the facts (of --data's file, if the line names
 * one). The script never depends on the fact file, so it is the same whatever state that is in.
 */
export function completionCommand(
  commands: () => readonly CommandSpec[],
  globalOptions: readonly OptionSpec[],
): CommandSpec {
  return {
    name: "completion",
    arguments: "<shell>",
    argumentValues: "shells",
    summary: "print a completion script for bash, zsh or fish",
    listing: false,
    options: [],
    examples: [
      'eval "$(unicef-kz completion bash)"          (in ~/.bashrc)',
      'eval "$(unicef-kz completion zsh)"           (in ~/.zshrc)',
      "unicef-kz completion zsh > ~/.zfunc/_unicef-kz (a directory in $fpath)",
      "unicef-kz completion fish > ~/.config/fish/completions/unicef-kz.fish",
    ],
    notes: `Completes commands, options, kinds, languages and --fields names, file names for --data and validate, and
fact ids for show (read from the data file at each Tab: a broken file just offers none).
`,
    async run(args) {
      const shell = SHELLS.find((known) => known === args[0]);
      if (!shell) throw new UsageError(`unknown shell ${quote(args[0] ?? "")}; use one of: ${SHELLS.join(", ")}.`);
      const [{ renderCompletion }, { default: factsSchema }, { knownFields }] = await Promise.all([
        import("../render/completion.js"),
        import("../../data/facts.schema.json", { with: { type: "json" } }),
        import("../render/fields.js"),
      ]);
      const words = {
        commands: commands().map((command) => {
          const options = [...command.options, ...outputOptions(command)];
          const takesFields = options.some((option) => option.flags.startsWith("--fields"));
          return {
            name: command.name,
            summary: command.summary,
            options: options.map(completionOption),
            values: command.argumentValues,
            fields: takesFields ? knownFields(factsSchema, command.ownFields) : [],
          };
        }),
        globalOptions: [...globalOptions, { flags: "-h, --help", description: "show help" }].map(completionOption),
        topOptions: [completionOption({ flags: "-V, --version", description: "print the version" })],
        kinds: FACT_KINDS,
      };
      return { stdout: renderCompletion(shell, words), exitCode: 0 };
    },
  };
}
