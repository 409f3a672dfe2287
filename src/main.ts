import { runCli } from "./cli.js";
import { isTerminal, standardWriters } from "./stdio.js";

/** Runs the command line on this process's arguments and streams. */
export function main(): void {
  const stdoutIsTTY = isTerminal(1);
  // No process.exit: the process ends by itself once output queued on a stream has drained.
  const exitCode = runCli({
    argv: process.argv.slice(2),
    env: process.env,
    stdoutIsTTY,
    columns: stdoutIsTTY ? process.stdout.columns : undefined,
    ...standardWriters(),
    terminal: () =>
      process.stdin.isTTY && process.stdout.isTTY ? { input: process.stdin, output: process.stdout } : undefined,
  });
  if (typeof exitCode === "number") process.exitCode = exitCode;
  else
    void exitCode.then((code) => {
      process.exitCode = code;
    });
}

/**
 * Runs common commands with their output thrown away. The build does this before it saves
 * V8's code cache, so the cache holds these commands' compiled code and start-up skips it.
 */
export function warmUp(): void {
  const commands = [["search", "полиомиелит"], ["search", "measles", "--json"], ["events", "--json"], ["agreements"]];
  for (const argv of commands) {
    runCli({
      argv,
      env: {},
      stdoutIsTTY: true,
      columns: 100,
      writeOut: () => {},
      writeErr: () => {},
      terminal: () => undefined,
    });
  }
}
