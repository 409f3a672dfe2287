// Long postings have their facts counted by weight in the index, and a search of one word reads
// only the first of them: the same facts, scores, order and total as a search without the index.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { generateFacts } from "../../bench/generate.js";
import { openIndexed, searchDataFile } from "../../src/index/data-file.js";
import { LONG_POSTINGS, readPostings, readPostingsInPieces, WEIGHT_CODES } from "../../src/index/postings.js";
import { IndexedTerms } from "../../src/index/terms.js";
import { writeVarint } from "../../src/index/varints.js";
import { searchFactFile } from "../../src/search/file-search.js";
import { ALL, cacheIn, indexFiles, limits, onlyIndex, printed, rewriteSection, scratch, writeJson } from "./helpers.js";

const { dir, remove } = scratch("index-counted");
after(remove);

// 4,500 short facts, each holding "вакцинация" in one field (the title, the summary or a tag,
// each a weight of its own): its postings take a byte a fact, past LONG_POSTINGS.
const WORD = "вакцинация";
const facts = generateFacts(4500, 3).facts.map((fact, at) => {
  const short = (text: string) => text.split(" ").slice(0, 4).join(" ");
  const summary = { ru: short(fact.summary.ru), en: short(fact.summary.en) };
  if (at % 5 === 0) return { ...fact, title: { ...fact.title, ru: `${WORD} ${fact.title.ru}` }, summary };
  if (at % 2 === 0) return { ...fact, summary: { ...summary, ru: `${summary.ru} ${WORD}` } };
  return { ...fact, summary, tags: [...fact.tags, WORD] };
});
const path = writeJson(join(dir, "counted.json"), { ...generateFacts(0), facts });

let cases = 0;
function freshCache(): string {
  cases += 1;
  const cacheDir = join(dir, `cache-${cases}`);
  mkdirSync(cacheDir);
  return cacheDir;
}

const options = (limit: number, kinds?: readonly string[]) => ({
  filter: kinds ? { kinds: kinds as never } : {},
  limit,
});

test("a word in thousands of facts is counted by weight in the index", () => {
  const cacheDir = freshCache();
  searchDataFile(path, WORD, options(10), limits, cacheIn(cacheDir));
  const indexed = openIndexed(path, cacheDir, limits);
  assert.ok(indexed);
  try {
    const terms = new IndexedTerms(indexed.index);
    const counted = [...indexed.index.uint32s("countedTerms")];
    const at = counted.findIndex((id) => terms.term(id) === WORD);
    const id = counted[at] ?? 0;
    assert.ok(at >= 0);
    const [start = 0, end = 0] = indexed.index.float64s("postingOffsets", id, id + 2);
    assert.ok(end - start >= LONG_POSTINGS);
    const postings = readPostings(indexed.index.bytes("postings", start, end), indexed.count);
    assert.ok(postings);
    const expected = new Uint32Array(WEIGHT_CODES);
    for (const code of postings.codes) expected[code] = (expected[code] ?? 0) + 1;
    assert.deepEqual(
      [...indexed.index.uint32s("weightCounts", at * WEIGHT_CODES, (at + 1) * WEIGHT_CODES)],
      [...expected],
    );
    // Three fields, three weights: 900 titles, 1,800 summaries, 1,800 tags.
    assert.deepEqual([...expected].filter((count) => count > 0).sort(), [1800, 1800, 900]);
  } finally {
    indexed.close();
  }
});

test("searches of a counted word print what searches without the index print, at every limit, filter and spelling", () => {
  const cacheDir = freshCache();
  for (const query of [WORD, "вакцинац", "вакцинациа", "vaktsinatsiya"]) {
    for (const [limit, kinds] of [[1], [10], [901], [ALL.limit], [10, ["event"]]] as const) {
      const found = searchDataFile(path, query, options(limit, kinds), limits, cacheIn(cacheDir));
      assert.deepEqual(printed(found), printed(searchFactFile(path, query, options(limit, kinds), limits)), query);
    }
  }
  assert.equal(indexFiles(cacheDir).length, 1);
});

/** The place of WORD's row in weightCounts, and the code of the title's weight (1). */
function wordRow(cacheDir: string): { row: number; titleCode: number } {
  const indexed = openIndexed(path, cacheDir, limits);
  assert.ok(indexed);
  try {
    const terms = new IndexedTerms(indexed.index);
    const row = [...indexed.index.uint32s("countedTerms")].findIndex((id) => terms.term(id) === WORD);
    assert.ok(row >= 0);
    return { row, titleCode: indexed.index.meta.weights.indexOf(1) };
  } finally {
    indexed.close();
  }
}

test("counts the postings do not hold are damage: the search is made without the index, and the index made again", () => {
  const forgeries: [string, (counts: Uint32Array, row: number, titleCode: number) => void][] = [
    ["more facts than the postings have bytes", (counts) => counts.fill(1_000_000)],
    // The titles' facts, counted as none, came first in the postings: found where none should be.
    [
      "no facts of the title's weight",
      (counts, row, titleCode) => counts.fill(0, row * WEIGHT_CODES + titleCode, row * WEIGHT_CODES + titleCode + 1),
    ],
  ];
  for (const [what, forge] of forgeries) {
    const cacheDir = freshCache();
    const expected = printed(searchFactFile(path, WORD, options(10), limits));
    assert.deepEqual(printed(searchDataFile(path, WORD, options(10), limits, cacheIn(cacheDir))), expected, what);
    const { row, titleCode } = wordRow(cacheDir);
    const whole = readFileSync(onlyIndex(cacheDir));
    // Every checksum made right: damage only the search's own checks can find.
    rewriteSection(onlyIndex(cacheDir), "weightCounts", (bytes) => {
      forge(new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4), row, titleCode);
    });
    assert.notDeepEqual(readFileSync(onlyIndex(cacheDir)), whole, what);
    assert.deepEqual(printed(searchDataFile(path, WORD, options(10), limits, cacheIn(cacheDir))), expected, what);
    assert.deepEqual(readFileSync(onlyIndex(cacheDir)), whole, `${what}: made again`);
  }
});

test("postings read a piece at a time are the postings read whole, wherever a piece ends", () => {
  // Gaps of one to two million: postings of one to four bytes.
  const places = [0, 1, 17, 300, 301, 20_000, 2_000_000, 2_000_005, 2_100_000];
  const bytes = new Uint8Array(64);
  let end = 0;
  places.forEach((place, at) => {
    end = writeVarint(bytes, end, (place - (places[at - 1] ?? 0)) * WEIGHT_CODES + (at % 3));
  });
  const postings = bytes.subarray(0, end);
  const whole = readPostings(postings, 3_000_000);
  assert.ok(whole);
  assert.deepEqual([...whole.places], places);
  for (const firstPiece of [1, 2, 3, 5, 64]) {
    const read: number[] = [];
    const codes: number[] = [];
    const ok = readPostingsInPieces(
      postings.length,
      3_000_000,
      (from, to) => postings.subarray(from, to),
      (piecePlaces, pieceCodes, count) => {
        read.push(...piecePlaces.subarray(0, count));
        codes.push(...pieceCodes.subarray(0, count));
        return true;
      },
      firstPiece,
    );
    assert.equal(ok, true, `first piece ${firstPiece}`);
    assert.deepEqual(read, places, `first piece ${firstPiece}`);
    assert.deepEqual(codes, [...whole.codes], `first piece ${firstPiece}`);
  }
  // Stopped when `take` says so; cut short (a varint without its end) is not postings.
  let pieces = 0;
  readPostingsInPieces(
    postings.length,
    3_000_000,
    (from, to) => postings.subarray(from, to),
    () => {
      pieces += 1;
      return false;
    },
    2,
  );
  assert.equal(pieces, 1);
  const cut = postings.subarray(0, postings.length - 1);
  assert.equal(
    readPostingsInPieces(
      cut.length,
      3_000_000,
      (from, to) => cut.subarray(from, to),
      () => true,
      2,
    ),
    false,
  );
});
