import { stripVTControlCharacters } from "node:util";

// C0 controls (JSON escapes these itself), then DEL and C1 controls, bidi embeddings/overrides/
// isolates, zero-width, invisible format (Mongolian vowel separator, interlinear annotation, tag
// characters) and BOM characters: anything that could move the cursor, reorder what is shown or
// hide text in it.
const C0 = "\\u0000-\\u0008\\u000b-\\u001f";
const BEYOND_C0 =
  "\\u007f-\\u009f\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff\\ufff9-\\ufffb\\u{e0000}-\\u{e007f}";
const UNSAFE = new RegExp(`[${C0}${BEYOND_C0}]`, "gu");
const LINE_BREAKS = /[\t\n\u2028\u2029]+/g;
// In a message, line/paragraph separators and tabs are shown too; a message's own lines are kept.
const UNSAFE_IN_MESSAGE = new RegExp(`[${C0}${BEYOND_C0}\\t\\u2028\\u2029]`, "gu");
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}\\u2028\\u2029]`, "gu");

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

/** `\u202e`; a character beyond the Basic Multilingual Plane as its two units (`\udb40\udc41`), as JSON writes it. */
function unicodeEscape(char: string): string {
  let escaped = "";
  for (let at = 0; at < char.length; at += 1) escaped += `\\u${char.charCodeAt(at).toString(16).padStart(4, "0")}`;
  return escaped;
}
