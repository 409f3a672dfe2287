import { DataError } from "../errors.js";
import { FACT_KINDS } from "../facts/kinds.js";
import { kindName } from "../render/i18n.js";
import { sanitize } from "../render/sanitize.js";
import type { CommandSpec } from "./command.js";

const MAX_PROBLEMS = 20;

export const validateCommand: CommandSpec = {
  name: "validate",
  arguments: "[file]",
  summary: "check a fact file (default: the one --data names) and say what is wrong, or what it holds",
  listing: false,
  options: [],
  examples: ["unicef-kz validate", "unicef-kz validate my-facts.json", "cat my-facts.json | unicef-kz validate -"],
  async run(args, _options, env) {
    const source = env.readSource(args[0] ?? "");
    const { name } = source;
    const { formatProblem, inspectFactSource } = await import("../facts/load.js");
    const { book, problems } = inspectFactSource(source, env.limits);
    if (!book) {
      const lines = problems.slice(0, MAX_PROBLEMS).map((problem) => sanitize(formatProblem(name, problem)));
      if (problems.length > MAX_PROBLEMS) lines.push(`… and ${problems.length - MAX_PROBLEMS} more`);
      // All problems, one per line; the last line is the one-line verdict cli.ts prints.
      throw new DataError(
        `${lines.join("\n")}\n${sanitize(name)}: ${problems.length} problem(s); see \`unicef-kz schema\` for the format`,
      );
    }
    const counts = FACT_KINDS.map((kind) => `${book.ofKind(kind).length} ${kindName(kind, "en")}`).join(", ");
    return { stdout: `${sanitize(name)}: valid, ${book.facts.length} facts (${counts})\n`, exitCode: 0 };
  },
};
