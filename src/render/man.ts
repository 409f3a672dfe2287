import type { Command, Help } from "commander";
import { isLaidOut, termList } from "./help-text.js";

/**
 * The man page of a commander program, in roff: read through commander's own help (the same terms,
 * descriptions and closing text `--help` prints), so the two cannot say different things.
 */
export function renderManPage(program: Command): string {
  const help = program.createHelp();
  const name = program.name();
  const { description, sections } = splitSections(textAfterLists(program));
  return [
    `.TH ${roff(name.toUpperCase())} 1 "" "${roff(`${name} ${program.version()}`)}" "User Commands"`,
    // Lines end where words end, as in --help: no hyphenation, no stretched spaces.
    ".nh",
    ".ad l",
    ".SH NAME",
    `${roff(name)} \\- ${roff(help.commandDescription(program))}`,
    ".SH SYNOPSIS",
    `\\fB${roff(name)}\\fR ${roff(help.commandUsage(program).slice(name.length + 1))}`,
    ".SH DESCRIPTION",
    roff(help.commandDescription(program)),
    ...afterLists(description),
    ".SH OPTIONS",
    ...commandLists(help, program),
    ".SH COMMANDS",
    ...help
      .visibleCommands(program)
      .flatMap((command) => [
        `.SS "${roff(help.subcommandTerm(command))}"`,
        roff(help.subcommandDescription(command)),
        ...commandLists(help, command),
        ...afterLists(textAfterLists(command)),
      ]),
    ...sections.flatMap(({ heading, body }) => [`.SH ${roff(heading)}`, ...afterLists(body)]),
    "",
  ].join("\n");
}

/** Blocks of the top-level help under these headings get sections of their own, as man pages have them. */
const SECTIONS: Record<string, string> = {
  "Exit status:": "EXIT STATUS",
  "Environment:": "ENVIRONMENT",
  "See also:": "SEE ALSO",
};

/** The top-level text after the lists: what stays in DESCRIPTION, and the sections (see SECTIONS). */
function splitSections(text: string): { description: string; sections: { heading: string; body: string }[] } {
  const kept: string[] = [];
  const sections: { heading: string; body: string }[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const [first = "", ...rest] = block.split("\n");
    const heading = SECTIONS[first.trim()];
    if (heading) sections.push({ heading, body: rest.join("\n") });
    else kept.push(block);
  }
  return { description: kept.join("\n\n"), sections };
}

/** The arguments and options `--help` lists for a command, as tagged paragraphs. */
function commandLists(help: Help, command: Command): string[] {
  return [
    ...help
      .visibleArguments(command)
      .map((argument) => [help.argumentTerm(argument), help.argumentDescription(argument)]),
    ...help.visibleOptions(command).map((option) => [help.optionTerm(option), help.optionDescription(option)]),
  ].flatMap(([term, description]) => [".TP", `\\fB${roff(term ?? "")}\\fR`, roff(description ?? "")]);
}

/** What `--help` prints after its lists (examples, notes), captured from commander's own output. */
function textAfterLists(command: Command): string {
  const output = command.configureOutput();
  const chunks: string[] = [];
  command.configureOutput({ ...output, writeOut: (chunk) => chunks.push(chunk) });
  command.outputHelp();
  command.configureOutput(output);
  return chunks.join("").slice(command.helpInformation().length).trim();
}

/**
 * The text after the lists, a paragraph at a time: one laid out by hand (examples, aligned
 * columns) kept line for line; prose filled to the reader's width, as `man` does (its lines were
 * wrapped for a wider terminal), a heading ending in ":" above it kept on its own line.
 */
function afterLists(text: string): string[] {
  return text.split(/\n\s*\n/).flatMap((block) => {
    const lines = block.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) return [];
    if (isLaidOut(lines)) return [".PP", ".nf", roff(lines.join("\n")), ".fi"];
    const [first = "", ...rest] = lines;
    const heading = first.endsWith(":") && rest.length > 0 && rest.every((line) => /^\s/.test(line));
    const above = heading ? [".PP", roff(first)] : [];
    const terms = termList(heading ? rest : lines);
    if (terms) return [...above, ...terms.flatMap(({ term, meaning }) => [".TP", roff(term), roff(meaning)])];
    const prose = (heading ? rest : lines).map((line) => line.trim()).join(" ");
    return [".PP", ...(heading ? [roff(first), ".br"] : []), roff(prose)];
  });
}

/**
 * Escapes text for roff: backslashes; every dash a minus sign, so options copied from the page
 * work; a dot or quote that would start a request; anything not ASCII as a Unicode escape, which
 * groff and mandoc read whatever the page's encoding is taken to be.
 */
export function roff(text: string): string {
  return text
    .replace(/\\/g, "\\e")
    .replace(/-/g, "\\-")
    .replace(/^(?=[.'])/gm, "\\&")
    .replace(/[^\n\x20-\x7e]/gu, (char) => `\\[u${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}]`);
}
