import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { ROOT, run } from "../helpers.js";

const MAN_PAGE = `${ROOT}dist/unicef-kz.1`;

/** The terms (first column) of one list in `--help`: "Options:", "Commands:" or "Arguments:". */
function helpTerms(help: string, list: string): string[] {
  const section = help.split(`\n${list}\n`)[1]?.split("\n\n")[0] ?? "";
  return section
    .split("\n")
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/ {2,}/)[0] ?? "");
}

/** The man page as `man` shows it, split at its headings (sections and subsections). */
function manSections(): Map<string, string[]> {
  const shown = spawnSync("man", ["--warnings", "-l", MAN_PAGE], {
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", MANWIDTH: "200" },
    encoding: "utf8",
  });
  assert.equal(shown.stderr, "", "groff has no warnings about the page");
  assert.equal(shown.status, 0);
  const sections = new Map<string, string[]>();
  let lines: string[] = [];
  for (const line of shown.stdout.split("\n")) {
    if (/^(\S| {3}\S)/.test(line)) {
      lines = [];
      sections.set(line.trim(), lines);
    } else lines.push(line.trim());
  }
  return sections;
}

/** Whether a list in the man page has an item for this term (man puts a short term's text on its line). */
function listsTerm(lines: string[] | undefined, term: string): boolean {
  return (lines ?? []).some((line) => line === term || line.startsWith(`${term} `));
}

test("the man page lists every command and every option that --help shows", () => {
  const sections = manSections();
  const help = run(["--help"]).stdout;
  const globalOptions = helpTerms(help, "Options:");
  assert.ok(globalOptions.includes("-d, --data <file>"), "the help's options are read");
  for (const term of globalOptions) assert.ok(listsTerm(sections.get("OPTIONS"), term), `OPTIONS: ${term}`);
  const commands = helpTerms(help, "Commands:");
  assert.ok(commands.includes("search [options] [query...]"), "the help's commands are read");
  for (const command of commands) {
    const lines = sections.get(command);
    assert.ok(lines, `a section for ${command}`);
    // `help <command>`: what `<command> --help` prints; `help help` is the program's own help, above.
    if (command.startsWith("help ")) continue;
    const commandHelp = run(["help", command.split(" ")[0] ?? ""]).stdout;
    for (const list of ["Options:", "Arguments:"]) {
      for (const term of helpTerms(commandHelp, list)) assert.ok(listsTerm(lines, term), `${command}: ${term}`);
    }
  }
});

test("the man page's name line and version are the program's", () => {
  const sections = manSections();
  assert.deepEqual(sections.get("NAME")?.filter(Boolean), [
    "unicef-kz - Facts about UNICEF's work in Kazakhstan: search, timeline, programmes, agreements.",
  ]);
  const version = run(["--version"]).stdout.trim();
  assert.ok(
    [...sections.keys()].some((heading) => heading.includes(`unicef-kz ${version}`)),
    "the footer names the version",
  );
});
