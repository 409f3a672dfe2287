import stringWidth from "string-width";

/**
 * A run of plain text with an optional style. The style is applied word by word after wrapping
 * and cutting, so no line ever holds a piece of an escape sequence: text must never be styled
 * before it is put in a span.
 */
export interface Span {
  text: string;
  style?: (text: string) => string;
  /**
   * An id of words joined by hyphens, which a column narrower than it may break once, after a
   * hyphen: the column need be only as wide as the longer of its two lines.
   */
  breaksAtHyphens?: boolean;
  /**
   * Never cut with "…" where a word is wider than the whole terminal (an id, to be copied): it is
   * split after a hyphen, or between characters, onto the next line instead.
   */
  neverCut?: boolean;
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

/** The longest word's width (an id's on two lines): the narrowest a column can be without splitting a word. */
export function longestWordWidth(spans: readonly Span[]): number {
  let longest = 0;
  for (const span of spans) {
    for (const word of span.text.split(/\s+/))
      longest = Math.max(longest, span.breaksAtHyphens ? twoLineWidth(word) : displayWidth(word));
  }
  return longest;
}

/** The width of a word broken after the hyphen that best halves it: (optional-protocol- / sale-of-children). */
function twoLineWidth(word: string): number {
  const parts = word.split(/(?<=-)/).map(displayWidth);
  const whole = parts.reduce((sum, width) => sum + width, 0);
  let best = whole;
  let first = 0;
  for (const width of parts) {
    first += width;
    best = Math.min(best, Math.max(first, whole - first));
  }
  return best;
}

/** Width of the spans on one line, a space between words, as `wrapSpans` joins them. */
export function spansWidth(spans: readonly Span[]): number {
  let width = 0;
  let words = 0;
  for (const span of spans) {
    for (const word of span.text.split(/\s+/)) {
      if (word === "") continue;
      width += displayWidth(word);
      words += 1;
    }
  }
  return width + Math.max(0, words - 1);
}

/**
 * The spans with every word wider than `width` cut to it, ending in "…". A table never needs
 * more of a word than the terminal shows, and measuring or wrapping a word of forty million
 * characters would take seconds and gigabytes; this looks at no more than a few lines of it.
 */
export function cutLongWords(spans: readonly Span[], width: number): Span[] {
  return spans.map((span) =>
    span.neverCut ? span : { ...span, text: span.text.replace(/\S+/g, (word) => cutToWidth(word, width)) },
  );
}

/** The text if it fits in `width` columns; else as much of it as fits with "…". */
export function cutToWidth(text: string, width: number): string {
  // No character is narrower than one column but the few that take none (combining marks,
  // which sanitising leaves): a text longer than this cannot fit, and no more of it is looked at.
  const bound = 8 * width + 16;
  if (text.length <= bound && displayWidth(text) <= width) return text;
  const head = text.slice(0, bound).replace(/[\ud800-\udbff]$/, "");
  let kept = "";
  let used = 0;
  for (const grapheme of graphemes(head)) {
    const graphemeWidth = displayWidth(grapheme);
    if (used + graphemeWidth > width - 1) break;
    kept += grapheme;
    used += graphemeWidth;
  }
  return `${kept}…`;
}

/**
 * The spans on one line of `width` columns, cut in the middle: the first words (in at most a third
 * of it), "…", then as many of the last words as fit, where texts that begin alike differ. When
 * not even the last word fits, the spans as they are (to be cut at the end).
 */
export function cutMiddle(spans: readonly Span[], width: number): Span[] {
  const words = toWords(spans, Math.max(1, width));
  if (spansWidth(spans) <= width) return [...spans];
  const head: Word[] = [];
  let headWidth = 0;
  for (const word of words) {
    const next = headWidth + (head.length > 0 ? 1 : 0) + word.width;
    if (next > Math.floor(width / 3)) break;
    head.push(word);
    headWidth = next;
  }
  // What the head leaves, less "…" and the spaces around it.
  const room = width - headWidth - (head.length > 0 ? 1 : 0) - 2;
  const tail: Word[] = [];
  let tailWidth = 0;
  for (let index = words.length - 1; index >= head.length; index -= 1) {
    const word = words[index] as Word;
    const next = tailWidth + (tail.length > 0 ? 1 : 0) + word.width;
    if (next > room) break;
    tail.unshift(word);
    tailWidth = next;
  }
  if (tail.length === 0) return [...spans];
  const asSpan = ({ text, style }: Word): Span => ({ text, style });
  return [...head.map(asSpan), { text: "…" }, ...tail.map(asSpan)];
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

/**
 * Only when one word is wider than the whole line: split it, after a hyphen where one leaves a
 * line's worth, else between characters as shown.
 */
function splitToWidth(word: string, width: number): string[] {
  if (word.includes("-") && displayWidth(word) > width) {
    return packToWidth(word.split(/(?<=-)/), width).flatMap((piece) => splitBetweenCharacters(piece, width));
  }
  return splitBetweenCharacters(word, width);
}

function splitBetweenCharacters(word: string, width: number): string[] {
  if (ONE_COLUMN_EACH.test(word)) {
    if (word.length <= width) return [word];
    const pieces: string[] = [];
    for (let start = 0; start < word.length; start += width) pieces.push(word.slice(start, start + width));
    return pieces;
  }
  return displayWidth(word) <= width ? [word] : packToWidth(graphemes(word), width);
}

/** Units (characters, an id's parts) in pieces of at most `width` columns; a unit wider than that is a piece alone. */
function packToWidth(units: Iterable<string>, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let used = 0;
  for (const unit of units) {
    const unitWidth = displayWidth(unit);
    if (piece !== "" && used + unitWidth > width) {
      pieces.push(piece);
      piece = "";
      used = 0;
    }
    piece += unit;
    used += unitWidth;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

let segmenter: Intl.Segmenter | undefined;

/** The characters of a text as a reader sees them: a letter with its accents, a flag, an emoji sequence. */
function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { segment } of segmenter.segment(text)) yield segment;
}
