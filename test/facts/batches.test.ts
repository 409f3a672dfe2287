import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parseAllInBatches, type ReadMore } from "../../src/facts/batches.js";
import { SHIPPED_TEXT } from "../helpers.js";

/** A reader that hands out `bytes` in pieces of the given sizes, in turn, as a file or pipe may. */
function readerOf(bytes: Buffer, pieces: number[]): ReadMore {
  let from = 0;
  let turn = 0;
  return (buffer, offset) => {
    const piece = pieces[turn++ % pieces.length] ?? 1;
    const count = bytes.copy(buffer, offset, from, Math.min(bytes.length, from + piece));
    from += count;
    return count;
  };
}

function parsed(text: string | Buffer, pieces = [1 << 20], bufferSize = 1 << 20, maxDepth = 64): unknown {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  return parseAllInBatches(readerOf(bytes, pieces), bufferSize, maxDepth)?.json;
}

/** What JSON.parse makes of the text, as the whole-text path reads it (a leading BOM dropped). */
function wholeParse(text: string): { json: unknown } | undefined {
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch {
    return undefined;
  }
}

// Elements padded so that a few dozen fill more than one batch (24 KiB).
const element = fc.record({ value: fc.jsonValue({ maxDepth: 3 }), padding: fc.string({ maxLength: 3000 }) });
const factFile = fc.record({
  before: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  facts: fc.array(fc.oneof(element, fc.jsonValue({ maxDepth: 2 })), { maxLength: 60 }),
  after: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  indent: fc.constantFrom(0, 1, 2, "\t"),
});
const pieceSizes = fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 5 });

function textOf(file: typeof factFile extends fc.Arbitrary<infer T> ? T : never): string {
  const { facts: _facts, ...before } = file.before;
  const { facts: _late, ...after } = file.after;
  return JSON.stringify({ ...before, facts: file.facts, ...after }, null, file.indent);
}

test("a fact file parses in batches to what JSON.parse makes of it, read in pieces of any size", () => {
  fc.assert(
    fc.property(factFile, pieceSizes, fc.integer({ min: 1, max: 70_000 }), (file, pieces, bufferSize) => {
      const text = textOf(file);
      assert.deepEqual(parsed(text, pieces, bufferSize), JSON.parse(text));
    }),
    { numRuns: 300 },
  );
});

test("text that is not JSON is never given a value; JSON gets JSON.parse's value or none", () => {
  const edits = fc.record({
    at: fc.nat(),
    remove: fc.integer({ min: 0, max: 3 }),
    insert: fc.constantFrom("", ",", "[", "]", "{", "}", '"', "\\", ":", " ", "1", '"facts":[]', ',"facts":[1]'),
  });
  fc.assert(
    fc.property(factFile, fc.array(edits, { minLength: 1, maxLength: 3 }), pieceSizes, (file, changes, pieces) => {
      let text = textOf(file);
      for (const { at, remove, insert } of changes) {
        const place = at % (text.length + 1);
        text = text.slice(0, place) + insert + text.slice(place + remove);
      }
      const value = parsed(text, pieces);
      if (value !== undefined) assert.deepEqual(value, wholeParse(text)?.json);
    }),
    { numRuns: 1000 },
  );
});

test("the shipped file parses in batches, even a byte at a time", () => {
  assert.deepEqual(parsed(SHIPPED_TEXT, [1], 16), JSON.parse(SHIPPED_TEXT));
});

test("files this reading cannot vouch for are left to the whole-text parse", () => {
  const cases: [string, string][] = [
    ["no facts array", '{"source": {}}'],
    ["facts not in the top-level object", '{"source": {"facts": [1]}}'],
    ["a top-level array", '[{"facts": [1]}]'],
    ["two facts arrays", '{"facts": [1], "facts": [2]}'],
    ["a later facts value", '{"facts": [1], "facts": 2}'],
    ["an empty element", '{"facts": [1,,2]}'],
    ["a leading comma", '{"facts": [,1]}'],
    ["a lone comma", '{"facts": [,]}'],
    ["a trailing comma", '{"facts": [1,]}'],
    ["a trailing comma after a full batch", `{"facts": ["${"x".repeat(30_000)}",]}`],
    ["a later facts key spelled with an escape", '{"facts": [2, 3], "f\\u0061cts": [1]}'],
    ["a missing comma", '{"facts": [{} {}]}'],
    ["a bracket closed by a brace", '{"facts": [1}'],
    ["an unterminated array", '{"facts": [1, 2'],
    ["text after the object", '{"facts": []} x'],
  ];
  for (const [name, text] of cases) assert.equal(parsed(text, [3]), undefined, name);
});

test("a facts key earlier in the file gives way to the array, as JSON.parse does", () => {
  assert.deepEqual(parsed('{"facts": 1, "facts": [1, 2]}'), { facts: [1, 2] });
  assert.deepEqual(parsed('{"f\\u0061cts": [1], "facts": [2]}'), { facts: [2] });
  assert.deepEqual(parsed('\uFEFF{"facts": [] }'), { facts: [] });
  assert.deepEqual(parsed('{"facts": [], "x\\"facts": [1]}'), { facts: [], 'x"facts': [1] });
  assert.deepEqual(
    parsed('{"__proto__": {"x": 1}, "facts": ["\\"", "\\\\"]}'),
    JSON.parse('{"__proto__": {"x": 1}, "facts": ["\\"", "\\\\"]}'),
  );
});

test("bytes that are not UTF-8 decode as the whole text would", () => {
  const bytes = Buffer.concat([Buffer.from('{"facts": ["a'), Buffer.from([0xe0, 0xff, 0xd0]), Buffer.from('", 1]}')]);
  assert.deepEqual(parsed(bytes, [2]), JSON.parse(bytes.toString("utf8")));
});

test("a value nested deeper than the limit is left to the whole-text parse, which says where", () => {
  const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
  // The top-level object is level 0, the facts array 1, a fact 2.
  assert.deepEqual(parsed(`{"facts": [${nested(3)}]}`, [5], 64, 5), { facts: [[[[]]]] });
  assert.equal(parsed(`{"facts": [${nested(4)}]}`, [5], 64, 5), undefined);
  assert.equal(parsed(`{"source": ${nested(5)}, "facts": []}`, [5], 64, 5), undefined);
  assert.deepEqual(parsed(`{"facts": ["${"[".repeat(9)}"]}`, [5], 64, 5), { facts: ["[".repeat(9)] });
});
