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

function outcome(text: string | Buffer, pieces = [1 << 20], bufferSize = 1 << 20, maxDepth = 64, maxFacts = 1e6) {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  return parseAllInBatches(readerOf(bytes, pieces), bufferSize, maxDepth, maxFacts);
}

/** The value the reading vouches for, or undefined. */
function parsed(text: string | Buffer, pieces = [1 << 20], bufferSize = 1 << 20, maxDepth = 64): unknown {
  const read = outcome(text, pieces, bufferSize, maxDepth);
  return read && "json" in read ? read.json : undefined;
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

test("text that is not a fact file as JSON reads it is given no value", () => {
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

test("keys that look alike but are not the same are read as JSON.parse reads them", () => {
  assert.deepEqual(parsed('\uFEFF{"facts": [] }'), { facts: [] });
  assert.deepEqual(parsed('{"facts": [], "x\\"facts": [1]}'), { facts: [], 'x"facts': [1] });
  assert.deepEqual(
    parsed('{"__proto__": {"x": 1}, "facts": ["\\"", "\\\\"]}'),
    JSON.parse('{"__proto__": {"x": 1}, "facts": ["\\"", "\\\\"]}'),
  );
});

// Decoded, they would become U+FFFD and say nothing: the file is refused where they start.
test("bytes that are not UTF-8 are the spot to look at, where they start: in the facts, before them or after", () => {
  const notUtf8 = (before: string, bad: number[], after: string) =>
    outcome(Buffer.concat([Buffer.from(before), Buffer.from(bad), Buffer.from(after)]), [2]);
  const at = (start: number) => ({ broken: { fault: "encoding", prefix: "", text: "", start } });
  assert.deepEqual(notUtf8('{"facts": ["a', [0xe0, 0xff, 0xd0], '", 1]}'), at(13));
  // An overlong slash, a surrogate's bytes (CESU-8), past U+10FFFF, a lone continuation byte.
  assert.deepEqual(notUtf8('{"facts": ["ab', [0xc0, 0xaf], '"]}'), at(14));
  assert.deepEqual(notUtf8('{"facts": ["', [0xed, 0xa0, 0x80], '"]}'), at(12));
  assert.deepEqual(notUtf8('{"facts": ["', [0xf4, 0x90, 0x80, 0x80], '"]}'), at(12));
  assert.deepEqual(notUtf8('{"facts": ["x', [0x80], '"]}'), at(13));
  assert.deepEqual(notUtf8('{"s": "', [0xff], '", "facts": [1]}'), at(7));
  assert.deepEqual(notUtf8('{"facts": [1], "s": "', [0xff], '"}'), at(21));
  // Characters of two, three and four bytes are UTF-8.
  assert.deepEqual(parsed('{"facts": ["é€😀"]}', [2]), { facts: ["é€😀"] });
});

test("a value nested deeper than the limit is left to the whole-text parse, which says where", () => {
  const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
  // The top-level object is level 0, the facts array 1, a fact 2.
  assert.deepEqual(parsed(`{"facts": [${nested(3)}]}`, [5], 64, 5), { facts: [[[[]]]] });
  assert.equal(parsed(`{"facts": [${nested(4)}]}`, [5], 64, 5), undefined);
  assert.equal(parsed(`{"source": ${nested(5)}, "facts": []}`, [5], 64, 5), undefined);
  assert.deepEqual(parsed(`{"facts": ["${"[".repeat(9)}"]}`, [5], 64, 5), { facts: ["[".repeat(9)] });
});

test("a piece of the facts array that is not JSON is the spot to look at, with where it starts", () => {
  const padding = `"${"x".repeat(30_000)}"`;
  const text = `{"facts": [${padding}, {"a": 1,, "b": 2}, 3]}`;
  const broken = outcome(text, [7], 64);
  const start = text.indexOf(", {") + 1;
  assert.deepEqual(broken, {
    broken: { fault: "syntax", prefix: "[", text: ` {"a": 1,, "b": 2}, 3`, start, firstFact: 1 },
  });
  // The bytes end inside the facts array: the spot runs to the end.
  assert.deepEqual(outcome('{"facts": [1, 2', [3]), {
    broken: { fault: "syntax", prefix: "[", text: "1, 2", start: 11, firstFact: 0 },
  });
  // After the array: the head, then the tail, parse as the file.
  assert.deepEqual(outcome('{"facts": []} x', [3]), {
    broken: { fault: "syntax", prefix: '{"facts": [', text: "]} x", start: 11 },
  });
});

test("a key given twice is a spot, in a fact or after the facts; a fault before them is left to the whole text", () => {
  assert.deepEqual(outcome('{"facts": [{"kind": "a", "kind": "b"}]}'), {
    broken: { fault: "duplicate-key", prefix: "[", text: '{"kind": "a", "kind": "b"}', start: 11, firstFact: 0 },
  });
  assert.deepEqual(outcome('{"facts": [], "x": {"y": 1, "y": 2}}'), {
    broken: { fault: "duplicate-key", prefix: '{"facts": [', text: '], "x": {"y": 1, "y": 2}}', start: 11 },
  });
  assert.equal(outcome('{"x": 1,, "facts": [1,, 2]}'), undefined);
  // Before the array: the whole text says which comes first.
  assert.equal(outcome('{"x": 1, "x": 2, "facts": [{"k": 1, "k": 2}]}'), undefined);
  assert.equal(outcome('{"facts": 1, "facts": [1, 2]}'), undefined);
});

test("the reading stops at the first batch past the limit of facts", () => {
  const facts = Array.from({ length: 5000 }, (_, index) => `{"id": "fact-${index}", "text": "${"x".repeat(40)}"}`);
  let read = 0;
  const bytes = Buffer.from(`{"facts": [${facts.join(",")}]}`);
  const reader = readerOf(bytes, [4096]);
  const counting: ReadMore = (buffer, offset) => {
    const count = reader(buffer, offset);
    read += count;
    return count;
  };
  assert.deepEqual(parseAllInBatches(counting, 4096, 64, 100), { tooManyFacts: true });
  assert.ok(read < bytes.length / 10, `${read} of ${bytes.length} bytes read`);
  assert.equal(facts.length, 5000);
  assert.deepEqual(Object.keys(outcome(bytes, [4096], 4096, 64, 5000) ?? {}), ["json"]);
});
