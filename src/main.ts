import { quietIo, runCli } from "./cli.js";
import { isTerminal, standardWriters } from "./stdio.js";

// For the build (scripts/shipped-book.cjs), which runs it from the bundle.
export { saveShippedBook } from "./shipped.js";

/** Runs the command line on this process's arguments and streams. */
export function main(): void {
  const stdoutIsTTY = isTerminal(1);
  const { writeOut, writeErr, allWritten } = standardWriters();
  const exitCode = runCli({
    argv: process.argv.slice(2),
    env: process.env,
    stdoutIsTTY,
    columns: stdoutIsTTY ? process.stdout.columns : undefined,
    rows: stdoutIsTTY ? process.stdout.rows : undefined,
    writeOut,
    writeErr,
    terminal: () =>
      process.stdin.isTTY && process.stdout.isTTY ? { input: process.stdin, output: process.stdout } : undefined,
    page: async (command, text) => (await import("./pager.js")).page(command, text),
  });
  // Once all is written, leaving at once skips what V8 would do before a natural exit (a garbage
  // collection it has planned, optimising code that will not run again): 2 to 5 ms. Text still
  // queued on a stream is waited for: the process then ends by itself when it has drained.
  const finish = (code: number) => {
    if (allWritten()) process.exit(code);
    process.exitCode = code;
  };
  if (typeof exitCode === "number") finish(exitCode);
  else void exitCode.then(finish);
}

/**
 * Runs common commands with their output thrown away. The build does this before it saves
 * V8's code cache, so the cache holds these commands' compiled code and start-up skips it.
 * Only these, as a script runs them (output to a pipe): every start reads the whole cache, and
 * each command more makes it larger.
 */
export async function warmUp(): Promise<void> {
  const commands = [
    ["search", "полиомиелит"],
    ["search", "measles", "--json"],
    ["ask", "когда подписали меморандум"],
    ["events", "--json"],
  ];
  for (const argv of commands) await runCli(quietIo(argv));
}
