import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { stripVTControlCharacters } from "node:util";
import { BIN } from "../helpers.js";

/**
 * Runs the command under a real pseudo-terminal (util-linux `script`) of the given width and
 * height; standard output and error both go to it, as they do for a person.
 */
function inTerminal(
  command: string,
  columns: number,
  env: Record<string, string> = {},
  rows = 500,
): { screen: string; status: number | null } {
  const result = spawnSync("script", ["-qec", `stty cols ${columns} rows ${rows}; ${BIN} ${command}`, "/dev/null"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TERM: "xterm-256color", LANG: "C.UTF-8", ...env },
  });
  return { screen: result.stdout.replaceAll("\r\n", "\n"), status: result.status };
}

/** The screen of a command that exits 0. */
function shown(command: string, columns: number, env: Record<string, string> = {}, rows = 500): string {
  const { screen, status } = inTerminal(command, columns, env, rows);
  assert.equal(status, 0, screen);
  return screen;
}

test("in a terminal, listings are coloured tables that fit its width", () => {
  for (const columns of [80, 60]) {
    const screen = shown("events", columns);
    assert.ok(screen.includes("\u001b["), "coloured");
    const lines = stripVTControlCharacters(screen).trimEnd().split("\n");
    assert.match(lines[0] ?? "", /^┌─/);
    for (const line of lines) assert.ok([...line].length <= columns, `${[...line].length} > ${columns}: ${line}`);
    assert.ok(
      lines.some((line) => [...line].length === columns),
      "uses the width",
    );
  }
});

test("in a terminal, --json is pretty; --plain gives records; NO_COLOR and FORCE_COLOR=0 turn colour off", () => {
  assert.match(shown("show first-mission --json", 80), /^\{\n {2}"id": "first-mission",\n/);
  assert.equal(
    shown("events --plain --year 2007", 80),
    '2007\tmdg-plus-agenda\tGovernment of Kazakhstan commits to the "MDG plus" agenda\n',
  );
  assert.ok(shown("events", 80).includes("\u001b["));
  assert.ok(!shown("events", 80, { NO_COLOR: "1" }).includes("\u001b["));
  assert.ok(!shown("events", 80, { TERM: "dumb" }).includes("\u001b["));
  assert.ok(!shown("events", 80, { FORCE_COLOR: "0" }).includes("\u001b["));
  assert.ok(!shown("events", 80, { FORCE_COLOR: "false" }).includes("\u001b["));
});

test("bare unicef-kz in a terminal shows help that offers browse", () => {
  const screen = stripVTControlCharacters(shown("", 80));
  assert.match(screen, /^ {2}browse \[options\] \[query\.\.\.\] +live fuzzy search in a full-screen view/m);
  assert.match(screen, /^ {2}\$ unicef-kz browse +live search: type, ↑↓, Enter shows it$/m);
});

test("help fits a narrow terminal: an option's description goes under it, wrapped; bare unicef-kz is --help", () => {
  const screen = stripVTControlCharacters(shown("search --help --no-pager", 40));
  // The options; the usage line and the examples are kept whole, as they are typed.
  const options = screen.slice(screen.indexOf("Options:"), screen.indexOf("Examples:")).trimEnd().split("\n");
  assert.ok(options.length > 30, screen);
  for (const line of options) assert.ok([...line].length <= 40, `${[...line].length} > 40: ${line}`);
  assert.match(
    screen,
    /^ {2}-k, --kind <kind>\n {6}only facts of this kind: event,\n {6}program, agreement \(repeatable\)$/m,
  );
  assert.equal(shown("", 40), shown("--help --no-pager", 40));
  // All of it, but for the usage line and examples (kept whole, as typed): columns and lists too.
  for (const command of ["", "ask --help --no-pager", "index --help --no-pager"]) {
    const lines = stripVTControlCharacters(shown(command, 40)).trimEnd().split("\n");
    const wide = lines.filter((line) => [...line].length > 40 && !/^(Usage:| *\$ )/.test(line));
    assert.deepEqual(wide, [], command);
  }
  // Wide enough, side by side as commander lays them out.
  assert.match(
    stripVTControlCharacters(shown("search --help --no-pager", 80)),
    /^ {2}-k, --kind <kind> {2}only facts of this kind/m,
  );
});

test("in a terminal, a search cut short by --limit says so in a dim line; in a pipe it does not", () => {
  const screen = shown("search и", 120);
  assert.ok(screen.endsWith("┘\n\u001b[2m10 of 20 shown; --limit 20 for all\u001b[22m\n"), screen.slice(-200));
  assert.match(shown("search и --lang ru", 120), /\n\u001b\[2mпоказано 10 из 20; все: --limit 20\u001b\[22m\n$/);
  assert.doesNotMatch(shown("search и --limit 20", 120), /shown/);
  assert.doesNotMatch(shown("search и --plain", 120), /shown/);
});

test("in a terminal, nothing matched says so on stderr, and exits 1", () => {
  const cases: [string, string][] = [
    ["search bitcoin", 'unicef-kz: nothing matched "bitcoin"\n'],
    ["search bitcoin --kind event --from 2000", 'unicef-kz: nothing matched "bitcoin" --kind event --from 2000\n'],
    ["events --year 1993", "unicef-kz: nothing matched --year 1993\n"],
    ["timeline --year 1993", "unicef-kz: nothing matched --year 1993\n"],
    ["list --kind program --year 1994", "unicef-kz: nothing matched --kind program --year 1994\n"],
    // JSON says it itself.
    ["search bitcoin --json", "[]\n"],
  ];
  for (const [command, screen] of cases) assert.deepEqual(inTerminal(command, 80), { screen, status: 1 }, command);
});

test("at 20 columns a record's id is broken at a hyphen, never cut, and a date too wide to stay whole is wrapped under its label", () => {
  const screen = stripVTControlCharacters(shown("search polio -n 1 --no-pager", 20));
  assert.ok(screen.includes("\n(first-project-\nimmunisation)\n"), screen);
  assert.ok(screen.includes("\n  Date\n    not before\n    February 1992\n"), screen);
  assert.equal(screen.includes("…)"), false, screen);
  // Records set off from the sentence before them, as from each other.
  const programs = stripVTControlCharacters(shown("programs --no-pager", 40));
  assert.ok(programs.includes("three main\nareas.\n\nSocial policy and knowledge management\n"), programs);
});

test("--data - with the terminal on standard input is refused at once, not waited on", () => {
  const screen =
    "unicef-kz: (standard input): is a terminal, not facts; pipe them in (`cat facts.json | unicef-kz … --data -`), or give the path of a JSON fact file\n";
  assert.deepEqual(inTerminal("search polio --data -", 200), { screen, status: 2 });
});

test("long output in a terminal goes through $PAGER; --no-pager, short output and cat do not", () => {
  const pager = { PAGER: "sed 's/^/paged: /'" };
  const paged = shown("events --no-color", 80, pager, 10);
  const lines = paged.trimEnd().split("\n");
  assert.ok(lines.length > 10);
  for (const line of lines) assert.match(line, /^paged: /);
  assert.ok(shown("show basic-cooperation-agreement --no-color", 80, pager, 10).startsWith("paged: Basic Cooperation"));
  assert.ok(shown("timeline --no-color", 80, pager, 10).startsWith("paged: "));
  assert.doesNotMatch(shown("events --no-pager", 80, pager, 10), /paged: /);
  assert.doesNotMatch(shown("events --year 2007", 80, pager, 10), /paged: /);
  assert.doesNotMatch(shown("events", 80, pager, 500), /paged: /);
  assert.doesNotMatch(shown("events", 80, { PAGER: "cat" }, 10), /paged: /);
  assert.doesNotMatch(shown("events --plain", 80, pager, 10), /paged: /);
  // UNICEF_KZ_PAGER comes first; an empty one turns paging off.
  assert.match(shown("events", 80, { ...pager, UNICEF_KZ_PAGER: "sed 's/^/ours: /'" }, 10), /^ours: ┌/);
  assert.doesNotMatch(shown("events", 80, { ...pager, UNICEF_KZ_PAGER: "" }, 10), /paged: /);
});

test("a pager that cannot run leaves the output printed as it is", () => {
  const { screen, status } = inTerminal("events --no-color", 80, { PAGER: "no-such-pager-here" }, 10);
  assert.equal(status, 0);
  assert.match(screen, /no-such-pager-here: not found\n┌─/);
  assert.ok(
    screen
      .trimEnd()
      .endsWith(
        "┘\nEvents without a date of their own: first-project-immunisation (not before\nFebruary 1992), unicef-office-established (no later than 1994), mdg-progress,\nnear-future-plans",
      ),
    screen,
  );
});
