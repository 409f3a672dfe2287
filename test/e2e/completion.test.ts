// Completion as a person uses it: in bash, zsh and fish inside tmux, typing, pressing Tab, reading the screen.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { run } from "../helpers.js";
import { freshPrompt, openShell, tmux, type, waitFor } from "./tmux.js";

const ENV = "export PATH=$PWD/bin:$PATH LANG=C.UTF-8 TERM=xterm-256color";
const home = mkdtempSync(join(tmpdir(), "unicef-kz-shell-"));

/**
 * Types `text`, presses Tab, and waits for the line to read `expected` (after a prompt of "$ "),
 * the cursor at its end: tmux drops trailing spaces, the cursor shows the one after a whole word.
 */
async function completes(name: string, text: string, expected: string): Promise<void> {
  await freshPrompt(name);
  type(name, text, "Tab");
  const line = `$ ${expected}`;
  await waitFor(
    name,
    (shown) => shown.split("\n")[0] === line.trimEnd() && cursorColumn(name) === line.length,
    `"${text}" ⇥ "${expected}"`,
  );
}

function cursorColumn(name: string): number {
  return Number(tmux("display-message", "-p", "-t", name, "#{cursor_x}"));
}

/** Types `text`, presses Tab twice, and waits for the choices offered to include every one of `choices`. */
async function offers(name: string, text: string, choices: string[], tabs = ["Tab", "Tab"]): Promise<string> {
  await freshPrompt(name);
  type(name, text, ...tabs);
  return waitFor(
    name,
    (shown) =>
      choices.every((choice) =>
        new RegExp(`(^|\\s)${choice.replace(/[-.]/g, "\\$&")}(\\s|$)`, "m").test(shown.split("\n").slice(1).join("\n")),
      ),
    `"${text}" ⇥⇥ offering ${choices.join(" ")}`,
  );
}

const cases = async (name: string, tabs: string[]) => {
  // After global options, commands and then ids are offered.
  await completes(name, "unicef-kz --lang ru sh", "unicef-kz --lang ru show ");
  await completes(name, "unicef-kz -l ru show memorandum-c", "unicef-kz -l ru show memorandum-child-rights ");
  await completes(name, "unicef-kz show --lang ru first-mi", "unicef-kz show --lang ru first-mission ");
  await offers(name, "unicef-kz --lang ru ", ["search", "list", "show", "help"], tabs);
  await offers(name, "unicef-kz --", ["--version", "--help", "--data", "--lang", "--no-color", "--no-pager"], tabs);
  await offers(name, "unicef-kz search --", ["--kind", "--limit", "--csv", "--fields", "--lang", "--help"], tabs);
  await completes(name, "unicef-kz search --kind ag", "unicef-kz search --kind agreement ");
  // Fields, as a comma-separated list: the name after the last comma (zsh adds a comma for the
  // next one; bash lists the choices with the names before them, zsh and fish without).
  await freshPrompt(name);
  type(name, "unicef-kz events --fields id,summary.e", "Tab");
  await waitFor(
    name,
    (shown) => /^\$ unicef-kz events --fields id,summary\.en,?$/.test(shown.split("\n")[0]?.trimEnd() ?? ""),
    "a field completed",
  );
  // A search's score, and only a search's (below, for the others).
  await freshPrompt(name);
  type(name, "unicef-kz search x --fields id,sco", "Tab");
  await waitFor(
    name,
    (shown) => /^\$ unicef-kz search x --fields id,score,?$/.test(shown.split("\n")[0]?.trimEnd() ?? ""),
    "score completed",
  );
  await freshPrompt(name);
  type(name, "unicef-kz events --fields id,title.", ...tabs);
  const offered = (shown: string, field: string) =>
    new RegExp(`(^|[\\s,])${field.replace(".", "\\.")}(\\s|$)`, "m").test(shown);
  await waitFor(
    name,
    (shown) => ["title.en", "title.ru"].every((field) => offered(shown.split("\n").slice(1).join("\n"), field)),
    "fields offered",
  );
  await completes(name, "unicef-kz validate data/unicef-kz.j", "unicef-kz validate data/unicef-kz.json ");
  await completes(name, "unicef-kz index data/unicef-kz.j", "unicef-kz index data/unicef-kz.json ");
  await completes(name, "unicef-kz help eve", "unicef-kz help events ");
  // The ids of the file --data names.
  await offers(name, "unicef-kz --data test/fixtures/two-facts.json show ", ["first-mission", "office-opened"], tabs);
};

test("bash: commands after global options, ids, files, help and --version", async () => {
  const name = await openShell(120, 30, `PS1='$ '; ${ENV}; eval "$(unicef-kz completion bash)"`);
  await cases(name, ["Tab", "Tab"]);
});

test("zsh: eval'd without compinit, it works (no 'command not found: compdef')", async () => {
  const evaluated = `eval "$(unicef-kz completion zsh)" 2>${home}/zsh-eval.err; echo $? > ${home}/zsh-eval.rc`;
  const name = await openShell(120, 30, `PS1='$ '; ${ENV}; ${evaluated}`, "zsh -f");
  assert.equal(readFileSync(`${home}/zsh-eval.rc`, "utf8"), "0\n");
  assert.equal(readFileSync(`${home}/zsh-eval.err`, "utf8"), "");
  await cases(name, ["Tab"]);
});

test("zsh: saved as _unicef-kz in $fpath, the first Tab of a new shell completes", async () => {
  const setup = `PS1='$ '; ${ENV}; mkdir -p ${home}/zfunc; unicef-kz completion zsh > ${home}/zfunc/_unicef-kz; fpath=(${home}/zfunc $fpath); autoload -Uz compinit; compinit -i -D`;
  const name = await openShell(120, 30, setup, "zsh -f");
  type(name, "unicef-kz --lang ru sh", "Tab");
  await waitFor(name, (text) => text.split("\n")[0]?.trimEnd() === "$ unicef-kz --lang ru show", "the first Tab");
});

test("fish: validate offers files; commands after global options; ids", async () => {
  const setup = `function fish_prompt; echo -n '$ '; end; set -x PATH $PWD/bin $PATH; set -x LANG C.UTF-8; unicef-kz completion fish | source`;
  const shell = `env HOME=${home} XDG_DATA_HOME=${home} XDG_CONFIG_HOME=${home} fish --no-config`;
  await cases(await openShell(120, 30, setup, shell), ["Tab"]);
});

test("bash completes --fields with the fields of the command's records: score for search only", () => {
  const script = run(["completion", "bash"]).stdout;
  const offered = (words: string[]) =>
    spawnSync(
      "bash",
      [
        "-c",
        `${script}\nCOMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _unicef_kz; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { encoding: "utf8" },
    ).stdout;
  assert.equal(offered(["unicef-kz", "search", "x", "--fields", "id,sc"]), "id,score\n");
  assert.equal(offered(["unicef-kz", "events", "--fields", "id,sc"]), "\n");
  assert.equal(offered(["unicef-kz", "show", "x", "--fields", "id,source.q"]), "id,source.quote\n");
});

test("completion prints a working script whatever state the fact file is in", () => {
  for (const shell of ["bash", "zsh", "fish"]) {
    const good = run(["completion", shell]);
    assert.equal(good.status, 0);
    assert.deepEqual(run(["completion", shell], { env: { UNICEF_KZ_DATA: "/nope" } }), good, shell);
    assert.deepEqual(run(["--data", "/nope", "completion", shell]), good, shell);
  }
});
