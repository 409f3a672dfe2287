// Issue #18's smaller points: the timeline's axis, duplicate keys, a damaged build.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { FactBook } from "../../src/facts/factbook.js";
import { limitsFrom } from "../../src/facts/limits.js";
import { loadFactText } from "../../src/facts/load.js";
import { timeline } from "../../src/facts/query.js";
import { createContext } from "../../src/render/context.js";
import { renderTimeline } from "../../src/render/timeline.js";
import { savedSearchIndex } from "../../src/search/engine.js";
import { BIN, ROOT, run, SHIPPED_TEXT, shippedBook } from "../helpers.js";

const require = createRequire(import.meta.url);

test("the timeline's axis fits the width: dates 0000 and 9999 take one column for many years", () => {
  const [first] = shippedBook().facts;
  assert.ok(first?.kind === "event");
  const book = new FactBook(
    [
      { ...first, id: "year-0", date: "0000", related: [] },
      { ...first, id: "year-9999", date: "9999", related: [] },
    ],
    "wide.json",
  );
  const [axis, labels] = renderTimeline(timeline(book), book, createContext({ width: 80 })).split("\n");
  assert.equal(axis, `●${"·".repeat(74)}●`);
  assert.equal(labels, "0000   1000    2000   3000    4000   5000    6000    7000   8000    9000   9999");
  const [narrowAxis, narrowLabels] = renderTimeline(timeline(book), book, createContext({ width: 20 })).split("\n");
  assert.deepEqual([narrowAxis, narrowLabels], [`●${"·".repeat(14)}●`, "0000    5000   9999"]);
});

test("a key given twice in a fact is a problem, however the file is read", () => {
  const text = SHIPPED_TEXT.replace('"kind": "event",', '"kind": "agreement", "kind": "event",');
  const path = join(mkdtempSync(join(tmpdir(), "unicef-kz-keys-")), "twice.json");
  writeFileSync(path, text);
  const problem = "facts[0].kind: the key is given twice; give each key once";
  for (const [args, input, name] of [
    [["events", "--data", path], "", path],
    [["search", "polio", "--data", path], "", path],
    [["events", "--data", "-"], text, "(standard input)"],
    // An escaped key is read whole, not in batches.
    [["events", "--data", "-"], text.replace('"facts"', '"fac\\u0074s"'), "(standard input)"],
  ] as const) {
    const result = run([...args], { input });
    assert.deepEqual([result.status, result.stderr], [2, `unicef-kz: ${name}: ${problem}\n`], args.join(" "));
  }
  assert.throws(() => loadFactText(text, "twice.json"), { message: `twice.json: ${problem}` });
});

test("the build writes the shipped book into the bundle: the text that passed and the index made from it", () => {
  const { loadShippedBook } = require(join(ROOT, "bin", "load-bundle.cjs")).loadBundle({ withCache: false }).bundle;
  const loaded = loadShippedBook(limitsFrom({}));
  assert.ok(loaded, "the bundle holds the shipped book");
  assert.deepEqual(loaded.book.facts, shippedBook().facts);
  assert.deepEqual(loaded.savedIndex(), savedSearchIndex(shippedBook()));
  // Nothing else in dist/ holds it, for a start to read.
  assert.deepEqual(readdirSync(join(ROOT, "dist")).sort(), ["cli.cache", "cli.cjs", "unicef-kz.1"]);
});

test("a start of the bench's commands compiles nothing: the code cache holds it all, and nothing runs hot enough for V8 to optimise", () => {
  // V8's peak of memory it allocated itself (not objects): parsing a function the cache lacks, or
  // optimising one, takes hundreds of KB to megabytes of it (a rejected cache: 2.6 MB; ask trying
  // every word against every noun letter by letter: 1.1 MB); Node's own start takes about 0.1 MB.
  const dir = mkdtempSync(join(tmpdir(), "unicef-kz-peak-"));
  const preload = join(dir, "peak.cjs");
  writeFileSync(
    preload,
    'process.on("exit", () => process.stderr.write(String(require("node:v8").getHeapStatistics().peak_malloced_memory)));',
  );
  for (const args of [
    ["search", "полиомиелит"],
    ["ask", "когда", "подписали", "меморандум"],
    ["events", "--json"],
  ]) {
    const result = spawnSync(process.execPath, ["-r", preload, BIN, ...args], { encoding: "utf8" });
    assert.equal(result.status, 0, args.join(" "));
    const peak = Number(result.stderr.trim());
    assert.ok(peak > 0 && peak < 512 * 1024, `${args.join(" ")}: ${peak} bytes`);
  }
  rmSync(dir, { recursive: true });
});

test("a code cache cut short, emptied or from another build is refused: the bundle is compiled and answers the same", () => {
  // A copy of the installed tool, so that damaging it leaves the one other tests run alone.
  const copy = mkdtempSync(join(tmpdir(), "unicef-kz-install-"));
  for (const folder of ["bin", "dist", "data"]) cpSync(join(ROOT, folder), join(copy, folder), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  const cache = join(copy, "dist", "cli.cache");
  const whole = readFileSync(cache);
  const search = () => spawnSync(join(copy, "bin", "unicef-kz"), ["search", "полиомиелит"], { encoding: "utf8" });
  const expected = search();
  assert.equal(expected.stdout.split("\n")[0]?.split("\t")[1], "first-project-immunisation");
  // V8 checks a cache's length, its version and its source's length; it does not check the bytes
  // within one (only a debug build of V8 does), so a cache damaged within is not tried here.
  const otherSource = Buffer.from(whole);
  otherSource.writeUInt32LE(otherSource.readUInt32LE(8) + 1, 8);
  for (const damaged of [Buffer.alloc(0), whole.subarray(0, 100), whole.subarray(0, whole.length - 1), otherSource]) {
    writeFileSync(cache, damaged);
    const result = search();
    assert.deepEqual(
      [result.status, result.stderr, result.stdout],
      [0, "", expected.stdout],
      `${damaged.length} bytes`,
    );
  }
  rmSync(copy, { recursive: true });
});
