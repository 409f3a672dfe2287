import { displayWidth, wrapSpans } from "./wrap.js";

/**
 * Help's own text (examples, notes) fitted to the terminal's width, as gh and ripgrep fit theirs:
 * prose is filled to the width, each paragraph at its own indentation, a heading ending in ":"
 * kept on its line; a block laid out by hand (an example's `$ command`, columns apart by three
 * spaces or more, a list of terms with their meanings indented below them) is kept line for
 * line, as `--help` must show a command as it is typed.
 */
export function fitHelpText(text: string, width: number): string {
  return text
    .split(/(\n[ \t]*\n)/)
    .map((block, at) => (at % 2 === 1 ? block : fitBlock(block, width)))
    .join("");
}

/** Whether lines are laid out by hand: an example's `$ command`, or columns three spaces or more apart. */
export function isLaidOut(lines: readonly string[]): boolean {
  return lines.some((line) => /^\s*\$ |\S {3,}\S/.test(line));
}

/** A term of a list and what it means, which help shows indented below it. */
export interface ListedTerm {
  term: string;
  meaning: string;
}

/**
 * The terms of a list laid out as help lays one out (each term on a line, what it means on the
 * lines below it, indented further), or undefined if the lines are no such list.
 */
export function termList(lines: readonly string[]): ListedTerm[] | undefined {
  const indents = lines.map((line) => /^\s*/.exec(line)?.[0].length ?? 0);
  const termIndent = Math.min(...indents);
  if (indents[0] !== termIndent || indents.every((indent) => indent === termIndent)) return undefined;
  const terms: ListedTerm[] = [];
  lines.forEach((line, at) => {
    const last = terms.at(-1);
    if (indents[at] === termIndent) terms.push({ term: line.trim(), meaning: "" });
    else if (last) last.meaning = `${last.meaning} ${line.trim()}`.trim();
  });
  return terms.every(({ meaning }) => meaning !== "") ? terms : undefined;
}

function fitBlock(block: string, width: number): string {
  const lines = block.split("\n");
  if (isLaidOut(lines)) return fitColumns(lines, width).join("\n");
  // Blank lines around the text (the help's first block starts with one, its last ends with one) stay.
  const start = lines.findIndex((line) => line.trim() !== "");
  if (start < 0) return block;
  const end = lines.findLastIndex((line) => line.trim() !== "") + 1;
  const [first = "", ...rest] = lines.slice(start, end);
  const heading = first.trim().endsWith(":") && rest.length > 0 && rest.every((line) => /^\s/.test(line));
  const prose = heading ? rest : [first, ...rest];
  if (termList(prose)) {
    const listed = prose.flatMap((line, at) => fitMeaning(prose, at, width) ?? fitLine(line, width));
    return [...lines.slice(0, start), ...(heading ? [first] : []), ...listed, ...lines.slice(end)].join("\n");
  }
  const indent = /^\s*/.exec(prose[0] ?? "")?.[0] ?? "";
  const words = prose.map((line) => line.trim()).join(" ");
  const filled = wrapSpans([{ text: words }], Math.max(20, width - indent.length)).map((line) => indent + line);
  return [...lines.slice(0, start), ...(heading ? [first] : []), ...filled, ...lines.slice(end)].join("\n");
}

// A column narrower than this is no column: its text goes under what it describes.
const NARROWEST_COLUMN = 20;

/** A line of columns: what is left of the last column (a term, with its indentation), and that column's text. */
interface ColumnEntry {
  left: string;
  gap: string;
  text: string;
  /** The lines it was laid out on: its own, and those that go on with its text, aligned under it. */
  lines: string[];
}

/**
 * Lines of columns (two spaces or more apart, in a block with a gap of three somewhere) fitted to
 * the terminal: an entry (a term and its text, with the lines that go on under the text) that does
 * not fit has its text wrapped under itself, or, where too little room is left of it, under the
 * term, indented. An example's `$ command` is kept whole, as it is typed; what fits stays as it is.
 */
function fitColumns(lines: readonly string[], width: number): string[] {
  const entries: (ColumnEntry | string)[] = [];
  for (const line of lines) {
    const last = entries.at(-1);
    // An example's command stays whole; a note after it, three spaces on, is a column like any other.
    const gap = /^\s*\$ /.test(line) ? /^(.*\S)( {3,})(\S.*)$/.exec(line) : /^(.*\S)( {2,})(\S.*)$/.exec(line);
    const column = typeof last === "object" ? displayWidth(last.left) + last.gap.length : -1;
    if (typeof last === "object" && /^\s+\S/.test(line) && (/^\s*/.exec(line)?.[0].length ?? 0) === column) {
      last.text = `${last.text} ${line.trim()}`;
      last.lines.push(line);
    } else if (gap) entries.push({ left: gap[1] ?? "", gap: gap[2] ?? "", text: gap[3] ?? "", lines: [line] });
    else entries.push(line);
  }
  return entries.flatMap((entry) => (typeof entry === "string" ? fitLine(entry, width) : fitEntry(entry, width)));
}

/** A line of prose too wide for the terminal, wrapped at its own indentation; an example, or a line that fits, as it is. */
function fitLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width || /^\s*\$ /.test(line)) return [line];
  const indent = /^\s*/.exec(line)?.[0] ?? "";
  return wrapSpans([{ text: line.trim() }], Math.max(NARROWEST_COLUMN, width - indent.length)).map(
    (part) => indent + part,
  );
}

function fitEntry(entry: ColumnEntry, width: number): string[] {
  const { left, gap, text, lines } = entry;
  if (lines.every((line) => displayWidth(line) <= width)) return lines;
  const column = displayWidth(left) + gap.length;
  if (width - column >= NARROWEST_COLUMN) {
    return wrapSpans([{ text }], width - column).map((part, at) => (at === 0 ? left + gap : " ".repeat(column)) + part);
  }
  const indent = " ".repeat((/^\s*/.exec(left)?.[0].length ?? 0) + 4);
  return [
    left,
    ...wrapSpans([{ text }], Math.max(NARROWEST_COLUMN, width - indent.length)).map((part) => indent + part),
  ];
}

/**
 * The meaning at line `at` of a term list (termList), filled to the width at its indentation, if
 * it is the first line of a meaning and the meaning does not fit as laid out; undefined to keep the
 * line as it is (a term, or a meaning that fits). The meaning's later lines are then left out: the
 * first carries it all.
 */
function fitMeaning(lines: readonly string[], at: number, width: number): string[] | undefined {
  const indentOf = (line: string) => /^\s*/.exec(line)?.[0] ?? "";
  const termIndent = Math.min(...lines.map((line) => indentOf(line).length));
  const isMeaning = (line: string | undefined) => line !== undefined && indentOf(line).length > termIndent;
  const meaningEnd = (from: number) => {
    let end = from;
    while (isMeaning(lines[end])) end += 1;
    return end;
  };
  const line = lines[at] ?? "";
  if (!isMeaning(line)) return undefined;
  const first = isMeaning(lines[at - 1]) ? lines.slice(0, at).findLastIndex((earlier) => !isMeaning(earlier)) + 1 : at;
  const meaning = lines.slice(first, meaningEnd(first));
  if (meaning.every((part) => displayWidth(part) <= width)) return undefined;
  if (first !== at) return [];
  const indent = indentOf(line);
  const text = meaning.map((part) => part.trim()).join(" ");
  return wrapSpans([{ text }], Math.max(NARROWEST_COLUMN, width - indent.length)).map((part) => indent + part);
}
