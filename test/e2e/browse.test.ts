// browse as a person uses it: in tmux, typing, moving, resizing, leaving.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { after, test } from "node:test";
import { stripVTControlCharacters } from "node:util";
import { BIN, ROOT } from "../helpers.js";

const SOCKET = `unicef-kz-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
let sessions = 0;

after(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
});

/** A shell in a new tmux window of the given size, at the repository's root, with a plain prompt. */
function shell(width: number, height: number): string {
  sessions += 1;
  const name = `s${sessions}`;
  tmux("new-session", "-d", "-x", String(width), "-y", String(height), "-s", name, "bash --norc --noprofile");
  tmux("send-keys", "-t", name, `PS1='$ '; export LANG=C.UTF-8 TERM=xterm-256color; cd ${ROOT}; clear`, "Enter");
  return name;
}

const screen = (name: string) => tmux("capture-pane", "-p", "-t", name);
const history = (name: string) => tmux("capture-pane", "-p", "-t", name, "-S", "-200");

/** Waits until the screen shows what `ready` looks for; fails with the screen if it never does. */
async function waitFor(name: string, ready: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const text = screen(name);
    if (ready(text)) return text;
    if (Date.now() > deadline) assert.fail(`waited for ${what}; the screen shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** After browse has left: the view is gone and the shell's prompt is back. */
async function backAtPrompt(name: string): Promise<void> {
  await waitFor(name, (text) => !text.includes("↑↓ move") && text.trimEnd().endsWith("$"), "the shell's prompt");
}

/** Asks the shell for the last exit code and the terminal's mode, and returns what it printed. */
async function exitAndMode(name: string): Promise<string> {
  const mode = "stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '";
  tmux("send-keys", "-t", name, `echo "exit=$?"; echo "mode: $(${mode})"`, "Enter");
  return waitFor(name, (text) => /^mode: /m.test(text), "stty");
}

function widest(text: string): number {
  return Math.max(...text.split("\n").map((line) => [...stripVTControlCharacters(line)].length));
}

test("typing a query with a typo lists matches live; ↓ and Enter print the fact after leaving", async () => {
  const name = shell(80, 24);
  tmux("send-keys", "-t", name, `${BIN} browse`, "Enter");
  await waitFor(name, (text) => text.includes("20/20"), "the full list");
  tmux("send-keys", "-t", name, "-l", "poliomielt");
  // A frame is one write, but the screen may be caught between two: wait for the whole of it.
  const typed = await waitFor(
    name,
    (text) => text.startsWith("› poliomielt\n4/20") && text.includes("certified polio-free again"),
    "the query's results",
  );
  assert.match(typed, /^4\/20 · all kinds · /m);
  assert.match(typed, /^▸ event not before February 1992 UNICEF's first project in Kazakhstan/m);
  assert.match(typed, /^ {2}event June 2002 Kazakhstan certified polio-free$/m);
  tmux("send-keys", "-t", name, "Down");
  await waitFor(name, (text) => /^▸ event June 2002 Kazakhstan certified polio-free$/m.test(text), "the move");
  tmux("send-keys", "-t", name, "Enter");
  await backAtPrompt(name);
  assert.match(await exitAndMode(name), /^exit=0$/m);
  const printed = history(name);
  assert.match(printed, /^Kazakhstan certified polio-free$/m);
  assert.match(printed, /^polio-free-certification · event · June 2002$/m);
  // The full-screen view is gone: the main screen holds the command, the card and the prompt.
  assert.doesNotMatch(history(name), /↑↓ move/);
});

test("Tab cycles the kind filter; Ctrl-U and Ctrl-W edit the query", async () => {
  const name = shell(80, 24);
  tmux("send-keys", "-t", name, `${BIN} browse права детей`, "Enter");
  await waitFor(name, (text) => text.startsWith("› права детей"), "the query");
  tmux("send-keys", "-t", name, "Tab", "Tab", "Tab");
  const agreements = await waitFor(name, (text) => / · agreement · /.test(text), "the agreement filter");
  assert.doesNotMatch(agreements.split("─")[0] ?? "", /^. {0,2}event /m);
  tmux("send-keys", "-t", name, "C-w");
  await waitFor(name, (text) => /^› права$/m.test(text), "Ctrl-W");
  tmux("send-keys", "-t", name, "C-u");
  await waitFor(name, (text) => /^›$/m.test(text), "Ctrl-U");
  tmux("send-keys", "-t", name, "Escape");
  await backAtPrompt(name);
  assert.match(await exitAndMode(name), /^exit=130$/m);
});

test("a resized window is redrawn to fit, down to 40×15, without broken lines", async () => {
  const name = shell(80, 24);
  tmux("send-keys", "-t", name, `${BIN} browse measles`, "Enter");
  const wide = await waitFor(name, (text) => text.startsWith("› measles"), "the query");
  assert.ok(widest(wide) <= 80);
  tmux("resize-window", "-t", name, "-x", "40", "-y", "15");
  // Every line fits, the prompt is whole, the first hit keeps its title (its kind and its long
  // date left out for it), and there is one divider.
  const fitted = (text: string) => {
    const lines = text.split("\n");
    return (
      widest(text) <= 40 &&
      lines[0] === "› measles" &&
      lines[2] === "▸ UNICEF's first project in Kazakhstan:…" &&
      lines.filter((line) => line === "─".repeat(40)).length === 1
    );
  };
  await waitFor(name, fitted, "a redraw that fits 40×15");
  tmux("send-keys", "-t", name, "C-c");
  await backAtPrompt(name);
});

test("Ctrl-C leaves with exit 130 and the terminal as it was: main screen, cooked mode, a usable prompt", async () => {
  const name = shell(80, 24);
  tmux("send-keys", "-t", name, `${BIN} browse`, "Enter");
  await waitFor(name, (text) => text.includes("20/20"), "the list");
  tmux("send-keys", "-t", name, "C-c");
  await backAtPrompt(name);
  const after = await exitAndMode(name);
  assert.match(after, /^exit=130$/m);
  assert.match(after, /^mode: icanon echo$/m);
  assert.equal(tmux("display-message", "-p", "-t", name, "#{alternate_on}").trim(), "0");
  assert.equal(tmux("display-message", "-p", "-t", name, "#{cursor_flag}").trim(), "1");
});

/** The process browse runs as: the shell's one child. */
function browsePid(name: string): string {
  const shellPid = tmux("display-message", "-p", "-t", name, "#{pane_pid}").trim();
  const child = spawnSync("pgrep", ["-P", shellPid], { encoding: "utf8" }).stdout.trim();
  assert.match(child, /^\d+$/, `one child of the shell: ${child}`);
  return child;
}

const alternateScreen = (name: string) => tmux("display-message", "-p", "-t", name, "#{alternate_on}").trim();

test("every fatal signal that can be caught restores the terminal, and the exit code says which (128 + n)", async () => {
  const name = shell(80, 24);
  for (const [signal, code] of [
    ["TERM", 143],
    ["INT", 130],
    ["QUIT", 131],
    ["HUP", 129],
    ["USR2", 140],
    ["ALRM", 142],
  ] as const) {
    tmux("send-keys", "-t", name, `clear; ${BIN} browse`, "Enter");
    await waitFor(name, (text) => text.includes("20/20"), "the list");
    spawnSync("kill", [`-${signal}`, browsePid(name)]);
    await backAtPrompt(name);
    const after = await exitAndMode(name);
    assert.match(after, new RegExp(`^exit=${code}$`, "m"), signal);
    assert.match(after, /^mode: icanon echo$/m, signal);
    assert.equal(alternateScreen(name), "0", signal);
    tmux("send-keys", "-t", name, "clear", "Enter");
  }
});

test("SIGTSTP or Ctrl-Z: the terminal is restored while stopped; fg brings back raw mode and a redrawn screen", async () => {
  const name = shell(80, 24);
  tmux("send-keys", "-t", name, `${BIN} browse`, "Enter");
  await waitFor(name, (text) => text.includes("20/20"), "the list");
  for (const stop of [
    () => spawnSync("kill", ["-TSTP", browsePid(name)]),
    () => tmux("send-keys", "-t", name, "C-z"),
  ]) {
    stop();
    await waitFor(name, (text) => /Stopped +\S*unicef-kz browse/.test(text), "the shell's job report");
    assert.equal(alternateScreen(name), "0");
    tmux("send-keys", "-t", name, "clear", "Enter");
    assert.match(await exitAndMode(name), /^mode: icanon echo$/m);
    tmux("send-keys", "-t", name, "fg", "Enter");
    await waitFor(name, (text) => text.startsWith("›") && text.includes("20/20"), "the screen redrawn");
    assert.equal(alternateScreen(name), "1");
    // Raw mode again: a key reaches browse at once, with no Enter and no echo.
    tmux("send-keys", "-t", name, "-l", "polio");
    await waitFor(name, (text) => text.startsWith("› polio\n4/20"), "the typed query");
    tmux("send-keys", "-t", name, "C-u");
    await waitFor(name, (text) => text.startsWith("›\n20/20"), "the query cleared");
  }
  tmux("send-keys", "-t", name, "Escape");
  await backAtPrompt(name);
  assert.match(await exitAndMode(name), /^exit=130$/m);
});

test("browse --print-id draws on /dev/tty and prints only the chosen id, for $(…)", async () => {
  const name = shell(80, 24);
  tmux("send-keys", "-t", name, `id=$(${BIN} browse --print-id poliomielt); echo "rc=$? id=$id"`, "Enter");
  await waitFor(name, (text) => text.startsWith("› poliomielt\n4/20"), "the list");
  // The footer says what Enter does here.
  await waitFor(name, (text) => text.includes("Enter print id · Esc quit"), "the footer");
  tmux("send-keys", "-t", name, "Down");
  await waitFor(name, (text) => /^▸ event June 2002 Kazakhstan certified polio-free$/m.test(text), "the move");
  tmux("send-keys", "-t", name, "Enter");
  await waitFor(name, (text) => /^rc=0 id=polio-free-certification$/m.test(text), "the id");
  assert.equal(alternateScreen(name), "0");
  tmux("send-keys", "-t", name, `clear; id=$(${BIN} browse --print-id); echo "rc=$? id=[$id]"`, "Enter");
  await waitFor(name, (text) => text.includes("20/20"), "the list");
  // The size of /dev/tty is followed as that of standard output is.
  tmux("resize-window", "-t", name, "-x", "40", "-y", "15");
  await waitFor(
    name,
    (text) => widest(text) <= 40 && text.includes("20/20 · all kinds · ↑↓ move · Tab kind …"),
    "a redraw at 40",
  );
  tmux("send-keys", "-t", name, "Escape");
  await waitFor(name, (text) => /^rc=130 id=\[\]$/m.test(text), "nothing printed");
});

test("browse --print-id with no terminal of its own refuses in one line", () => {
  const result = spawnSync("setsid", ["-w", BIN, "browse", "--print-id"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  assert.deepEqual(
    [result.status, result.stdout, result.stderr],
    [
      2,
      "",
      "unicef-kz: browse --print-id needs a terminal (/dev/tty) to draw on; in a script, use `unicef-kz search <words> --json`\n",
    ],
  );
});

test("without a terminal, browse refuses in one line and points to search", () => {
  for (const command of [`${BIN} browse < /dev/null`, `${BIN} browse | cat`]) {
    const result = spawnSync("bash", ["--norc", "-c", `set -o pipefail; ${command}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    assert.equal(result.status, 2, command);
    assert.equal(
      result.stderr,
      "unicef-kz: browse needs a terminal on standard input and output; in a script or pipe, use `unicef-kz search <words>`\n",
    );
  }
});

test("typing иммунизация and memorandum letter by letter never empties the list", async () => {
  const name = shell(80, 24);
  tmux("send-keys", "-t", name, `${BIN} browse`, "Enter");
  await waitFor(name, (text) => text.includes("20/20"), "the full list");
  for (const word of ["иммунизация", "memorandum"]) {
    let previous = 20;
    for (let length = 1; length <= word.length; length += 1) {
      tmux("send-keys", "-t", name, "-l", word.charAt(length - 1));
      const typed = word.slice(0, length);
      const screen = await waitFor(name, (text) => text.startsWith(`› ${typed}\n`) && /^\d+\/20 · /m.test(text), typed);
      const count = Number(/^(\d+)\/20 · /m.exec(screen)?.[1]);
      assert.ok(count > 0 && count <= previous, `${typed}: ${count} after ${previous}`);
      previous = count;
    }
    tmux("send-keys", "-t", name, "C-u");
    await waitFor(name, (text) => text.startsWith("›\n") && text.includes("20/20"), "the cleared query");
  }
  tmux("send-keys", "-t", name, "Escape");
  await backAtPrompt(name);
});

test("at 80 columns the two Optional Protocols are cut in the middle, each row showing how its title ends", async () => {
  const name = shell(80, 24);
  tmux("send-keys", "-t", name, `${BIN} browse`, "Enter");
  await waitFor(name, (text) => text.includes("20/20"), "the full list");
  tmux("send-keys", "-t", name, "Tab", "Tab", "Tab");
  const rows = [
    "  agreement September 2000 Optional Protocol … and child pornography",
    "  agreement September 2000 Optional Protocol … of children in armed conflict",
  ];
  // A frame is one write, but the screen may be caught between two: wait for the whole of it.
  const shown = await waitFor(
    name,
    (text) => text.includes("4/20 · agreement · ") && rows.every((row) => text.includes(row)),
    "the agreements",
  );
  assert.deepEqual(shown.split("\n").slice(3, 5), rows);
  assert.ok(widest(shown) <= 80);
  tmux("send-keys", "-t", name, "Escape");
  await backAtPrompt(name);
});
