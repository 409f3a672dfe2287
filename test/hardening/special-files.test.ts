// --data given what is not a fact file: a device, a socket, a named pipe, a link loop, a name
// that is not UTF-8. Each is refused in one line that says what it is, or read as it can be.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { BIN, ROOT, run, SHIPPED_TEXT } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "unicef-kz-special-"));
const HOW = "give the path of a JSON fact file, or - and the facts on standard input";

test("a device (/dev/kmsg, /dev/zero: reading either waits or runs for ever) is refused at once", () => {
  for (const device of ["/dev/kmsg", "/dev/zero", "/dev/null"]) {
    const result = run(["events", "--data", device]);
    assert.deepEqual([result.status, result.stderr], [2, `unicef-kz: ${device}: is a device, not a file; ${HOW}\n`]);
  }
});

test("a socket is refused in one line", async () => {
  const path = join(dir, "socket");
  const server = createServer().listen(path);
  await once(server, "listening");
  const result = run(["validate", path]);
  server.close();
  assert.deepEqual([result.status, result.stderr], [2, `unicef-kz: ${path}: is a socket, not a file; ${HOW}\n`]);
});

test("a named pipe with no writer: on a terminal, it says it is waiting, then reads what comes", async () => {
  const fifo = join(dir, "pipe");
  spawnSync("mkfifo", [fifo]);
  const child = spawn("script", ["-qec", `${BIN} events --data ${fifo} --plain --year 2007`, "/dev/null"], {
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", TERM: "xterm-256color" },
  });
  let screen = "";
  child.stdout.on("data", (chunk) => {
    screen += chunk;
  });
  const deadline = Date.now() + 8000;
  while (!screen.includes("waiting for input")) {
    if (Date.now() > deadline) child.kill();
    assert.ok(Date.now() < deadline, `the notice never came: ${JSON.stringify(screen)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  writeFileSync(fifo, SHIPPED_TEXT);
  const [code] = await once(child, "exit");
  assert.equal(code, 0);
  assert.equal(
    screen.replaceAll("\r\n", "\n"),
    `unicef-kz: waiting for input on ${fifo}…\n2007\tmdg-plus-agenda\tGovernment of Kazakhstan commits to the "MDG plus" agenda\n`,
  );
});

test("search reads a named pipe whose writer comes later, as every command does", async () => {
  const fifo = join(dir, "search-pipe");
  spawnSync("mkfifo", [fifo]);
  const child = spawn(BIN, ["search", "polio", "--data", fifo, "--limit", "1"], {
    env: { PATH: process.env.PATH ?? "" },
  });
  let stdout = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  writeFileSync(fifo, SHIPPED_TEXT);
  // Should the pipe not be read again, the program waits for a writer that never comes.
  const guard = setTimeout(() => child.kill(), 8000);
  const [code] = await once(child, "exit");
  clearTimeout(guard);
  assert.deepEqual([code, stdout.split("\t")[1]], [0, "first-project-immunisation"]);
});

test("a pipe from the shell (--data <(…)) is read with no notice, on a terminal too", () => {
  const command = `${BIN} events --data <(cat ${ROOT}data/unicef-kz.json) --plain --year 2007`;
  const result = spawnSync("script", ["-qec", `bash -c '${command}'`, "/dev/null"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
  });
  assert.equal(
    result.stdout.replaceAll("\r\n", "\n"),
    '2007\tmdg-plus-agenda\tGovernment of Kazakhstan commits to the "MDG plus" agenda\n',
  );
});

test("system errors are said in words: a link to itself, not ELOOP", () => {
  const loop = join(dir, "loop");
  symlinkSync(loop, loop);
  const result = run(["events", "--data", loop]);
  assert.deepEqual(
    [result.status, result.stderr],
    [
      2,
      `unicef-kz: ${loop}: cannot read it (too many symbolic links encountered); check the path given with --data or UNICEF_KZ_DATA\n`,
    ],
  );
});

test("a file whose name is not UTF-8 is not said to be missing: the message says why, and how to read it", () => {
  const result = spawnSync(
    "bash",
    ["--norc", "-c", `cd ${dir} && touch $'caf\\xe9.json' && ${BIN} events --data caf*`],
    {
      encoding: "utf8",
    },
  );
  assert.equal(result.status, 2);
  assert.equal(
    result.stderr,
    "unicef-kz: caf\ufffd.json: cannot open a file whose name is not valid UTF-8; rename it, or give it on standard input: --data - < FILE\n",
  );
});
