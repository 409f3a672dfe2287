// Through an index, a command reads the facts it prints and those they need, and no others.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadFactFile } from "../../src/facts/load.js";
import { timeline } from "../../src/facts/query.js";
import { makeIndex, openIndexed } from "../../src/index/data-file.js";
import { bookPart } from "../../src/index/parts.js";
import { limits, mixedFile, scratch, writeJson } from "./helpers.js";

const { dir, remove } = scratch("index-parts");
after(remove);
const path = writeJson(join(dir, "mixed.json"), mixedFile(2000, 8));
const cache = join(dir, "cache");
makeIndex(path, limits, cache);
const whole = loadFactFile(path, limits);

function readThroughIndex(part: Parameters<typeof bookPart>[1]): string[] {
  const facts = openIndexed(path, cache, limits);
  assert.ok(facts, "indexed");
  try {
    return bookPart(facts, part).facts.map((fact) => fact.id);
  } finally {
    facts.close();
  }
}

test("show reads the fact and the facts its card names: those it links to and those that link to it", () => {
  const event = whole.byId.get("memorandum-signed");
  assert.ok(event);
  const expected = new Set(["memorandum-signed", ...whole.relatedTo(event).map((fact) => fact.id)]);
  assert.deepEqual(new Set(readThroughIndex({ id: "memorandum-signed" })), expected);
  assert.deepEqual(readThroughIndex({ id: "no-such-fact" }), []);
});

test("events of a year read that year's events and the agreements they mark, not the other facts", () => {
  const read = readThroughIndex({ filter: { kinds: ["event"], from: 2014, to: 2014 } });
  const events = timeline(whole, { from: 2014, to: 2014 }).map((event) => event.id);
  const marking = events.flatMap((id) => {
    const event = whole.byId.get(id);
    return event?.kind === "event" ? whole.agreementsMarkedBy(event).map(({ agreement }) => agreement.id) : [];
  });
  assert.ok(events.length > 10 && marking.length > 0, "a year with events and agreements signed in it");
  assert.deepEqual(new Set(read), new Set([...events, ...marking]));
  assert.ok(read.length < whole.facts.length / 10);
});

test("agreements read the agreements and the events that date them", () => {
  const agreements = whole.ofKind("agreement");
  const dating = agreements.flatMap((agreement) => agreement.milestones.map((milestone) => milestone.event));
  assert.deepEqual(
    new Set(readThroughIndex({ filter: { kinds: ["agreement"] } })),
    new Set([...agreements.map((agreement) => agreement.id), ...dating]),
  );
});
