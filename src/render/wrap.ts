import stringWidth from "string-width";

/** A run of text with an optional style, applied word by word so wrapping never splits a style. */
export interface Span {
  text: string;
  style?: (text: string) => string;
}

interface Word {
  text: string;
  width: number;
  style: ((text: string) => string) | undefined;
}

// Text of these characters only (printable ASCII and Latin-1, the Cyrillic block, dashes, quotes,
// … and №) is one column a character, as string-width counts it (tests check each against it):
// string-width builds two large regular expressions anew on every call, which was a third of what
// a browse keystroke allocated.
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ff\u0400-\u04ff\u2013\u2014\u2018-\u201d\u2026\u2116]*$/;

/** Display width on a terminal: wide (CJK, emoji) characters count as two. */
export function displayWidth(text: string): number {
  return ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(text);
}

/** Breaks spans into lines at most `width` columns wide, at spaces; a word longer than a line is split. */
export function wrapSpans(spans: readonly Span[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  const flush = () => {
    lines.push(line);
    line = "";
    used = 0;
  };
  for (const word of toWords(spans, Math.max(1, width))) {
    const gap = used === 0 ? 0 : 1;
    if (used > 0 && used + gap + word.width > width) flush();
    const styled = word.style ? word.style(word.text) : word.text;
    line += (used === 0 ? "" : " ") + styled;
    used += (used === 0 ? 0 : 1) + word.width;
  }
  if (used > 0 || lines.length === 0) flush();
  return lines;
}

/** The longest word's width: the narrowest a column can be without splitting a word. */
export function longestWordWidth(spans: readonly Span[]): number {
  let longest = 0;
  for (const span of spans) for (const word of span.text.split(/\s+/)) longest = Math.max(longest, displayWidth(word));
  return longest;
}

/** Width of the spans on one line. */
export function spansWidth(spans: readonly Span[]): number {
  return displayWidth(
    spans
      .map((span) => span.text)
      .join("")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

function toWords(spans: readonly Span[], width: number): Word[] {
  const words: Word[] = [];
  for (const span of spans) {
    for (const text of span.text.split(/\s+/)) {
      if (text === "") continue;
      for (const piece of splitToWidth(text, width))
        words.push({ text: piece, width: displayWidth(piece), style: span.style });
    }
  }
  return words;
}

/** Only when one word is wider than the whole line: split it by characters. */
function splitToWidth(word: string, width: number): string[] {
  if (displayWidth(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece !== "" && displayWidth(piece + char) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}
