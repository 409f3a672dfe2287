import { runCli } from "./cli.js";

/** Runs the command line on this process's arguments and streams. */
export function main(): void {
  // EPIPE: the reader (head, a closed pager) has gone; that is not a failure of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  // Output is written before the process ends by itself: no process.exit, so a pipe always drains.
  const exitCode = runCli({
    argv: process.argv.slice(2),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    writeOut: (text) => {
      process.stdout.write(text);
    },
    writeErr: (text) => {
      process.stderr.write(text);
    },
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
