import type { Key } from "node:readline";
import type { BrowseKey } from "./state.js";

const NAMED: Record<string, BrowseKey> = {
  backspace: "backspace",
  delete: "delete",
  left: "left",
  right: "right",
  home: "home",
  end: "end",
  up: "up",
  down: "down",
  pageup: "page-up",
  pagedown: "page-down",
  tab: "next-kind",
  return: "choose",
  enter: "choose",
  escape: "quit",
};

const WITH_CTRL: Record<string, BrowseKey> = {
  c: "quit",
  d: "quit",
  u: "clear",
  w: "delete-word",
  p: "up",
  n: "down",
  a: "home",
  e: "end",
  h: "backspace",
  z: "suspend",
};

// Anything that is not text to type: control characters, escape sequences, bidi controls.
const NOT_TEXT = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** A key as Node's readline reports it (its own escape-sequence parser), as a browse key. */
export function browseKey(text: string | undefined, key: Key | undefined): BrowseKey | undefined {
  if (key?.ctrl && key.name) return WITH_CTRL[key.name];
  // readline reports a lone Esc as meta (it began an escape sequence that never came).
  if (key?.name === "escape") return "quit";
  if (key?.meta && key.name === "backspace") return "delete-word";
  if (key?.name && NAMED[key.name] && !key.meta) return NAMED[key.name];
  if (text && !key?.ctrl && !key?.meta && !NOT_TEXT.test(text)) return { insert: text };
  return undefined;
}
