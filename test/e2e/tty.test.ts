import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { stripVTControlCharacters } from "node:util";
import { BIN } from "../helpers.js";

/** Runs the command under a real pseudo-terminal (util-linux `script`) of the given width. */
function inTerminal(command: string, columns: number, env: Record<string, string> = {}): string {
  const result = spawnSync("script", ["-qec", `stty cols ${columns} rows 50; ${BIN} ${command}`, "/dev/null"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TERM: "xterm-256color", LANG: "C.UTF-8", ...env },
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.replaceAll("\r\n", "\n");
}

test("in a terminal, listings are coloured tables that fit its width", () => {
  for (const columns of [80, 60]) {
    const screen = inTerminal("events", columns);
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

test("in a terminal, --json is pretty; --plain gives records; NO_COLOR turns colour off", () => {
  assert.match(inTerminal("show first-mission --json", 80), /^\{\n {2}"id": "first-mission",\n/);
  assert.equal(
    inTerminal("events --plain --year 2007", 80),
    '2007\tmdg-plus-agenda\tGovernment of Kazakhstan commits to the "MDG plus" agenda\n',
  );
  assert.ok(!inTerminal("events", 80, { NO_COLOR: "1" }).includes("\u001b["));
  assert.ok(!inTerminal("events", 80, { TERM: "dumb" }).includes("\u001b["));
});

test("bare unicef-kz in a terminal shows help that offers browse", () => {
  const screen = stripVTControlCharacters(inTerminal("", 80));
  assert.match(screen, /^ {2}browse \[options\] \[query\.\.\.\] +live fuzzy search in a full-screen view/m);
  assert.match(screen, /^ {2}\$ unicef-kz browse +live search: type, move with ↑↓, Enter shows the fact/m);
});
