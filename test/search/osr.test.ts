import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const WORKLOAD = fileURLToPath(new URL("osr-workload.ts", import.meta.url));

/**
 * The guard of OSR_NOTE (search/rank.ts): a loop over every fact is a function that ends with it,
 * so V8 never falls back from the same compiled code again and again. Run under --trace-deopt,
 * each compiled version (an "opt id") of a function falls back at most once; code after such a
 * loop, in its function, fell back 10–26 times a browse session, once a key.
 */
test("the ranking's loops are not sent back to the interpreter at every call", () => {
  const run = spawnSync(process.execPath, ["--trace-deopt", "--import", "tsx", WORKLOAD], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const times = new Map<string, number>();
  for (const match of run.stdout.matchAll(/deoptimizing \S+ <JSFunction (\S*) [^>]*>, \S+ <Code \w+>, opt id (\d+)/g)) {
    const key = `${match[1]} (opt id ${match[2]})`;
    times.set(key, (times.get(key) ?? 0) + 1);
  }
  const repeated = [...times].filter(([, count]) => count > 2).map(([key, count]) => `${key}: ${count} times`);
  assert.deepEqual(repeated, []);
});
