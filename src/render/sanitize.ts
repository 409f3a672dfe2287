import { stripVTControlCharacters } from "node:util";

// C0 controls (JSON escapes these itself), then DEL and C1 controls, bidi embeddings/overrides/
// isolates, zero-width and BOM characters: anything that could move the cursor or reorder what is shown.
const C0 = "\\u0000-\\u0008\\u000b-\\u001f";
const BEYOND_C0 = "\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff\\ufff9-\\ufffb";
const UNSAFE = new RegExp(`[${C0}${BEYOND_C0}]`, "g");
const LINE_BREAKS = /[\t\n\u2028\u2029]+/g;
// In a message, line/paragraph separators and tabs are shown too; a message's own lines are kept.
const UNSAFE_IN_MESSAGE = new RegExp(`[${C0}${BEYOND_C0}\\t\\u2028\\u2029]`, "g");
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}\\u2028\\u2029]`, "g");

/**
 * Makes text from a fact file safe to print on a terminal: escape sequences and control
 * characters are removed, and breaks become spaces, so one field stays on one line.
 */
export function sanitize(text: string): string {
  return stripVTControlCharacters(text).replace(LINE_BREAKS, " ").replace(UNSAFE, "");
}

/** Like `sanitize`, but keeps line breaks (for quotes shown as paragraphs). */
export function sanitizeKeepingLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => sanitize(line.replace(/\r/g, "")))
    .join("\n");
}

/**
 * A message made safe for a terminal without hiding what it quotes: control, bidi and zero-width
 * characters are shown as escapes (`\x1b`, `\u202e`), so `--j\e[2Json` is not shown as `--json`.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_IN_MESSAGE, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : unicodeEscape(char);
  });
}

/**
 * JSON text for a terminal: what JSON.stringify leaves as it is but a terminal acts on (DEL,
 * C1 controls such as CSI U+009B, bidi overrides) written as \u escapes. The JSON reads back the same.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, unicodeEscape);
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
