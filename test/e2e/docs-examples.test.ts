// The terminal sessions the README and the guide show (```console blocks: a command after "$ ",
// then what it prints) are run in a real terminal of the width the block names (100 columns unless
// it says `console 40`), without colour or pager, and must print exactly what the docs show.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { ROOT } from "../helpers.js";
import { consoleSessions, inTerminal } from "./console.js";

for (const file of ["README.md", "docs/guide.md"]) {
  test(`${file}'s terminal sessions print what it shows`, () => {
    const sessions = consoleSessions(readFileSync(`${ROOT}${file}`, "utf8"));
    assert.ok(sessions.length > 0, "sessions found");
    for (const { command, columns, expected } of sessions) {
      assert.equal(inTerminal(command, columns), expected, `$ ${command} (${columns} columns)`);
    }
  });
}
