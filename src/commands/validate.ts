import { DataError } from "../errors.js";
import type { FactLinks } from "../facts/check.js";
import type { FactBook } from "../facts/factbook.js";
import { FACT_KINDS } from "../facts/kinds.js";
import type { Problem } from "../facts/problems.js";
import type { FactSource } from "../facts/read.js";
import { escapeControls } from "../render/sanitize.js";
import type { CommandEnv, CommandSpec } from "./command.js";

const MAX_PROBLEMS = 20;
// readFactSource's advice fits --data; for validate's argument, the path is the one given here.
const DATA_HINT = "; check the path given with --data or UNICEF_KZ_DATA";

export const validateCommand: CommandSpec = {
  name: "validate",
  argumentValues: "files",
  arguments: "[file]",
  summary: "check a fact file (default: the one --data names) and say what is wrong, or what it holds",
  listing: false,
  options: [{ flags: "--json", description: "print the verdict as JSON: file, valid, facts, kinds, problems" }],
  examples: [
    "unicef-kz validate",
    "unicef-kz validate my-facts.json",
    "cat my-facts.json | unicef-kz validate -",
    "unicef-kz validate my-facts.json --json | jq -r '.problems[].message'",
  ],
  notes: `Every problem is reported in one run: the schema's (types, fields, dates) and the links'
(unknown ids, milestones). Text: one line a problem on stderr (the first ${MAX_PROBLEMS}), exit 2.
--json: {"file", "valid", "facts", "kinds": {"event": n, …}, "problems": [{"path", "message"}]}
on stdout, every problem (facts and kinds are null for a file that is not valid), exit 0 if
valid, else 2.
`,
  async run(args, options, env) {
    const source = readArgument(args[0] ?? "", env);
    const { name } = source;
    const { formatProblem, inspectFactSource } = await import("../facts/load.js");
    const { book, problems } = inspectFactSource(source, env.limits);
    const all = book ? [] : withLinkProblems(problems, await linkProblems(source));
    if (options.json === true) {
      const verdict = { file: name, valid: book !== undefined, facts: book?.facts.length ?? null };
      const kinds = book ? kindCounts(book) : null;
      const json = JSON.stringify({ ...verdict, kinds, problems: all }, null, env.onTerminal ? 2 : 0);
      return { stdout: `${json}\n`, exitCode: book ? 0 : 2 };
    }
    if (!book) {
      // Escaped, not cleaned: a problem may be the very character a terminal would act on ("office-\x9bopened").
      const lines = all.slice(0, MAX_PROBLEMS).map((problem) => escapeControls(formatProblem(name, problem)));
      if (all.length > MAX_PROBLEMS) lines.push(`… and ${all.length - MAX_PROBLEMS} more`);
      // All problems, one per line; the last line is the one-line verdict cli.ts prints.
      throw new DataError(
        `${lines.join("\n")}\n${escapeControls(name)}: ${count(all.length, "problem")}; see \`unicef-kz schema\` for the format`,
      );
    }
    const kinds = Object.entries(kindCounts(book)).map(([kind, n]) => count(n, kind));
    return {
      stdout: `${escapeControls(name)}: valid, ${count(book.facts.length, "fact")} (${kinds.join(", ")})\n`,
      exitCode: 0,
    };
  },
};

function readArgument(path: string, env: CommandEnv): FactSource {
  try {
    return env.readSource(path);
  } catch (error) {
    if (path === "" || !(error instanceof DataError) || !error.message.endsWith(DATA_HINT)) throw error;
    throw new DataError(`${error.message.slice(0, -DATA_HINT.length)}; check the path`);
  }
}

function kindCounts(book: FactBook): Record<string, number> {
  return Object.fromEntries(FACT_KINDS.map((kind) => [kind, book.ofKind(kind).length]));
}

/** "1 fact", "3 problems". */
function count(n: number, noun: string): string {
  return `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * The problems with the links between facts, which loading checks only once every fact has
 * passed the schema: here they are checked among the facts that did, so one run says all. Only
 * when the file's problems are all within its facts (not its JSON, its shape or a limit).
 */
async function linkProblems(source: FactSource): Promise<Problem[]> {
  const facts = (source.json as { facts?: unknown } | undefined)?.facts;
  if (!Array.isArray(facts)) return [];
  const [{ isFact }, { checkFactLinks, factLinks }] = await Promise.all([
    import("../facts/schema.js"),
    import("../facts/check.js"),
  ]);
  // A fact the schema refused keeps its id, so that links to it are not called broken, and its
  // related ids if they are ids, whose links are checked; what links to it as a milestone or a
  // relative date is not checked, as its date cannot be read.
  const refused = new Set<string>();
  const links = facts.map((fact: unknown, index): FactLinks => {
    if (isFact(fact)) return factLinks(fact);
    const { id, related } = (fact ?? {}) as { id?: unknown; related?: unknown };
    if (typeof id === "string") refused.add(id);
    const ids = Array.isArray(related) && related.every((link) => typeof link === "string") ? related : [];
    return { id: typeof id === "string" ? id : `\u0000${index}`, related: ids, kind: "program" };
  });
  return checkFactLinks(
    links.map((fact) => {
      if (fact.kind === "agreement") {
        return { ...fact, milestones: fact.milestones.filter((milestone) => !refused.has(milestone.event)) };
      }
      if (fact.kind === "event" && fact.relativeDate && refused.has(fact.relativeDate.event)) {
        return { ...fact, relativeDate: undefined };
      }
      return fact;
    }),
  );
}

/** The schema's problems and the links', each once, in the order of the facts. */
function withLinkProblems(problems: readonly Problem[], links: readonly Problem[]): Problem[] {
  if (!problems.every((problem) => problem.path.startsWith("facts["))) return [...problems];
  const seen = new Set(problems.map((problem) => `${problem.path}\n${problem.message}`));
  const factIndex = (problem: Problem) => Number(/^facts\[(\d+)\]/.exec(problem.path)?.[1] ?? -1);
  return [...problems, ...links.filter((problem) => !seen.has(`${problem.path}\n${problem.message}`))]
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => factIndex(a.problem) - factIndex(b.problem) || a.order - b.order)
    .map(({ problem }) => problem);
}
