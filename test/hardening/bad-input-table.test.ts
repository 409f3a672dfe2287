import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { BIN, ROOT } from "../helpers.js";

const errorsDoc = readFileSync(`${ROOT}docs/errors.md`, "utf8");
// Every row of every table in docs/errors.md is a case.
const section = errorsDoc;

/** A table cell as written: a code span (`x` or `` x ``) or "(nothing)"; \| is a bar. */
function cellText(cell: string): string {
  const text = cell.trim().replaceAll("\\|", "|");
  if (text === "(nothing)") return "";
  const fence = text.startsWith("``") ? 2 : 1;
  return text.slice(fence, -fence).trim();
}

const rows = section
  .split("\n")
  .filter((line) => line.startsWith("| ") && !line.startsWith("| Input") && !line.startsWith("| ---"))
  .map((line) =>
    line
      .slice(2, -2)
      .split(/ +\| +(?=`|\d|\()/)
      .map((cell) => cell.trim()),
  );

test("docs/errors.md's bad-input table has its rows", () => {
  assert.ok(rows.length >= 25, `${rows.length} rows`);
});

for (const [input = "", command = "", exit = "", message = ""] of rows) {
  test(`bad input: ${input} → exit ${exit}, as docs/errors.md says`, () => {
    const shell = cellText(command).replace(/(^|[\s|])unicef-kz(?=\s|$)/g, `$1${BIN}`);
    const result = spawnSync("bash", ["--norc", "-c", `set -o pipefail; ${shell}`], {
      stdio: ["ignore", "pipe", "pipe"],
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
    });
    assert.equal(result.status, Number(exit), result.stderr);
    assert.equal(result.stderr.trimEnd(), cellText(message));
  });
}

test("Ctrl-C (SIGINT) while it waits for input ends it at once, quietly (130 in the shell)", async () => {
  const child = spawn(BIN, ["validate", "-"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  setTimeout(() => child.kill("SIGINT"), 500);
  const [code, signal] = await once(child, "exit");
  // Ended by the signal, which a shell reports as 128 + 2 = 130.
  assert.deepEqual([code, signal], [null, "SIGINT"]);
  assert.equal(stderr, "");
});
