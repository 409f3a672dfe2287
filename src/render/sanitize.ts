import { stripVTControlCharacters } from "node:util";

// C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, zero-width and BOM characters,
// and line/paragraph separators: anything that could move the cursor or reorder what is shown.
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const LINE_BREAKS = /[\t\n\u2028\u2029]+/g;

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
