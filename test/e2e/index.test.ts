// Saved indexes as a user meets them: `index`, every command through an index, and a cache that
// is shared, read-only, full, or in the way.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { after, type TestContext, test } from "node:test";
import { indexPath } from "../../src/index/cache.js";
import { BIN, ROOT, run } from "../helpers.js";
import { indexFiles, mixedFile, onlyIndex, scratch, settled, writeJson } from "../index/helpers.js";

const { dir, remove } = scratch("index-e2e");
after(remove);
const path = writeJson(join(dir, "mixed.json"), mixedFile(300, 3));

let caches = 0;
/** A cache directory of its own, not made yet. */
function newCache(): string {
  caches += 1;
  return join(dir, `cache-${caches}`);
}

const inCache = (cache: string, args: string[], env: Record<string, string> = {}) =>
  run(args, { env: { UNICEF_KZ_CACHE_DIR: cache, ...env } });
const withoutCache = (args: string[]) => run(["--no-cache", ...args]);

test("index saves a file's index and says where and how large; --clear removes them", () => {
  const cache = newCache();
  const made = inCache(cache, ["index", path]);
  assert.equal(made.stderr, "");
  assert.equal(made.status, 0);
  const saved = onlyIndex(cache);
  const size = (statSync(saved).size / 1024 / 1024).toFixed(1);
  assert.match(made.stdout, /^indexed .*mixed\.json \(320 facts, [\d,]+ words\): /);
  assert.ok(made.stdout.endsWith(`: ${saved}, ${size} MB\n`), made.stdout);
  assert.equal(inCache(cache, ["--data", path, "index"]).status, 0, "the --data file by default");
  writeFileSync(join(cache, "notes.txt"), "not an index");
  const other = writeJson(join(dir, "other.json"), mixedFile(20, 4));
  inCache(cache, ["index", other]);
  assert.equal(indexFiles(cache).length, 2);
  const one = inCache(cache, ["index", "--clear", other]);
  assert.match(one.stdout, new RegExp(`^removed 1 index \\(\\d+\\.\\d MB\\) from ${cache}\\n$`));
  assert.deepEqual(indexFiles(cache), [saved.slice(cache.length + 1)]);
  // A directory under an index's name is none: left alone, not counted, no failure.
  const directory = "d.json-0123456789abcdef0123456789abcded.ukzi";
  mkdirSync(join(cache, directory));
  const all = inCache(cache, ["index", "--clear"]);
  assert.deepEqual([all.status, all.stderr], [0, ""]);
  assert.match(all.stdout, /^removed 1 index /);
  assert.deepEqual(readdirSync(cache).sort(), [directory, "notes.txt"], "only index files are removed");
  rmdirSync(join(cache, directory));
  assert.equal(inCache(cache, ["index", "--clear"]).stdout, `removed 0 indexes (0.0 MB) from ${cache}\n`);
});

test("saving an index removes those of fact files that are gone, and files in an index's name that are none", () => {
  const cache = newCache();
  const gone = [1, 2].map((n) => writeJson(join(dir, `temporary-${n}.json`), mixedFile(20, n)));
  for (const file of gone) inCache(cache, ["index", file]);
  const kept = writeJson(join(dir, "kept.json"), mixedFile(20, 5));
  inCache(cache, ["index", kept]);
  const keptIndex = onlyIndexOf(cache, "kept.json");
  writeFileSync(join(cache, "junk.json-0123456789abcdef0123456789abcdef.ukzi"), "no index");
  writeFileSync(join(cache, "notes.txt"), "not ours");
  for (const file of gone) rmSync(file);
  assert.equal(indexFiles(cache).length, 4);
  inCache(cache, ["index", path]);
  assert.deepEqual(indexFiles(cache).sort(), [keptIndex, onlyIndexOf(cache, "mixed.json")].sort());
  assert.ok(existsSync(join(cache, "notes.txt")), "only index files are removed");
});

/** The name of the one index in the cache of the fact file named `name`. */
function onlyIndexOf(cache: string, name: string): string {
  const found = indexFiles(cache).filter((file) => file.startsWith(`${name}-`));
  assert.equal(found.length, 1, `${name}: ${found.join(", ")}`);
  return found[0] ?? "";
}

test("index files left by a writer that was stopped are removed when an index is saved; a live writer's are not", () => {
  const cache = newCache();
  inCache(cache, ["index", path]);
  const saved = onlyIndex(cache);
  // No process has pid 2^22 + 1 (Linux's largest is 2^22); this one is running.
  const dead = `${saved}.${2 ** 22 + 1}-0a1b2c3d.tmp`;
  const live = `${saved}.${process.pid}-0a1b2c3d.tmp`;
  writeFileSync(dead, "half an index");
  writeFileSync(live, "an index being written");
  const other = writeJson(join(dir, "other-for-tmp.json"), mixedFile(20, 6));
  inCache(cache, ["index", other]);
  assert.equal(existsSync(dead), false, "the stopped writer's file is removed");
  assert.equal(existsSync(live), true, "the running writer's is kept");
  // --clear counts indexes, not their temporary files, and removes both.
  assert.match(inCache(cache, ["index", "--clear"]).stdout, /^removed 2 indexes \(/);
  assert.deepEqual(readdirSync(cache), []);
});

/**
 * Runs `body` with a tmpfs mounted (with `options`) as a cache directory, then unmounts it; skipped
 * unless run as root, where mounting is the way to a file system that refuses writes (modes do not).
 */
function withMount(t: TestContext, options: string, body: (mount: string) => void): void {
  if (process.getuid?.() !== 0) return void t.skip("modes are enough for anyone else");
  const mount = newCache();
  mkdirSync(mount);
  if (spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", mount]).status !== 0) {
    return void t.skip("cannot mount a file system here");
  }
  try {
    body(mount);
  } finally {
    spawnSync("umount", [mount]);
  }
}

test("index --clear that cannot remove the indexes says so, and exits 2 (run as root: a read-only mount)", (t) => {
  withMount(t, "size=4m", (mount) => {
    inCache(mount, ["index", path]);
    onlyIndex(mount);
    assert.equal(spawnSync("mount", ["-o", "remount,ro", mount]).status, 0);
    const { stdout, stderr, status } = inCache(mount, ["index", "--clear"]);
    assert.deepEqual({ stdout, status }, { stdout: "", status: 2 });
    assert.equal(
      stderr,
      `unicef-kz: removed 0 indexes (0.0 MB) from ${mount}; could not remove 1 file (EROFS): the directory is read-only or not yours; remove them as their owner\n`,
    );
    onlyIndex(mount);
  });
});

test("index is in --help and in completion", () => {
  assert.match(run(["--help"]).stdout, /^ {2}index \[options\] \[file\] +save a fact file's search index now/m);
  const bash = run(["completion", "bash"]).stdout;
  assert.match(
    bash,
    /"search ask browse list events programs agreements show timeline validate schema index completion help"/,
  );
  assert.match(bash, /^ {4}index\) opts="--clear" ;;$/m);
  assert.match(bash, /compgen -W "\$opts --data --lang --no-color --no-pager --no-cache --help"/);
  assert.match(run(["completion", "fish"]).stdout, /__fish_seen_subcommand_from index' -l clear/);
});

test("index refuses what it cannot index, with one line and exit 2", () => {
  const cache = newCache();
  const cases: [string[], Record<string, string>, string][] = [
    [
      ["--no-cache", "index", path],
      {},
      "saved indexes are off (--no-cache or UNICEF_KZ_CACHE=0); turn them on to use `index`",
    ],
    [
      ["index", path],
      { UNICEF_KZ_CACHE: "0" },
      "saved indexes are off (--no-cache or UNICEF_KZ_CACHE=0); turn them on to use `index`",
    ],
    [["index", "-"], {}, "standard input cannot be indexed; save it to a file first"],
    [["index"], {}, "the shipped facts are indexed by the build; give a --data file"],
    [
      ["index", join(dir, "missing.json")],
      {},
      `${join(dir, "missing.json")}: no such file; give the path of a JSON fact file to index`,
    ],
    [
      ["index", dir],
      {},
      `${dir}: is not a file (a pipe, a device or a directory); only a file can be indexed: save the facts to one first`,
    ],
    [
      ["index", "--clear", join(dir, "missing.json")],
      {},
      `${join(dir, "missing.json")}: no such file; give the fact file whose index to remove`,
    ],
    [
      ["index", `${ROOT}test/fixtures/bad/broken-link.json`],
      {},
      `${ROOT}test/fixtures/bad/broken-link.json: facts[0].related[0]: links to "nowhere", but no fact has that id`,
    ],
  ];
  for (const [args, env, message] of cases) {
    const result = inCache(cache, args, env);
    assert.deepEqual([result.status, result.stderr, result.stdout], [2, `unicef-kz: ${message}\n`, ""], args.join(" "));
  }
  assert.deepEqual(existsSync(cache) ? readdirSync(cache) : [], [], "nothing saved");
  // A word too long to index (build.ts's MAX_INDEXED_WORD): the file is searched as it is read.
  const longWord = writeJson(join(dir, "long-word.json"), {
    ...mixedFile(10, 1),
    facts: mixedFile(10, 1).facts.map((fact, at) =>
      at === 0 ? { ...fact, title: { ...fact.title, en: `a ${"ж".repeat(1001)} b` } } : fact,
    ),
  });
  const firstId = mixedFile(10, 1).facts[0]?.id;
  const refused = inCache(cache, ["index", longWord]);
  assert.deepEqual(
    [refused.status, refused.stderr, refused.stdout],
    [
      2,
      `unicef-kz: ${longWord}: a word of 1,001 characters (in ${firstId}) is too long to index; it is searched as it is read, without an index\n`,
      "",
    ],
  );
  assert.deepEqual(
    inCache(cache, ["search", "ж", "--data", longWord, "--json"]),
    withoutCache(["search", "ж", "--data", longWord, "--json"]),
  );
  settled(cache);
  assert.deepEqual(existsSync(cache) ? readdirSync(cache) : [], [], "nothing saved");
  // A directory in the index's place is named.
  const inTheWay = indexPath(cache, realpathSync(path));
  mkdirSync(inTheWay, { recursive: true });
  const blocked = inCache(cache, ["index", path], {});
  assert.deepEqual(
    [blocked.status, blocked.stderr, blocked.stdout],
    [
      2,
      `unicef-kz: cannot save the index as ${inTheWay} (EISDIR: a directory is where the index should be); set UNICEF_KZ_CACHE_DIR to a directory you can write, or search with --no-cache\n`,
      "",
    ],
  );
  rmSync(inTheWay, { recursive: true });
  // A file where the cache directory should be.
  const fileInTheWay = join(dir, "cache-is-a-file");
  writeFileSync(fileInTheWay, "");
  const notADirectory = inCache(join(fileInTheWay, "cache"), ["index", path], {});
  assert.match(notADirectory.stderr, /\(ENOTDIR: a file is where a directory should be\); set UNICEF_KZ_CACHE_DIR to /);
  assert.equal(notADirectory.status, 2);
});

test("every command prints through an index exactly what it prints without one", () => {
  const cache = newCache();
  const commands = [
    ["search", "полиомиелит"],
    ["search", "memorandun", "--json"],
    ["search", "меморандум", "--kind", "agreement", "--table"],
    ["search", "дети", "--from", "2000", "--to", "2010", "--limit", "3", "--ndjson"],
    ["show", "first-mission"],
    ["show", "memorandum-child-rights", "--json"],
    ["show", "fact-12", "--table"],
    ["show", "memorandum-signd"],
    ["events"],
    ["events", "--year", "1994", "--table"],
    ["events", "--from", "2000", "--to", "2014", "--json"],
    ["timeline", "--from", "2000"],
    ["timeline"],
    ["agreements"],
    ["agreements", "--json"],
    ["programs", "--table"],
  ];
  inCache(cache, ["search", "полиомиелит", "--data", path]);
  settled(cache);
  onlyIndex(cache);
  for (const command of commands) {
    const expected = withoutCache([...command, "--data", path]);
    const indexed = inCache(cache, [...command, "--data", path], { COLUMNS: "100" });
    assert.deepEqual(indexed, { ...expected }, command.join(" "));
  }
});

test("a file over the UNICEF_KZ_MAX_* limits is refused through its index as without it", () => {
  const cache = newCache();
  inCache(cache, ["index", path]);
  const limits = [
    ["UNICEF_KZ_MAX_FACTS", "5", /too many facts: the limit is 5 facts; raise it with UNICEF_KZ_MAX_FACTS=/],
    ["UNICEF_KZ_MAX_BYTES", "1000", /bytes is too large: .*UNICEF_KZ_MAX_BYTES=/],
    ["UNICEF_KZ_MAX_DEPTH", "2", /UNICEF_KZ_MAX_DEPTH=/],
  ] as const;
  for (const [variable, value, message] of limits) {
    for (const command of [["search", "полиомиелит"], ["show", "first-mission"], ["events"], ["agreements"]]) {
      const args = [...command, "--data", path];
      const env = { [variable]: value };
      const expected = run(["--no-cache", ...args], { env });
      assert.equal(expected.status, 2, `${variable} ${command.join(" ")}`);
      assert.match(expected.stderr, message);
      assert.deepEqual(inCache(cache, args, env), expected, `${variable} ${command.join(" ")}`);
    }
  }
  // Within them, as before; the index was neither removed nor made again.
  const saved = onlyIndex(cache);
  const made = statSync(saved).mtimeMs;
  const args = ["search", "полиомиелит", "--data", path];
  assert.deepEqual(inCache(cache, args, { UNICEF_KZ_MAX_FACTS: "320" }), withoutCache(args));
  assert.equal(statSync(onlyIndex(cache)).mtimeMs, made);
});

test("--no-cache and UNICEF_KZ_CACHE=0 neither read nor write an index; the cache is where XDG and HOME say", () => {
  const cache = newCache();
  const searched = (env: Record<string, string>, ...options: string[]) =>
    inCache(cache, [...options, "search", "полиомиелит", "--data", path], env);
  assert.equal(searched({}, "--no-cache").status, 0);
  assert.equal(searched({ UNICEF_KZ_CACHE: "0" }).status, 0);
  assert.ok(!existsSync(cache));
  const home = join(dir, "home");
  mkdirSync(home);
  run(["search", "полиомиелит", "--data", path], { env: { HOME: home, UNICEF_KZ_CACHE_DIR: "" } });
  settled(join(home, ".cache", "unicef-kz"));
  assert.equal(indexFiles(join(home, ".cache", "unicef-kz")).length, 1);
  const xdg = join(dir, "xdg");
  run(["search", "полиомиелит", "--data", path], { env: { HOME: home, XDG_CACHE_HOME: xdg, UNICEF_KZ_CACHE_DIR: "" } });
  settled(join(xdg, "unicef-kz"));
  assert.equal(indexFiles(join(xdg, "unicef-kz")).length, 1);
  const relative = run(["search", "полиомиелит", "--data", path], {
    env: { HOME: home, XDG_CACHE_HOME: "relative", UNICEF_KZ_CACHE_DIR: "" },
  });
  assert.equal(relative.status, 0);
  assert.ok(!existsSync(join(ROOT, "relative")), "a relative XDG_CACHE_HOME is ignored, as the spec says");
  // A relative HOME would put a cache wherever a command is run: none then, and the same answer.
  const relativeHome = run(["search", "полиомиелит", "--data", path], {
    env: { HOME: "relhome", UNICEF_KZ_CACHE_DIR: "" },
  });
  assert.deepEqual(relativeHome, withoutCache(["search", "полиомиелит", "--data", path]));
  assert.ok(!existsSync(join(ROOT, "relhome")), "no cache under a relative HOME");
});

test("searches and builds of the same index at once all answer, and leave one whole index", async () => {
  const cache = newCache();
  const expected = withoutCache(["search", "дети", "--data", path, "--json"]).stdout;
  const searches = [1, 2].map(() => spawned(cache, ["search", "дети", "--data", path, "--json"]));
  const builds = [1, 2].map(() => spawned(cache, ["index", path]));
  for (const result of await Promise.all(searches))
    assert.deepEqual(result, { status: 0, stdout: expected, stderr: "" });
  for (const result of await Promise.all(builds)) assert.equal(result.status, 0, result.stderr);
  settled(cache);
  const saved = onlyIndex(cache);
  assert.deepEqual(readdirSync(cache), [saved.slice(cache.length + 1)], "no temporary file left");
  const before = statSync(saved, { bigint: true }).mtimeNs;
  assert.equal(inCache(cache, ["search", "дети", "--data", path, "--json"]).stdout, expected);
  assert.equal(statSync(saved, { bigint: true }).mtimeNs, before, "whole: used, not made again");
});

test("searches while an index is written see the old one or the new one, never half of one", async () => {
  const cache = newCache();
  const big = writeJson(join(dir, "big.json"), mixedFile(4000, 9));
  const expected = withoutCache(["search", "полиомиелит", "--data", big]).stdout;
  inCache(cache, ["index", big]);
  const writing = spawned(cache, ["index", big]);
  let searches = 0;
  let done = false;
  void writing.then(() => {
    done = true;
  });
  while (!done || searches < 3) {
    const result = inCache(cache, ["search", "полиомиелит", "--data", big]);
    assert.deepEqual([result.status, result.stdout, result.stderr], [0, expected, ""]);
    searches += 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.equal((await writing).status, 0);
});

test("a file written while it is searched without an index: every fact shown holds the word, or the search says so", async () => {
  const big = writeJson(join(dir, "rewritten.json"), mixedFile(4000, 9));
  const text = readFileSync(big);
  const word = Buffer.from("полиомиелит");
  const places: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) places.push(at);
  assert.ok(places.length > 20, `${places.length} places`);
  // Another process writes the word over with letters of as many bytes and back, in place, every 50 ms.
  const writer = spawn(process.execPath, [
    "-e",
    `const fs = require("fs"); const fd = fs.openSync(${JSON.stringify(big)}, "r+");
     const places = ${JSON.stringify(places)}; const words = [Buffer.from("ъъъъъъъъъъъ"), Buffer.from("полиомиелит")];
     let turn = 0; const end = Date.now() + 4000;
     const write = () => { for (const at of places) fs.writeSync(fd, words[turn % 2], 0, words[0].length, at); turn += 1;
       if (Date.now() < end) setTimeout(write, 50); else fs.closeSync(fd); };
     write();`,
  ]);
  const ended = new Promise((resolve) => writer.on("close", resolve));
  let searched = 0;
  for (let done = false; !done; searched += 1) {
    void ended.then(() => {
      done = true;
    });
    const result = await spawned(newCache(), ["--no-cache", "search", "полиомиелит", "--data", big, "--json"]);
    if (result.status === 2) {
      assert.equal(
        result.stderr,
        `unicef-kz: ${big}: changed while it was searched; search again once it is written\n`,
      );
      continue;
    }
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    for (const hit of JSON.parse(result.stdout) as unknown[])
      assert.ok(
        JSON.stringify(hit).toLowerCase().includes("полиомиелит"),
        `shown without the word: ${JSON.stringify(hit).slice(0, 200)}`,
      );
  }
  assert.ok(searched >= 3, `${searched} searches`);
});

test("a cache that cannot be written means no index and the same answer, without a word", () => {
  const expected = withoutCache(["search", "дети", "--data", path]);
  const blocker = join(dir, "a-file");
  writeFileSync(blocker, "");
  const places = [join(blocker, "cache"), blocker, "/proc/unicef-kz-cache"];
  if (process.getuid?.() !== 0) {
    const readOnly = newCache();
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    places.push(readOnly);
  }
  for (const place of places) {
    assert.deepEqual(inCache(place, ["search", "дети", "--data", path]), expected, place);
  }
  // A full disk: writes past 32 KB fail (EFBIG), as they would with no space left.
  const full = newCache();
  const limited = spawnSync(
    "sh",
    ["-c", `ulimit -f 64; trap '' XFSZ; exec "$0" "$@"`, BIN, "search", "дети", "--data", path],
    { encoding: "utf8", env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", UNICEF_KZ_CACHE_DIR: full } },
  );
  assert.deepEqual({ stdout: limited.stdout, stderr: limited.stderr, status: limited.status }, expected);
  settled(full);
  assert.deepEqual(readdirSync(full), [], "nothing half written is left");
});

test("a read-only file system means no index and the same answer (run as root, where modes do not stop writes)", (t) => {
  withMount(t, "ro,size=1m", (mount) => {
    assert.deepEqual(
      inCache(mount, ["search", "дети", "--data", path]),
      withoutCache(["search", "дети", "--data", path]),
    );
  });
});

/** Runs bin/unicef-kz in the background, with its own cache; resolves when it ends. */
function spawned(cache: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(BIN, args, {
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", UNICEF_KZ_CACHE_DIR: cache },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

test("indexes are read through, not trusted: a foreign file at the index's place is replaced", () => {
  const cache = newCache();
  inCache(cache, ["index", path]);
  const saved = onlyIndex(cache);
  writeFileSync(saved, readFileSync(path));
  const expected = withoutCache(["search", "полиомиелит", "--data", path]);
  assert.deepEqual(inCache(cache, ["search", "полиомиелит", "--data", path]), expected);
  settled(cache);
  assert.notDeepEqual(readFileSync(saved), readFileSync(path));
});

test("the first search answers as without an index and leaves it to a process of its own, one at a time", () => {
  const cache = newCache();
  const expected = withoutCache(["search", "полиомиелит", "--data", path]);
  assert.deepEqual(inCache(cache, ["search", "полиомиелит", "--data", path]), expected);
  settled(cache);
  const saved = onlyIndex(cache);
  assert.deepEqual(readdirSync(cache), [saved.slice(cache.length + 1)], "no lock or temporary file left");
  const lock = `${saved}.lock`;
  const searchWithLock = (holder: number) => {
    inCache(cache, ["index", "--clear"]);
    writeFileSync(lock, String(holder));
    return inCache(cache, ["search", "полиомиелит", "--data", path]);
  };
  // A build under way (a live process holds the lock): no other is started.
  assert.deepEqual(searchWithLock(process.pid), expected);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  assert.deepEqual(
    readdirSync(cache),
    [lock.slice(cache.length + 1)],
    "no index made while another build holds the lock",
  );
  // A build that ended without removing its lock does not hold it.
  const ended = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim();
  assert.deepEqual(searchWithLock(Number(ended)), expected);
  settled(cache);
  assert.deepEqual(readdirSync(cache), [saved.slice(cache.length + 1)], "made, and the lock gone");
  assert.match(inCache(cache, ["index", "--clear"]).stdout, /^removed 1 index /);
});

test("whatever is in the lock's or the index's place, a search answers: a directory, an hour-old lock, a named pipe", () => {
  const cache = newCache();
  inCache(cache, ["index", path]);
  const saved = onlyIndex(cache);
  const lock = `${saved}.lock`;
  const expected = withoutCache(["search", "полиомиелит", "--data", path]);
  const search = () => inCache(cache, ["search", "полиомиелит", "--data", path]);
  const hoursAgo = (file: string, hours: number) => {
    const then = new Date(Date.now() - hours * 3_600_000);
    utimesSync(file, then, then);
  };
  inCache(cache, ["index", "--clear"]);
  // A directory where the lock goes, too old to be a build's: it cannot be taken over, and no index is made.
  mkdirSync(lock);
  hoursAgo(lock, 2);
  assert.deepEqual(search(), expected);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  assert.deepEqual(readdirSync(cache), [lock.slice(cache.length + 1)]);
  rmdirSync(lock);
  // A lock an hour old whose process id has come to another process (this one): taken over.
  writeFileSync(lock, String(process.pid));
  hoursAgo(lock, 2);
  assert.deepEqual(search(), expected);
  settled(cache);
  assert.deepEqual(readdirSync(cache), [saved.slice(cache.length + 1)]);
  // A named pipe in the index's place: passed over at once (opening it would wait for a writer).
  inCache(cache, ["index", "--clear"]);
  assert.equal(spawnSync("mkfifo", [saved]).status, 0);
  writeFileSync(lock, String(process.pid)); // no build: the pipe stays
  const piped = spawnSync(BIN, ["search", "полиомиелит", "--data", path], {
    encoding: "utf8",
    timeout: 20_000,
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", UNICEF_KZ_CACHE_DIR: cache },
  });
  assert.deepEqual({ stdout: piped.stdout, stderr: piped.stderr, status: piped.status }, expected);
  rmSync(lock);
  rmSync(saved);
  // A named pipe in the lock's place: not waited on (reading it would wait for a writer), by a search or by index.
  assert.equal(spawnSync("mkfifo", [lock]).status, 0);
  const withoutWaiting = (args: string[]) =>
    spawnSync(BIN, args, {
      encoding: "utf8",
      timeout: 20_000,
      env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", UNICEF_KZ_CACHE_DIR: cache },
    });
  const pipedLock = withoutWaiting(["search", "полиомиелит", "--data", path]);
  assert.deepEqual({ stdout: pipedLock.stdout, stderr: pipedLock.stderr, status: pipedLock.status }, expected);
  const indexed = withoutWaiting(["index", path]);
  assert.deepEqual([indexed.status, indexed.stderr], [0, ""]);
  rmSync(lock);
});
