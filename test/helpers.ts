import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadFactText } from "../src/facts/load.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = `${ROOT}bin/unicef-kz`;
export const SHIPPED_TEXT = readFileSync(`${ROOT}data/unicef-kz.json`, "utf8");
export const SOURCE_TEXT = readFileSync(`${ROOT}data/source/unicef-kazakhstan.ru.txt`, "utf8");

/** The shipped fact book, loaded through the real loader. */
export const shippedBook = () => loadFactText(SHIPPED_TEXT, "data/unicef-kz.json");

/** A deep copy of the shipped file's JSON, to mutate into a bad one. */
export const shippedJson = () => JSON.parse(SHIPPED_TEXT);

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

// Saved indexes of the files tests search go here, not into the cache of the user running them.
let testCache: string | undefined;

/** Runs bin/unicef-kz as a user would, stdout a pipe, with a clean, English environment. */
export function run(args: string[], options: { env?: Record<string, string>; input?: string } = {}): RunResult {
  if (testCache === undefined) {
    const made = mkdtempSync(join(tmpdir(), "unicef-kz-cache-"));
    process.once("exit", () => rmSync(made, { recursive: true, force: true }));
    testCache = made;
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    LANG: "C.UTF-8",
    UNICEF_KZ_CACHE_DIR: testCache,
    ...options.env,
  };
  const result = spawnSync(BIN, args, {
    env,
    input: options.input ?? "",
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** How many cases a property test runs: a few hundred in CI, more with FUZZ_RUNS=<n>. */
export function fuzzRuns(ciRuns: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return asked > 0 ? asked : ciRuns;
}
