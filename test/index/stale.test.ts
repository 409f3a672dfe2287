// Every way an index can be stale or damaged: the search is then what it is without the index,
// and the index is made again.
import assert from "node:assert/strict";
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { bookSource } from "../../src/browse/source.js";
import { checksum } from "../../src/checksum.js";
import { loadFactFile } from "../../src/facts/load.js";
import { browseDataFile, searchDataFile } from "../../src/index/data-file.js";
import { settledKey, settlesAt } from "../../src/index/key.js";
import { BLOCK_SIZE, decodeHeader } from "../../src/index/layout.js";
import { type RankedFact, SearchEngine } from "../../src/search/engine.js";
import { searchFactFile } from "../../src/search/file-search.js";
import type { FoundFacts } from "../../src/search/rank.js";
import {
  ALL,
  cacheIn,
  indexFiles,
  limits,
  mixedFile,
  onlyIndex,
  printed,
  rewriteHeader,
  rewriteSection,
  scratch,
  writeJson,
} from "./helpers.js";

const { dir, remove } = scratch("index-stale");
after(remove);
// Large enough that a fact lies more than 64 KB from either end of the file.
const file = mixedFile(400, 5);
const QUERY = "меморандум полиомиелит";

let cases = 0;
/** A fact file of its own and a cache of its own, indexed by a first search. */
function indexedCase(prepare?: (path: string) => void): {
  path: string;
  cacheDir: string;
  search: (path?: string) => unknown;
  expected: (path?: string) => unknown;
} {
  cases += 1;
  const caseDir = join(dir, `case-${cases}`);
  mkdirSync(caseDir);
  const path = writeJson(join(caseDir, "facts.json"), file);
  prepare?.(path);
  const cacheDir = join(caseDir, "cache");
  const search = (at = path) => printed(searchDataFile(at, QUERY, ALL, limits, cacheIn(cacheDir)));
  const expected = (at = path) => printed(searchFactFile(at, QUERY, ALL, limits));
  search();
  onlyIndex(cacheDir);
  return { path, cacheDir, search, expected };
}

/** The file's bytes with a fact's title changed from `from` to `to`, of the same length in bytes. */
function sameSizeEdit(path: string, from: string, to: string): void {
  const text = readFileSync(path, "utf8");
  assert.equal(Buffer.byteLength(from), Buffer.byteLength(to));
  assert.ok(text.includes(from), from);
  writeFileSync(path, text.replace(from, to));
}

/** An index file as it stands: a file made again is another (its inode may be the old one's, so its time too). */
const identity = (path: string) => {
  const { ino, mtimeNs } = statSync(path, { bigint: true });
  return `${ino} ${mtimeNs}`;
};

test("an index is used while its file is unchanged, and not made again", () => {
  const { cacheDir, search, expected } = indexedCase();
  const before = identity(onlyIndex(cacheDir));
  assert.deepEqual(search(), expected());
  assert.equal(identity(onlyIndex(cacheDir)), before);
});

test("a file edited within the same second, to the same size, is searched as it is now", () => {
  // An edit near the start (the checksum of the first 64 KB sees it) and one in the middle (the
  // change time does), each with the modification time set back to what it was.
  const middle = file.facts[Math.floor(file.facts.length / 2)];
  assert.ok(middle);
  for (const [from, to] of [
    [`"${file.facts[0]?.title.en}"`, `"${file.facts[0]?.title.en.replace(/^./, "Z")}"`],
    [`"${middle.title.en}"`, `"${middle.title.en.replace(/^./, "Z")}"`],
  ] as const) {
    // A whole second, which the modification time can be set back to exactly.
    const second = Math.floor(Date.now() / 1000);
    const { path, cacheDir, search, expected } = indexedCase((at) => utimesSync(at, second, second));
    const { mtimeNs, size } = statSync(path, { bigint: true });
    const before = identity(onlyIndex(cacheDir));
    sameSizeEdit(path, from, to);
    utimesSync(path, second, second);
    assert.equal(statSync(path, { bigint: true }).size, size);
    assert.equal(statSync(path, { bigint: true }).mtimeNs, mtimeNs);
    assert.deepEqual(search(), expected());
    assert.notEqual(identity(onlyIndex(cacheDir)), before, "made again");
  }
});

test("a file touched, or replaced by a copy of itself, gets its index made again", () => {
  const touched = indexedCase();
  const before = identity(onlyIndex(touched.cacheDir));
  utimesSync(touched.path, new Date(), new Date(Date.now() + 5000));
  assert.deepEqual(touched.search(), touched.expected());
  assert.notEqual(identity(onlyIndex(touched.cacheDir)), before);

  const copied = indexedCase();
  const old = identity(onlyIndex(copied.cacheDir));
  const { atime, mtime } = statSync(copied.path);
  copyFileSync(copied.path, `${copied.path}.copy`);
  utimesSync(`${copied.path}.copy`, atime, mtime);
  renameSync(`${copied.path}.copy`, copied.path);
  assert.deepEqual(copied.search(), copied.expected());
  assert.notEqual(identity(onlyIndex(copied.cacheDir)), old);
});

test("a renamed file is indexed under its new name, and another file moved to the old name is not read through the old index", () => {
  const { path, cacheDir, search, expected } = indexedCase();
  const moved = `${path}.moved`;
  renameSync(path, moved);
  // Another file at the old name: the index of that name is of the file moved away.
  writeJson(path, { ...file, facts: file.facts.slice(0, 300) });
  assert.deepEqual(search(path), expected(path));
  assert.deepEqual(search(moved), expected(moved));
  assert.equal(indexFiles(cacheDir).length, 2, "one index per name");
  // Gone, its index goes when another is saved.
  rmSync(path);
  assert.deepEqual(search(`${moved}`), expected(moved));
  writeJson(`${path}.third`, { ...file, facts: file.facts.slice(0, 100) });
  assert.deepEqual(search(`${path}.third`), expected(`${path}.third`));
  assert.equal(indexFiles(cacheDir).length, 2, "the index of the file removed is gone");
});

// An edit within the tick of a file system's clock leaves the file's times as they were: an index
// is made only of a file that has stood unchanged for a tick since (a second or two where times are
// kept to the second), so any later edit moves them.
test("an index is made of a file only once a tick of its file system's clock has passed since it changed", () => {
  const second = 1_000_000_000n;
  // A change time with a fraction of a second: a fine clock.
  assert.equal(settlesAt({ ctimeNs: 6n * second + 3n }), 6n * second + 3n + 50_000_000n);
  // A whole second: a clock that may keep seconds, or two (FAT).
  assert.equal(settlesAt({ ctimeNs: 6n * second }), 8n * second);
  const path = writeJson(join(dir, "just-written.json"), { ...file, facts: file.facts.slice(0, 20) });
  const key = settledKey(path);
  const now = BigInt(Date.now()) * 1_000_000n;
  assert.ok(key, "a key");
  assert.ok(now >= settlesAt(key), `${now} is after ${settlesAt(key)}`);
  assert.ok(now - key.ctimeNs >= 50_000_000n, "waited for a tick");
});

/** Writes bytes at a place in the index, then makes the header's checksum right again if asked. */
function patch(indexPath: string, at: number, value: Buffer, fixChecksum: boolean): void {
  const bytes = readFileSync(indexPath);
  value.copy(bytes, at);
  if (fixChecksum) bytes.writeUInt32LE(checksum(bytes.subarray(20, bytes.readUInt32LE(12))), 16);
  writeFileSync(indexPath, bytes);
}

test("a damaged or foreign index is never trusted: each header field, the block checksums, a cut, other bytes", () => {
  const damages: [string, (indexPath: string) => void][] = [
    ["magic", (at) => patch(at, 0, Buffer.from("NOTINDEX"), true)],
    ["format version", (at) => patch(at, 8, Buffer.from([99, 0, 0, 0]), true)],
    ["header length", (at) => patch(at, 12, Buffer.from([8, 0, 0, 0]), true)],
    ["header checksum", (at) => patch(at, 16, Buffer.from([1, 2, 3, 4]), false)],
    ["a byte of the header, its checksum left as it was", (at) => patch(at, 40, Buffer.from([0xff]), false)],
    [
      "the device",
      (at) =>
        rewriteHeader(at, (header) => {
          header.key.dev += 1n;
        }),
    ],
    [
      "the inode",
      (at) =>
        rewriteHeader(at, (header) => {
          header.key.ino += 1n;
        }),
    ],
    [
      "the size",
      (at) =>
        rewriteHeader(at, (header) => {
          header.key.size += 1n;
        }),
    ],
    [
      "the modification time",
      (at) =>
        rewriteHeader(at, (header) => {
          header.key.mtimeNs += 1n;
        }),
    ],
    [
      "the change time",
      (at) =>
        rewriteHeader(at, (header) => {
          header.key.ctimeNs += 1n;
        }),
    ],
    [
      "the first bytes' checksum",
      (at) =>
        rewriteHeader(at, (header) => {
          header.key.head = (header.key.head ^ 1) >>> 0;
        }),
    ],
    [
      "the last bytes' checksum",
      (at) =>
        rewriteHeader(at, (header) => {
          header.key.tail = (header.key.tail ^ 1) >>> 0;
        }),
    ],
    [
      "the path",
      (at) =>
        rewriteHeader(at, (header) => {
          header.key.realPath = `${header.key.realPath}x`;
        }),
    ],
    [
      "where the block checksums are",
      (at) =>
        rewriteHeader(at, (header) => {
          header.blockTable.offset -= 8;
        }),
    ],
    [
      "how many block checksums",
      (at) =>
        rewriteHeader(at, (header) => {
          header.blockTable.length += 4;
        }),
    ],
    [
      "the block checksums' checksum",
      (at) =>
        rewriteHeader(at, (header) => {
          header.blockTableChecksum = (header.blockTableChecksum ^ 1) >>> 0;
        }),
    ],
    [
      "a section past the end",
      (at) =>
        rewriteHeader(at, (header) => {
          header.sections.postings.length *= 1000;
        }),
    ],
    [
      "a section not on an 8-byte boundary",
      (at) =>
        rewriteHeader(at, (header) => {
          header.sections.spans.offset += 1;
        }),
    ],
    ["a byte of the postings", (at) => flipBody(at, "postings")],
    // FNV-1a, the checksum before, let these cancel out within a block.
    ["the top bits of two words of each block of the postings", (at) => flipTopBits(at, "postings")],
    [
      "the facts' places in the file, past its end, every checksum made right",
      (at) => rewriteSection(at, "spans", (spans) => spans.fill(0xff)),
    ],
    ["a byte of the words", (at) => flipBody(at, "termText")],
    ["a byte of the spans", (at) => flipBody(at, "spans")],
    ["cut to nothing", (at) => writeFileSync(at, "")],
    ["cut inside the header", (at) => writeFileSync(at, readFileSync(at).subarray(0, 50))],
    ["cut inside the body", (at) => writeFileSync(at, readFileSync(at).subarray(0, statSync(at).size / 2))],
    ["cut by its last byte", (at) => writeFileSync(at, readFileSync(at).subarray(0, statSync(at).size - 1))],
    ["a JSON file", (at) => writeFileSync(at, JSON.stringify(file))],
    ["random bytes", (at) => writeFileSync(at, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)))],
  ];
  for (const [what, damage] of damages) {
    const { cacheDir, search, expected } = indexedCase();
    const indexPath = onlyIndex(cacheDir);
    const whole = readFileSync(indexPath);
    damage(indexPath);
    assert.notDeepEqual(readFileSync(indexPath), whole, what);
    assert.deepEqual(search(), expected(), what);
    assert.deepEqual(readFileSync(onlyIndex(cacheDir)), whole, `${what}: made again`);
  }
});

test("browse over an index found damaged as it is read goes on over the whole file, finding again what it found", () => {
  for (const section of ["postings", "prefixPostings", "pairLists", "termText", "spans"] as const) {
    const { path, cacheDir } = indexedCase();
    flipBody(onlyIndex(cacheDir), section);
    const source = browseDataFile(path, limits, cacheIn(cacheDir));
    assert.ok(source, section);
    const book = loadFactFile(path, limits);
    const whole = bookSource(book, new SearchEngine(book));
    const screens: unknown[] = [];
    const wholeScreens: unknown[] = [];
    for (const typed of ["", "м", "мем", "меморандум пол", "memorandux", "полиомиелит"]) {
      for (const [from, into] of [
        [source, screens],
        [whole, wholeScreens],
      ] as const) {
        let found = from.find(typed, undefined);
        let { hits } = from.show(firstOf(found));
        // As the screen does: facts found through an index that has failed since are found again.
        if (from.stale) {
          found = from.find(typed, undefined);
          hits = from.show(firstOf(found)).hits;
        }
        into.push([from.total, found.length, hits.map((hit) => `${hit.fact.id} ${hit.score}`)]);
      }
    }
    assert.deepEqual(screens, wholeScreens, section);
    assert.deepEqual(indexFiles(cacheDir), [], `${section}: the damaged index is removed`);
  }
});

/** The first ten facts found. */
function firstOf(found: FoundFacts): RankedFact[] {
  return Array.from({ length: Math.min(10, found.length) }, (_, at) => found.at(at) as RankedFact);
}

/**
 * Flips the top bit of two four-byte words in each block a section is in (two bytes at 3 mod 4
 * from the body's start), leaving the blocks' checksums as they were.
 */
function flipTopBits(indexPath: string, section: "postings"): void {
  const bytes = readFileSync(indexPath);
  const header = decodeHeader(bytes, () => bytes);
  assert.ok(header);
  const { offset, length } = header.sections[section];
  const body = header.headerLength;
  const firstBlock = Math.floor((offset - body) / BLOCK_SIZE);
  const lastBlock = Math.floor((offset + length - 1 - body) / BLOCK_SIZE);
  for (let block = firstBlock; block <= lastBlock; block += 1) {
    const inSection = (at: number) => at >= offset && at < offset + length && (at - body) % 4 === 3;
    const places: number[] = [];
    for (let at = body + block * BLOCK_SIZE; places.length < 2 && at < body + (block + 1) * BLOCK_SIZE; at += 1) {
      if (inSection(at)) places.push(at);
    }
    if (places.length === 2) for (const at of places) bytes[at] = (bytes[at] ?? 0) ^ 0x80;
  }
  writeFileSync(indexPath, bytes);
}

/** Flips a byte in every 4 KB of a section (whatever a search reads of it), leaving the blocks' checksums as they were. */
function flipBody(
  indexPath: string,
  section: "postings" | "prefixPostings" | "pairLists" | "termText" | "spans",
): void {
  const bytes = readFileSync(indexPath);
  const header = decodeHeader(bytes, () => bytes);
  assert.ok(header);
  const { offset, length } = header.sections[section];
  for (let at = offset; at < offset + length; at += 4096) bytes[at] = (bytes[at] ?? 0) ^ 0x55;
  writeFileSync(indexPath, bytes);
}
