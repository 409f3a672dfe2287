import { type Io, quietIo, report, runCli } from "./cli.js";
import { errnoWords, UserError } from "./errors.js";
import { isTerminal, type StandardWriters, standardWriters } from "./stdio.js";

// For the build (scripts/shipped-book.cjs), which runs it from the bundle, and for the test that
// the build wrote the shipped book into the bundle (test/hardening/smaller-points.test.ts).
export { loadShippedBook, shippedBookJson } from "./shipped.js";

/** Runs the command line on this process's arguments and streams. */
export function main(): void {
  const stdoutIsTTY = isTerminal(1);
  const writers = standardWriters();
  const exitCode = runWithWriters(
    {
      argv: process.argv.slice(2),
      env: process.env,
      stdoutIsTTY,
      columns: stdoutIsTTY ? process.stdout.columns : undefined,
      rows: stdoutIsTTY ? process.stdout.rows : undefined,
      terminal: () =>
        process.stdin.isTTY && process.stdout.isTTY ? { input: process.stdin, output: process.stdout } : undefined,
      page: async (command, text) => (await import("./pager.js")).page(command, text),
      buildIndexLater: async (path, indexFile) =>
        (await import("./index/background.js")).buildLater(
          [process.execPath, process.argv[1] ?? ""],
          path,
          indexFile,
          process.env,
        ),
    },
    writers,
  );
  // Once all is written, leaving at once skips what V8 would do before a natural exit (a garbage
  // collection it has planned, optimising code that will not run again): 2 to 5 ms. Text still
  // queued on a stream is waited for: the process then ends by itself when it has drained, and
  // what the stream said (a write that failed) is looked at again then.
  const finish = (code: number) => {
    if (writers.allWritten()) process.exit(code);
    process.exitCode = code;
    process.once("beforeExit", () => {
      process.exitCode = exitCodeAfterWriting(code, writers, process.env);
    });
  };
  if (typeof exitCode === "number") finish(exitCode);
  else void exitCode.then(finish);
}

/**
 * Runs the command line with these writers. A stream that failed (a full disk, a closed
 * descriptor) makes the exit code 2, with a line on stderr where stderr still works.
 */
export function runWithWriters(
  io: Omit<Io, "writeOut" | "writeErr">,
  writers: StandardWriters,
): number | Promise<number> {
  const exitCode = runCli({ ...io, writeOut: writers.writeOut, writeErr: writers.writeErr });
  if (typeof exitCode === "number") return exitCodeAfterWriting(exitCode, writers, io.env);
  return exitCode.then((code) => exitCodeAfterWriting(code, writers, io.env));
}

function exitCodeAfterWriting(code: number, writers: StandardWriters, env: NodeJS.ProcessEnv): number {
  const { out, err } = writers.failures();
  if (out) return report(new UserError(`cannot write to standard output (${errnoWords(out)})`, 2), { env, ...writers });
  return err ? 2 : code;
}

/**
 * Runs common commands with their output thrown away. The build does this before it saves
 * V8's code cache, so the cache holds these commands' compiled code and start-up skips it.
 * Only these, as a script runs them (output to a pipe): every start reads the whole cache, and
 * each command more makes it larger. `indexed`: a fact file with a saved index in `cacheDir`,
 * searched too, so that a search through an index compiles none of its code (4 ms at 100,000
 * facts; the index is made beforehand, in another process, to keep the code that makes it out).
 */
export async function warmUp(indexed?: { path: string; cacheDir: string }): Promise<void> {
  const commands = [
    ["search", "полиомиелит"],
    ["search", "measles", "--json"],
    ["ask", "когда подписали меморандум"],
    ["ask", "who signed the memorandum"],
    ["ask", "сколько программ"],
    ["ask", "what happened in 1994"],
    ["events", "--json"],
  ];
  for (const argv of commands) await runCli(quietIo(argv));
  if (!indexed) return;
  for (const word of ["полиомиелит", "immunisation"]) {
    const io = quietIo(["search", word, "--data", indexed.path, "--json"]);
    await runCli({ ...io, env: { UNICEF_KZ_CACHE_DIR: indexed.cacheDir } });
  }
}
