import { quote, UsageError } from "../errors.js";
import { FACT_KINDS } from "../facts/kinds.js";
import type { CommandSpec } from "./command.js";

const SHELLS = ["bash", "zsh", "fish"] as const;

/** Long option names of a command, as a user types them. */
function optionNames(flags: readonly string[]): string[] {
  return flags.flatMap((flag) => flag.match(/--[a-z-]+/g) ?? []);
}

/** `completion bash|zsh|fish`; it completes the commands it is given, and the ids of the loaded facts. */
export function completionCommand(commands: () => readonly CommandSpec[], globalFlags: readonly string[]): CommandSpec {
  return {
    name: "completion",
    arguments: "<shell>",
    summary: "print a completion script for bash, zsh or fish",
    listing: false,
    options: [],
    examples: [
      'eval "$(unicef-kz completion bash)"',
      "unicef-kz completion zsh > ~/.zfunc/_unicef-kz",
      "unicef-kz completion fish | source",
    ],
    async run(args, _options, env) {
      const shell = SHELLS.find((known) => known === args[0]);
      if (!shell) throw new UsageError(`unknown shell ${quote(args[0] ?? "")}; use one of: ${SHELLS.join(", ")}.`);
      const listingFlags = ["--json", "--ndjson", "--plain", "--table"];
      const words = {
        commands: commands().map((command) => ({
          name: command.name,
          options: [
            ...optionNames(command.options.map((option) => option.flags)),
            ...(command.listing ? listingFlags : []),
            "--help",
          ],
        })),
        globalOptions: optionNames(globalFlags),
        kinds: FACT_KINDS,
        ids: [...(await env.loadBook()).byId.keys()],
      };
      const { renderCompletion } = await import("../render/completion.js");
      return { stdout: renderCompletion(shell, words), exitCode: 0 };
    },
  };
}
