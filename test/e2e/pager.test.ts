// The pager as a person meets it: long output in less, q to leave, the prompt back.
import assert from "node:assert/strict";
import { test } from "node:test";
import { openShell, tmux, type, waitFor } from "./tmux.js";

test("long output in a terminal opens less -FRX; q leaves it, with the command's exit code", async () => {
  const name = await openShell(80, 20, `PS1='$ '; export LANG=C.UTF-8 TERM=xterm-256color; unset PAGER LESS`);
  type(name, `bin/unicef-kz list; echo "exit=$?"`, "Enter");
  // less shows the first screenful and waits: no prompt yet, the table's first lines on screen.
  const paging = await waitFor(name, (text) => text.includes("┌─") && text.trimEnd().endsWith(":"), "less");
  assert.doesNotMatch(paging, /^exit=/m);
  tmux("send-keys", "-t", name, "q");
  await waitFor(name, (text) => /^exit=0$/m.test(text), "the prompt after q");
});

test("a table that fits the screen is printed, not paged", async () => {
  const name = await openShell(120, 40, `PS1='$ '; export LANG=C.UTF-8 TERM=xterm-256color; unset PAGER LESS`);
  type(name, `bin/unicef-kz programs; echo "exit=$?"`, "Enter");
  const shown = await waitFor(name, (text) => /^exit=0$/m.test(text), "the table and the prompt");
  assert.match(shown, /└─+┴─+┘\nexit=0/);
});
