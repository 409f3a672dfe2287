import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateFacts } from "../../bench/generate.js";
import { checksum } from "../../src/checksum.js";
import { limitsFrom } from "../../src/facts/limits.js";
import type { FactFile } from "../../src/facts/schema.js";
import type { CacheChoice } from "../../src/index/data-file.js";
import { BLOCK_SIZE, decodeHeader, encodeHeader, type Header, type SectionName } from "../../src/index/layout.js";
import { factDate } from "../../src/render/fact-text.js";
import { factJson } from "../../src/render/json.js";
import type { FileSearch } from "../../src/search/file-search.js";
import { shippedJson } from "../helpers.js";

export const limits = limitsFrom({});
export const ALL = { filter: {}, limit: Number.MAX_SAFE_INTEGER };

/** A directory of its own for a test's files, removed when `after` runs it. */
export function scratch(name: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `unicef-kz-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A cache in this directory, as the environment would name it. */
export function cacheIn(dir: string): CacheChoice {
  return { env: { UNICEF_KZ_CACHE_DIR: dir }, enabled: true };
}

/** The index files in a cache directory. */
export function indexFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith(".ukzi"));
  } catch {
    return [];
  }
}

/**
 * Waits (up to 60 s) until no index is being made in the background in a cache directory: a
 * search that finds none leaves a lock there while a process of its own makes it.
 */
export function settled(dir: string): void {
  const waitUntil = Date.now() + 60_000;
  const building = () => {
    try {
      return readdirSync(dir).some((name) => name.endsWith(".lock"));
    } catch {
      return false;
    }
  };
  while (building()) {
    assert.ok(Date.now() < waitUntil, `an index is still being made in ${dir}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
}

/** The only index file in a cache directory. */
export function onlyIndex(dir: string): string {
  const files = indexFiles(dir);
  assert.equal(files.length, 1, `one index in ${dir}: ${files.join(", ")}`);
  return join(dir, files[0] ?? "");
}

/**
 * Generated facts around the shipped ones (whose agreements are dated by the events they link
 * to, and two events by another event), so that every kind of link is searched and shown.
 */
export function mixedFile(count = 600, seed = 11): FactFile {
  const shipped = shippedJson();
  const generated = generateFacts(count, seed);
  const half = Math.floor(count / 2);
  return {
    ...shipped,
    facts: [...generated.facts.slice(0, half), ...shipped.facts, ...generated.facts.slice(half)],
  };
}

export function writeJson(path: string, file: unknown, indent = 1): string {
  writeFileSync(path, JSON.stringify(file, null, indent));
  return path;
}

/** What a search prints: each hit shown as JSON, with its score, the words matched and its date as a table shows it. */
export function printed(found: FileSearch | undefined, highlighted = true): unknown {
  assert.ok(found, "searched");
  const hits = found.hits.map((hit) => ({
    ...factJson(hit.fact, found.book),
    score: hit.score,
    ...(highlighted ? { terms: hit.matchedTerms } : {}),
    date: factDate(hit.fact, found.book, "en"),
  }));
  return { hits, total: found.total };
}

/** The index's header, decoded, changed by `change`, and written back with its checksum made right. */
export function rewriteHeader(indexPath: string, change: (header: Header) => void): void {
  const bytes = readFileSync(indexPath);
  const header = decodeHeader(bytes, () => bytes);
  assert.ok(header);
  change(header);
  const encoded = encodeHeader(header);
  encoded.copy(bytes, 0);
  writeFileSync(indexPath, bytes);
}

/**
 * Changes a section's bytes, then makes every block's checksum, and the checksum of those, right
 * again: damage only the program's own checks of what it reads can find.
 */
export function rewriteSection(indexPath: string, section: SectionName, change: (bytes: Uint8Array) => void): void {
  const bytes = readFileSync(indexPath);
  const header = decodeHeader(bytes, () => bytes);
  assert.ok(header);
  const { offset, length } = header.sections[section];
  change(bytes.subarray(offset, offset + length));
  const body = bytes.subarray(header.headerLength, header.blockTable.offset);
  const table = bytes.subarray(header.blockTable.offset, header.blockTable.offset + header.blockTable.length);
  for (let block = 0; block * BLOCK_SIZE < body.length; block += 1) {
    table.writeUInt32LE(checksum(body.subarray(block * BLOCK_SIZE, (block + 1) * BLOCK_SIZE)), 4 * block);
  }
  writeFileSync(indexPath, bytes);
  rewriteHeader(indexPath, (rewritten) => {
    rewritten.blockTableChecksum = checksum(table);
  });
}
