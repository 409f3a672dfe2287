// Writing that fails: a full disk (/dev/full), a closed descriptor (>&-), an I/O error. One
// line on stderr where stderr still works, exit 2; a reader that goes away (EPIPE) stays quiet.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { runWithWriters } from "../../src/main.js";
import { standardWriters } from "../../src/stdio.js";
import { BIN, ROOT } from "../helpers.js";
import { failingDescriptors } from "./fuzz-helpers.js";

function shell(command: string) {
  const result = spawnSync("bash", ["--norc", "-c", command.replaceAll("unicef-kz", BIN)], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
  });
  return [result.status, result.stderr];
}

const FULL = "unicef-kz: cannot write to standard output (no space left on device)\n";
const CLOSED = "unicef-kz: cannot write to standard output (it is closed)\n";

test("standard output on a full disk: one line on stderr, exit 2, for output and for help", () => {
  for (const command of ["unicef-kz events > /dev/full", "unicef-kz --help > /dev/full", "unicef-kz -V > /dev/full"]) {
    assert.deepEqual(shell(command), [2, FULL], command);
  }
});

test("standard error on a full disk: nothing can be said, but the exit code is 2", () => {
  assert.deepEqual(shell("unicef-kz events --data nowhere.json 2>/dev/full"), [2, ""]);
  assert.deepEqual(shell("unicef-kz events > /dev/full 2>/dev/full"), [2, ""]);
});

test("standard output closed (>&-): one line on stderr, exit 2; /dev/null and no output are fine", () => {
  assert.deepEqual(shell("unicef-kz events >&-"), [2, CLOSED]);
  assert.deepEqual(shell("unicef-kz events > /dev/null"), [0, ""]);
  assert.deepEqual(shell("unicef-kz search bitcoin >&-"), [1, ""]);
  assert.deepEqual(shell("unicef-kz events | head -n 1 > /dev/null"), [0, ""]);
  // A program that throws all the output away gives every stream a read-write /dev/null: not closed.
  const ignored = spawnSync(BIN, ["events"], { stdio: "ignore" });
  assert.equal(ignored.status, 0);
  const python =
    "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode)";
  assert.equal(spawnSync("python3", ["-c", python, BIN, "events"]).status, 0);
});

async function runFailing(argv: string[], fd: number, code: string, after: number) {
  const { descriptors, written } = failingDescriptors(fd, code, after);
  const exit = await runWithWriters(
    { argv, env: { LANG: "C.UTF-8" }, stdoutIsTTY: false, columns: undefined, terminal: () => undefined },
    standardWriters(descriptors),
  );
  return { exit, stdout: written[1] ?? "", stderr: written[2] ?? "" };
}

test("a write that fails part way: the exit code is 2 and stderr says why, once", async () => {
  const io = await runFailing(["events"], 1, "EIO", 100);
  assert.deepEqual([io.exit, io.stderr], [2, "unicef-kz: cannot write to standard output (what the system says)\n"]);
  assert.equal(io.stdout.length, 100);
  const piped = await runFailing(["events"], 1, "EPIPE", 100);
  assert.deepEqual([piped.exit, piped.stderr], [0, ""]);
  const stderr = await runFailing(["show", "nowhere"], 2, "ENOSPC", 10);
  assert.deepEqual([stderr.exit, stderr.stderr], [2, "unicef-kz:"]);
});
