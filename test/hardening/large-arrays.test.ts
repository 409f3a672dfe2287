// Arrays of data size (a hundred thousand items and more) where a fact has a few: every command
// answers or refuses in one line. A spread of such an array into a call (push(...items),
// Math.min(...years)) passes each item on the stack and overflowed it.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { DataError } from "../../src/errors.js";
import { loadFactText } from "../../src/facts/load.js";
import { run, shippedJson } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "unicef-kz-large-"));

/** The shipped file changed by `mutate`, as text and as a file on disk. */
function fileWith(name: string, mutate: (file: ReturnType<typeof shippedJson>) => void) {
  const file = shippedJson();
  mutate(file);
  const text = JSON.stringify(file);
  const path = join(dir, name);
  writeFileSync(path, text);
  return { text, path };
}

const manyTags = fileWith("tags.json", (file) => {
  file.facts[0].tags = Array.from({ length: 126_000 }, (_, index) => index);
});
const agreement = shippedJson().facts.findIndex((fact: { kind: string }) => fact.kind === "agreement");
const manyMilestones = fileWith("milestones.json", (file) => {
  file.facts[agreement].milestones = Array.from({ length: 150_000 }, () => ({ stage: "signed", event: "nowhere" }));
});
/** 130,000 dated events, each on its own, as a large timeline has. */
const manyEvents = fileWith("events.json", (file) => {
  const [first] = file.facts;
  for (let index = 0; index < 130_000; index += 1)
    file.facts.push({ ...first, id: `event-${index}`, date: String(1900 + (index % 120)), related: [] });
});

function refusal(text: string): string {
  try {
    loadFactText(text, "big.json");
  } catch (error) {
    assert.ok(error instanceof DataError, String(error));
    return error.message;
  }
  assert.fail("the file was accepted");
}

test("a fact with 126,000 numbers for tags is refused with its first problem", () => {
  assert.equal(refusal(manyTags.text), "big.json: facts[0].tags[0]: expected a string, got 0");
});

test("an agreement with 150,000 broken milestones is refused with its first problem", () => {
  assert.equal(
    refusal(manyMilestones.text),
    `big.json: facts[${agreement}].milestones[0].event: links to "nowhere", but no fact has that id`,
  );
});

test("events, validate, search and --data - refuse 126,000 numbers for tags in one line", () => {
  const problem = "facts[0].tags[0]: expected a string, got 0";
  for (const args of [["events"], ["search", "polio"], ["agreements", "--json"]]) {
    const result = run([...args, "--data", manyTags.path]);
    assert.deepEqual([result.status, result.stderr], [2, `unicef-kz: ${manyTags.path}: ${problem}\n`], args.join(" "));
  }
  const piped = run(["events", "--data", "-"], { input: manyTags.text });
  assert.deepEqual([piped.status, piped.stderr], [2, `unicef-kz: (standard input): ${problem}\n`]);
  const validated = run(["validate", manyTags.path]);
  assert.equal(validated.status, 2);
  assert.equal(validated.stderr.split("\n")[0], `unicef-kz: ${manyTags.path}: ${problem}`);
  assert.equal(validated.stderr.split("\n").length, 23, "20 problems, the rest counted, the verdict");
});

test("timeline draws 130,000 events, and events lists them", () => {
  const timeline = run(["timeline", "--data", manyEvents.path]);
  assert.deepEqual([timeline.status, timeline.stderr], [0, ""]);
  const [axis = "", labels = ""] = timeline.stdout.split("\n");
  // 120 years in 96 columns: two years a column.
  assert.equal(axis, "●".repeat(60));
  assert.equal(labels, "1900      1920      1940      1960      1980      2000     2019");
  const events = run(["events", "--data", manyEvents.path]);
  assert.deepEqual([events.status, events.stderr], [0, ""]);
  const shippedDated = run(["events"]).stdout.split("\n").length - 1;
  assert.equal(
    events.stdout.split("\n").length,
    130_000 + shippedDated + 1,
    "the new events, the shipped ones, the end",
  );
});

// A minute at most: cli-table3 alone took 7 minutes, filling in holes a full table has not (see scripts/build.mjs).
test("events --table lists 130,000 events", { timeout: 60_000 }, () => {
  const table = run(["events", "--table", "--data", manyEvents.path]);
  assert.deepEqual([table.status, table.stderr], [0, ""]);
});
