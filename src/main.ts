import { runCli } from "./cli.js";

// EPIPE: the reader (head, a closed pager) has gone; that is not a failure of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

// Output is written before the process ends by itself: no process.exit, so a pipe always drains.
process.exitCode = runCli({
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
});
