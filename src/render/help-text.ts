import { wrapSpans } from "./wrap.js";

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
  if (isLaidOut(lines)) return block;
  // Blank lines around the text (the help's first block starts with one, its last ends with one) stay.
  const start = lines.findIndex((line) => line.trim() !== "");
  if (start < 0) return block;
  const end = lines.findLastIndex((line) => line.trim() !== "") + 1;
  const [first = "", ...rest] = lines.slice(start, end);
  const heading = first.trim().endsWith(":") && rest.length > 0 && rest.every((line) => /^\s/.test(line));
  const prose = heading ? rest : [first, ...rest];
  if (termList(prose)) return block;
  const indent = /^\s*/.exec(prose[0] ?? "")?.[0] ?? "";
  const words = prose.map((line) => line.trim()).join(" ");
  const filled = wrapSpans([{ text: words }], Math.max(20, width - indent.length)).map((line) => indent + line);
  return [...lines.slice(0, start), ...(heading ? [first] : []), ...filled, ...lines.slice(end)].join("\n");
}
