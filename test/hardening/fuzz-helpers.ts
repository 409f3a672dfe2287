// What the property tests run the program with: the command line in this process, a terminal
// made of streams, descriptors that fail.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { runCli } from "../../src/cli.js";
import type { Descriptors } from "../../src/stdio.js";

/** The saved indexes of the files fuzzed: a cache of the tests' own, not the user's. */
const cache = mkdtempSync(join(tmpdir(), "unicef-kz-fuzz-cache-"));
process.once("exit", () => rmSync(cache, { recursive: true, force: true }));

/** Runs the command line in this process, as main.ts does, and keeps what it printed. */
export async function runInProcess(argv: string[], stdoutIsTTY = false) {
  let stdout = "";
  let stderr = "";
  const code = await runCli({
    argv,
    env: { LANG: "C.UTF-8", UNICEF_KZ_CACHE_DIR: cache },
    stdoutIsTTY,
    columns: stdoutIsTTY ? 80 : undefined,
    writeOut: (text) => {
      stdout += text;
    },
    writeErr: (text) => {
      stderr += text;
    },
    terminal: () => undefined,
  });
  return { code, stdout, stderr };
}

/** A terminal of streams: keys go in through `input`, frames come out as `output.text`. */
export function fakeTerminal(columns: number, rows: number) {
  const rawModes: boolean[] = [];
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode(mode: boolean) {
      rawModes.push(mode);
      return input;
    },
  });
  const output = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        output.text += String(chunk);
        done();
      },
    }),
    { text: "", columns, rows, isTTY: true },
  );
  return {
    terminal: { input, output } as unknown as import("../../src/browse/terminal.js").Terminal,
    input,
    output,
    rawModes,
  };
}

/** Descriptors whose `fd` fails with `code` once `after` bytes are written to it; `closed`: stdout was closed at start. */
export function failingDescriptors(fd: number, code: string, after: number, closed = false) {
  const written: Record<number, string> = { 1: "", 2: "" };
  const descriptors: Descriptors = {
    write: (target, bytes, offset) => {
      const room = target === fd ? Math.max(0, after - Buffer.byteLength(written[target] ?? "")) : bytes.length;
      if (room === 0) throw Object.assign(new Error(`${code}: what the system says, write`), { code });
      const taken = bytes.subarray(offset, offset + Math.min(room, bytes.length - offset));
      written[target] += taken.toString("utf8");
      return taken.length;
    },
    closedAtStart: (target) => closed && target === 1,
  };
  return { descriptors, written };
}

/** Every path in a JSON value, as keys from the top. */
export function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

export type Json = Record<string | number, unknown>;

/** The object or array that holds the value at `path`, if there is one. */
export function parentOf(root: unknown, path: (string | number)[]): Json | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Json)[key];
  }
  return typeof node === "object" && node !== null ? (node as Json) : undefined;
}
