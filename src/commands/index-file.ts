import { type Stats, statSync } from "node:fs";
import { UsageError, UserError } from "../errors.js";
import { escapeControls } from "../render/sanitize.js";
import type { CommandEnv, CommandSpec } from "./command.js";

export const indexCommand: CommandSpec = {
  name: "index",
  argumentValues: "files",
  arguments: "[file]",
  summary: "save a fact file's search index now (the first search has it made anyway), or remove saved ones",
  listing: false,
  options: [{ flags: "--clear", description: "remove the saved indexes (only the file's, if one is given)" }],
  examples: [
    "unicef-kz index my-facts.json",
    "unicef-kz index --clear",
    "unicef-kz index --clear my-facts.json",
    "UNICEF_KZ_CACHE_DIR=/tmp/unicef-kz unicef-kz index my-facts.json",
  ],
  notes: `The first search of a --data file answers as it reads the file, and has its index made
by a process of its own, at the lowest priority; later searches read the index and only the facts
they show. An index is used only while the file is, byte for byte, the one indexed; otherwise it
is made again. Indexes are kept in $UNICEF_KZ_CACHE_DIR, else
$XDG_CACHE_HOME/unicef-kz, else ~/.cache/unicef-kz; --no-cache or UNICEF_KZ_CACHE=0 neither
reads nor writes them. Saving an index removes those of fact files that are gone. The shipped
facts are indexed by the build.
`,
  async run(args, options, env) {
    const dir = await env.cacheDir();
    if (dir === undefined) {
      throw new UsageError("saved indexes are off (--no-cache or UNICEF_KZ_CACHE=0); turn them on to use `index`");
    }
    const path = args[0] ?? env.dataPath;
    if (options.clear === true) return clear(dir, args[0]);
    return { stdout: await made(path, dir, env), exitCode: 0 };
  },
};

async function clear(dir: string, path: string | undefined) {
  const { clearIndexes } = await import("../index/cache.js");
  const cleared = clearIndexes(dir, path);
  if (!cleared) {
    throw new UserError(`${path ?? ""}: no such file; give the fact file whose index to remove`, 2);
  }
  const { files, bytes, failed } = cleared;
  const what = files === 1 ? "1 index" : `${files} indexes`;
  const done = `removed ${what} (${megabytes(bytes)}) from ${dir}`;
  if (failed) {
    const left = failed.files === 1 ? "1 file" : `${failed.files} files`;
    throw new UserError(
      `${done}; could not remove ${left} (${failed.code}): the directory is read-only or not yours; remove them as their owner`,
      2,
    );
  }
  return { stdout: `${escapeControls(done)}\n`, exitCode: 0 };
}

/** Why an index could not be saved, in words, by the system's error code. */
const SAVE_FAILURES: Record<string, string> = {
  ENOSPC: "ENOSPC: the disk is full",
  EDQUOT: "EDQUOT: over the disk quota",
  EROFS: "EROFS: a read-only file system",
  EACCES: "EACCES: permission denied",
  EPERM: "EPERM: permission denied",
  EEXIST: "EEXIST: a file is where a directory should be",
  ENOTDIR: "ENOTDIR: a file is where a directory should be",
  EISDIR: "EISDIR: a directory is where the index should be",
};

/** Makes the file's index and says where it went and how large it is. */
async function made(path: string, dir: string, env: CommandEnv): Promise<string> {
  const [{ FileChanged, NotIndexable, makeIndex }, { SHIPPED_FACTS }, { sourceName }, { loadFactFile }] =
    await Promise.all([
      import("../index/data-file.js"),
      import("../shipped.js"),
      import("../facts/read.js"),
      import("../facts/load.js"),
    ]);
  if (path === "-") throw new UsageError("standard input cannot be indexed; save it to a file first");
  if (path === SHIPPED_FACTS) throw new UsageError("the shipped facts are indexed by the build; give a --data file");
  checkIndexable(path, sourceName(path));
  let index: ReturnType<typeof makeIndex>;
  try {
    index = makeIndex(path, env.limits, dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof FileChanged) throw new UserError(`${error.message}; index it again`, 2);
    if (error instanceof NotIndexable)
      throw new UserError(`${sourceName(path)}: ${error.message}; it is searched as it is read, without an index`, 2);
    if (code === undefined) throw error;
    // A rename over something in the index's place names it; else the directory could not be written.
    const inTheWay = (error as { dest?: string }).dest;
    const where = inTheWay === undefined ? `in ${dir}` : `as ${inTheWay}`;
    const why = SAVE_FAILURES[code] ?? code;
    throw new UserError(
      `cannot save the index ${where} (${why}); set UNICEF_KZ_CACHE_DIR to a directory you can write, or search with --no-cache`,
      2,
    );
  }
  if (!index) {
    // Anything wrong with the file: loading it whole says what.
    loadFactFile(path, env.limits);
    throw new UserError(`${sourceName(path)}: cannot be indexed (read it with --no-cache)`, 2);
  }
  const facts = `${index.facts.toLocaleString("en")} facts, ${index.terms.toLocaleString("en")} words`;
  // Names as messages show them: a control or bidi character in a path is shown as an escape, not hidden.
  return `${escapeControls(`indexed ${sourceName(path)} (${facts}): ${index.path}, ${megabytes(index.bytes)}`)}\n`;
}

/** Refuses, in one line, what is no file to index: nothing there, a pipe, a device, a directory. */
function checkIndexable(path: string, name: string): void {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UserError(`${name}: no such file; give the path of a JSON fact file to index`, 2);
  }
  if (!stats.isFile()) {
    throw new UserError(
      `${name}: is not a file (a pipe, a device or a directory); only a file can be indexed: save the facts to one first`,
      2,
    );
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
