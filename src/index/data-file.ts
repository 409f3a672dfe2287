// A --data file and its saved index: the way in for commands. A search opens the index if it is
// there and fresh, else reads the file, making the index as it goes (the first search's
// by-product), and answers from it; anything amiss with the index (damaged, stale, unwritable)
// leaves the search as it is without one.

import { type BrowseSource, bookSource } from "../browse/source.js";
import { DataError } from "../errors.js";
import { type CheckedReading, readCheckedFacts } from "../facts/checked-reading.js";
import type { FactBook } from "../facts/factbook.js";
import type { Limits } from "../facts/limits.js";
import { loadFactFile } from "../facts/load.js";
import { sourceName } from "../facts/read.js";
import { SearchEngine } from "../search/engine.js";
import { type FileSearch, foundIn, type Shown, searchFactFile } from "../search/file-search.js";
import { indexedBrowseSource } from "./browse-source.js";
import { IndexBuilder, NotIndexable } from "./build.js";
import { cacheDir, indexPath, removeOrphans } from "./cache.js";
import { IndexedFacts } from "./facts.js";
import { fileKey, sameKey, settledKey } from "./key.js";
import type { IndexMeta } from "./layout.js";
import { releaseLock } from "./lock.js";
import { type BookPart, bookPart } from "./parts.js";
import { DamagedIndex, IndexFile } from "./reader.js";
import { exactHits, rankIndexed } from "./search.js";
import { IndexWriter } from "./writer.js";

// Files up to this size are split into words by the regular expression engine (see term-scan.ts):
// about 1,000 facts.
const SMALL_FILE = 2 * 1024 * 1024;

export { NotIndexable };

/** A fact file that changed while its index was made: the index is not saved. */
export class FileChanged extends Error {}

/**
 * The facts of the file through its index, if it has a fresh one, made of a file within `limits`;
 * undefined otherwise. A file over the limits is read without its index, and refused as it is read.
 */
export function openIndexed(path: string, cacheDir: string, limits: Limits): IndexedFacts | undefined {
  const key = fileKey(path);
  if (!key) return undefined;
  const index = IndexFile.open(indexPath(cacheDir, key.realPath), key);
  if (!index) return undefined;
  if (!madeWithin(index.meta, Number(key.size), limits)) {
    index.close();
    return undefined;
  }
  return new IndexedFacts(index, key.realPath, sourceName(path));
}

/**
 * Whether the file indexed is within the limits: its size and its number of facts are known, and
 * it was read within a depth limit no deeper than this one (UNICEF_KZ_MAX_*, limits.ts).
 */
function madeWithin(meta: IndexMeta, size: number, limits: Limits): boolean {
  return size <= limits.bytes && meta.factCount <= limits.facts && meta.depthLimit <= limits.depth;
}

/** What `index` made: where, how large, of how much. */
export interface MadeIndex {
  path: string;
  bytes: number;
  facts: number;
  terms: number;
}

/**
 * Reads the file and saves its index; undefined if the file has anything wrong with it (loading
 * it whole says what). A failure to write, found before the file is read if it can be (a
 * read-only cache, a file where the directory should be), is thrown.
 */
export function makeIndex(path: string, limits: Limits, cacheDir: string): MadeIndex | undefined {
  const key = settledKey(path);
  if (!key) {
    if (fileKey(path)) throw new FileChanged(`${sourceName(path)} kept changing while it was to be read`);
    return undefined;
  }
  const target = indexPath(cacheDir, key.realPath);
  const writer = new IndexWriter(target, key);
  const builder = new IndexBuilder(Number(key.size) <= SMALL_FILE);
  let checked: CheckedReading | undefined;
  try {
    checked = readCheckedFacts(key.realPath, limits, (fact, place) => builder.add(fact, place));
    if (!checked) {
      writer.abandon();
      return undefined;
    }
    const now = fileKey(path);
    if (!now || !sameKey(now, key)) throw new FileChanged(`${sourceName(path)} changed while it was read`);
    const bytes = builder.save(writer, checked, limits.depth);
    removeOrphans(cacheDir, target);
    return { path: target, bytes, facts: checked.links.length, terms: builder.termCount };
  } catch (error) {
    writer.abandon();
    throw error;
  } finally {
    checked?.reading.close();
    releaseLock(target);
  }
}

/**
 * The facts of the file through its index: the saved one if fresh, else one made now and saved.
 * Undefined when there can be none: the file has anything wrong with it, changed while it was
 * read, or the index could not be written.
 */
export function openOrMakeIndexed(
  path: string,
  limits: Limits,
  cacheDir: string,
  onMaking?: () => void,
): IndexedFacts | undefined {
  const opened = openIndexed(path, cacheDir, limits);
  if (opened) return opened;
  onMaking?.();
  try {
    if (!makeIndex(path, limits, cacheDir)) return undefined;
  } catch (error) {
    // A read-only or full cache, a file that changed as it was read or cannot be indexed: no index, and no error.
    if (error instanceof FileChanged || error instanceof NotIndexable) return undefined;
    if ((error as NodeJS.ErrnoException).code !== undefined) return undefined;
    throw error;
  }
  return openIndexed(path, cacheDir, limits);
}

/**
 * A search of the file through its index (see openOrMakeIndexed), or, without one, as it is read
 * (searchFactFile). Undefined when the book is better loaded whole (searchFactFile says when).
 */
export function searchDataFile(
  path: string,
  query: string,
  shown: Shown,
  limits: Limits,
  cache: CacheChoice,
): FileSearch | undefined {
  const dir = cacheDir(cache.env, cache.enabled);
  // An index found damaged as it is read is removed and made again, once.
  for (let attempt = 0; dir !== undefined && attempt < 2; attempt += 1) {
    const facts = cache.later ? openIndexed(path, dir, limits) : openOrMakeIndexed(path, limits, dir);
    if (!facts && cache.later) {
      const found = searchAsRead(path, query, shown, limits);
      // A file that can be searched gets its index, unless another process has just made it.
      const madeMeanwhile = found && openIndexed(path, dir, limits);
      madeMeanwhile?.close();
      if (found && !madeMeanwhile) askLater(path, dir, cache.later);
      return found;
    }
    if (!facts) break;
    try {
      const indexed = rankIndexed(facts, query, { eligible: facts.eligible(shown.filter), limit: shown.limit });
      if (!indexed) return undefined;
      const { ranked, total } = indexed.ranking;
      const hits = shown.highlighted === false ? ranked : exactHits(facts, indexed, ranked);
      return foundIn(facts.withDating(hits.map((hit) => hit.factIndex)), hits, path, total);
    } catch (error) {
      if (!(error instanceof DamagedIndex)) throw error;
      facts.index.remove();
    } finally {
      facts.close();
    }
  }
  return searchAsRead(path, query, shown, limits);
}

/**
 * searchFactFile, sure of the file it read: the facts shown are read again for their text after
 * the whole file was scored, so a file written while it was searched could show a fact that no
 * longer holds the words it was found by, with their score. Such a search is made again, once;
 * a file that keeps changing is refused, as `index` refuses it.
 */
function searchAsRead(path: string, query: string, shown: Shown, limits: Limits): FileSearch | undefined {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const before = fileKey(path);
    const found = searchFactFile(path, query, shown, limits);
    const after = before && fileKey(path);
    // Not a regular file (searchFactFile found nothing to search as read), or unchanged.
    if (!found || !before || (after && sameKey(before, after))) return found;
  }
  throw new DataError(`${sourceName(path)}: changed while it was searched; search again once it is written`);
}

/**
 * How a command asks for the cache: the environment, and whether --no-cache was given; and, for
 * the program's own process, where a search that finds no index asks for one to be made later
 * (background.ts), rather than making it as it searches.
 */
export interface CacheChoice {
  env: NodeJS.ProcessEnv;
  enabled: boolean;
  later?: (path: string, indexFile: string) => void;
}

function askLater(path: string, dir: string, later: (path: string, indexFile: string) => void): void {
  const key = fileKey(path);
  if (key) later(key.realPath, indexPath(dir, key.realPath));
}

/**
 * The part of an indexed data file a command shows (see BookPart), read through its index;
 * undefined when there is no fresh index, or it fails as it is read (load the whole book then).
 */
export function readBookPart(path: string, limits: Limits, cache: CacheChoice, part: BookPart): FactBook | undefined {
  return throughIndex(path, limits, cache, (facts) => bookPart(facts, part));
}

/** Every fact id of an indexed data file, in file order; undefined as for readBookPart. */
export function readFactIds(path: string, limits: Limits, cache: CacheChoice): string[] | undefined {
  return throughIndex(path, limits, cache, (facts) => facts.ids());
}

function throughIndex<T>(
  path: string,
  limits: Limits,
  cache: CacheChoice,
  read: (facts: IndexedFacts) => T,
): T | undefined {
  const dir = cacheDir(cache.env, cache.enabled);
  const facts = dir === undefined ? undefined : openIndexed(path, dir, limits);
  if (!facts) return undefined;
  try {
    return read(facts);
  } catch (error) {
    if (!(error instanceof DamagedIndex)) throw error;
    facts.index.remove(); // the next search makes it again
    return undefined;
  } finally {
    facts.close();
  }
}

/**
 * Browse over the file's index (made now if it has none, `onMaking` told first); undefined when
 * there can be none.
 */
export function browseDataFile(
  path: string,
  limits: Limits,
  cache: CacheChoice,
  onMaking?: () => void,
): BrowseSource | undefined {
  const dir = cacheDir(cache.env, cache.enabled);
  const facts = dir === undefined ? undefined : openOrMakeIndexed(path, limits, dir, onMaking);
  // Open as long as the session: browse ends with the process.
  return (
    facts &&
    indexedBrowseSource(facts, () => {
      const book = loadFactFile(path, limits);
      return bookSource(book, new SearchEngine(book));
    })
  );
}
