// Issue #18's smaller points: the timeline's axis, duplicate keys, a damaged build.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { FactBook } from "../../src/facts/factbook.js";
import { loadFactText } from "../../src/facts/load.js";
import { timeline } from "../../src/facts/query.js";
import { createContext } from "../../src/render/context.js";
import { renderTimeline } from "../../src/render/timeline.js";
import { ROOT, run, SHIPPED_TEXT, shippedBook } from "../helpers.js";

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

test("a damaged dist/shipped-index.json is not read: search builds its own index and finds the same", () => {
  // A copy of the installed tool, so that damaging it leaves the one other tests run alone.
  const copy = mkdtempSync(join(tmpdir(), "unicef-kz-install-"));
  for (const folder of ["bin", "dist", "data"]) cpSync(join(ROOT, folder), join(copy, folder), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  const index = join(copy, "dist", "shipped-index.json");
  const whole = readFileSync(index, "utf8");
  const search = () => spawnSync(join(copy, "bin", "unicef-kz"), ["search", "полиомиелит"], { encoding: "utf8" });
  const expected = search();
  assert.equal(expected.stdout.split("\n")[0]?.split("\t")[1], "first-project-immunisation");
  for (const damaged of ["{", "", "{}", '{"scanned": {"terms": []}}', whole.slice(0, 1000), whole.replace("1", "2")]) {
    writeFileSync(index, damaged);
    const result = search();
    assert.deepEqual([result.status, result.stderr, result.stdout], [0, "", expected.stdout], damaged.slice(0, 30));
  }
});
