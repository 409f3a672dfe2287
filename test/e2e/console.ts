// Terminal sessions shown in the docs (```console blocks: a command after "$ ", then what it prints),
// and how a command prints in a real terminal of a given width, without colour or pager.
import { spawnSync } from "node:child_process";
import { stripVTControlCharacters } from "node:util";
import { BIN, ROOT } from "../helpers.js";

export interface Session {
  command: string;
  columns: number;
  expected: string;
}

/** The sessions of a Markdown file's ```console blocks. */
export function consoleSessions(markdown: string): Session[] {
  const sessions: Session[] = [];
  for (const block of markdown.matchAll(/^```console(?: (\d+))?\n([\s\S]*?)^```$/gm)) {
    const columns = Number(block[1] ?? 100);
    for (const session of (block[2] ?? "").split(/^(?=\$ )/m)) {
      const [first = "", ...output] = session.split("\n");
      sessions.push({ command: first.slice(2), columns, expected: output.join("\n") });
    }
  }
  return sessions;
}

/** What a command prints in a terminal of this width (standard output and error, as a person sees them). */
export function inTerminal(command: string, columns: number): string {
  // unicef-kz wherever a command starts: first, or after a pipe.
  const shell = command.replace(/(^|\|\s*)unicef-kz(?=\s|$)/g, `$1${BIN}`);
  const result = spawnSync("script", ["-qec", `stty cols ${columns} rows 500; ${shell}`, "/dev/null"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TERM: "xterm-256color", LANG: "C.UTF-8", NO_COLOR: "1", UNICEF_KZ_PAGER: "" },
  });
  // As text: jq colours what it prints to a terminal, whatever NO_COLOR says.
  // A terminal ends lines with CR LF; CSV's own CR LF reaches it as CR CR LF.
  return stripVTControlCharacters(result.stdout.replace(/\r+\n/g, "\n"));
}
