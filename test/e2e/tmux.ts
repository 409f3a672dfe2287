// A real terminal for end-to-end tests: a tmux server of our own, shells in windows of a given size.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { after } from "node:test";
import { ROOT } from "../helpers.js";

const SOCKET = `unicef-kz-e2e-${process.pid}`;
let windows = 0;

after(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
});

/** Runs a tmux command on our server. */
export function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
}

/**
 * A shell (`command`, by default bash without its startup files) in a new tmux window of the
 * given size, at the repository's root; `setup` is typed first, and must leave a prompt of "$ ".
 */
export async function openShell(
  width: number,
  height: number,
  setup: string,
  command = "bash --norc --noprofile",
): Promise<string> {
  windows += 1;
  const name = `w${windows}`;
  tmux("new-session", "-d", "-x", String(width), "-y", String(height), "-s", name, command);
  tmux("send-keys", "-t", name, "-l", `cd ${ROOT}; ${setup}; clear`);
  tmux("send-keys", "-t", name, "Enter");
  await waitFor(name, (text) => text.trimEnd() === "$", "the shell's prompt");
  return name;
}

/** What the window shows now; `joined` puts lines tmux wrapped back together, so overflows show. */
export function screen(name: string, joined = false): string {
  return tmux("capture-pane", "-p", ...(joined ? ["-J", "-S", "-"] : []), "-t", name);
}

/** Waits until the screen shows what `ready` looks for; fails with the screen if it never does. */
export async function waitFor(
  name: string,
  ready: (text: string) => boolean,
  what: string,
  joined = false,
): Promise<string> {
  const deadline = Date.now() + 15000;
  for (;;) {
    const text = screen(name, joined);
    if (ready(text)) return text;
    if (Date.now() > deadline) assert.fail(`waited for ${what}; the screen shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Types text as it is (no key names), then the keys named, e.g. "Tab". */
export function type(name: string, text: string, ...keys: string[]): void {
  if (text !== "") tmux("send-keys", "-t", name, "-l", text);
  if (keys.length > 0) tmux("send-keys", "-t", name, ...keys);
}

/** Clears the line, the window and its history, and waits for a fresh prompt ("$ "). */
export async function freshPrompt(name: string): Promise<void> {
  // A shell may drop what is typed just after Ctrl-C: wait for its prompt first.
  tmux("send-keys", "-t", name, "C-c");
  await waitFor(name, (text) => text.trimEnd().split("\n").at(-1) === "$", "the prompt after Ctrl-C");
  // The prompt seen may be the one before Ctrl-C was read, and then `clear` is dropped with the
  // line Ctrl-C ends: it is typed again while the screen is not clear (a second one does no harm).
  let typed = 0;
  await waitFor(
    name,
    (text) => {
      if (text.trimEnd() === "$") return true;
      if (Date.now() - typed > 3000) {
        type(name, "clear", "Enter");
        typed = Date.now();
      }
      return false;
    },
    "a clear screen",
  );
  tmux("clear-history", "-t", name);
}
