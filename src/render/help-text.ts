import { wrapSpans } from "./wrap.js";

/**
 * Help's own text (examples, notes) fitted to the terminal's width, as gh and ripgrep fit theirs:
 * prose is filled to the width, each paragraph at its own indentation, a heading ending in ":"
 * kept on its line; a block laid out by hand (an example's `$ command`, columns apart by three
 * spaces or more) is kept line for line, as `--help` must show a command as it is typed.
 */
export function fitHelpText(text: string, width: number): string {
  return text
    .split(/(\n[ \t]*\n)/)
    .map((block, at) => (at % 2 === 1 ? block : fitBlock(block, width)))
    .join("");
}

function fitBlock(block: string, width: number): string {
  const lines = block.split("\n");
  if (lines.some((line) => /^\s*\$ |\S {3,}\S/.test(line))) return block;
  // Blank lines around the text (the help's first block starts with one, its last ends with one) stay.
  const start = lines.findIndex((line) => line.trim() !== "");
  if (start < 0) return block;
  const end = lines.findLastIndex((line) => line.trim() !== "") + 1;
  const [first = "", ...rest] = lines.slice(start, end);
  const heading = first.trim().endsWith(":") && rest.length > 0 && rest.every((line) => /^\s/.test(line));
  const prose = heading ? rest : [first, ...rest];
  const indent = /^\s*/.exec(prose[0] ?? "")?.[0] ?? "";
  const words = prose.map((line) => line.trim()).join(" ");
  const filled = wrapSpans([{ text: words }], Math.max(20, width - indent.length)).map((line) => indent + line);
  return [...lines.slice(0, start), ...(heading ? [first] : []), ...filled, ...lines.slice(end)].join("\n");
}
