// Merged postings of the words a short prefix begins. A letter or two typed in browse matches
// thousands of words, and reading and gathering their postings, near a million at 100,000 facts,
// took 13–18 ms of a key. The index keeps, for each run of words sharing a prefix whose postings
// are many, their postings merged: each fact once, with the best weight any of the words has
// there. A query word matching every word of such a run, all as typed or none, reads that one list.
import { readPostingsInto, WEIGHT_CODES } from "./postings.js";
import { DamagedIndex, type IndexFile } from "./reader.js";
import { writeVarint } from "./varints.js";

/**
 * A run of word ids whose postings are merged, from `first` to `end`, and where its postings lie
 * in the prefixPostings section.
 */
export interface PrefixRun {
  first: number;
  end: number;
  start: number;
  stop: number;
}

/**
 * The runs of words worth merging, by the words (in id order): for each prefix length, the runs
 * of words starting alike whose postings take at least MERGED_SHARE bytes a fact. Gathering
 * fewer costs less than what a key costs anyway (arrays as long as the file).
 */
export function prefixRuns(
  terms: readonly string[],
  postingBytes: (id: number) => number,
  factCount: number,
): [number, number][] {
  const runs: [number, number][] = [];
  const least = Math.max(1, factCount * MERGED_SHARE);
  for (let length = 1; ; length += 1) {
    let found = false;
    for (let first = 0; first < terms.length; ) {
      const prefix = (terms[first] ?? "").slice(0, length);
      // A word shorter than the prefixes begins none of this length.
      if (prefix.length < length) {
        first += 1;
        continue;
      }
      let end = first + 1;
      let bytes = postingBytes(first);
      while (end < terms.length && (terms[end] ?? "").startsWith(prefix)) {
        bytes += postingBytes(end);
        end += 1;
      }
      if (end - first > 1 && bytes >= least) {
        runs.push([first, end]);
        found = true;
      }
      first = end;
    }
    if (!found) return runs;
  }
}

const MERGED_SHARE = 0.5;

/**
 * The merged postings of the words from `first` to `end`: each fact any of them is in, with the
 * best weight (by `weights`) of any of them there, as a word's postings are written
 * (postings.ts). `postingsOf` gives a word's postings.
 */
export function mergedPostings(
  first: number,
  end: number,
  factCount: number,
  weights: readonly number[],
  postingsOf: (id: number) => Uint8Array,
): Uint8Array {
  // Each fact's best code + 1 (0: none yet), and the facts met.
  const best = new Uint8Array(factCount);
  const met: number[] = [];
  let places = new Int32Array(0);
  let codes = new Uint8Array(0);
  for (let id = first; id < end; id += 1) {
    const bytes = postingsOf(id);
    if (places.length < bytes.length) {
      places = new Int32Array(bytes.length);
      codes = new Uint8Array(bytes.length);
    }
    const count = readPostingsInto(bytes, factCount, places, codes);
    for (let at = 0; at < count; at += 1) {
      const place = places[at] ?? 0;
      const code = codes[at] ?? 0;
      const known = best[place] ?? 0;
      if (known === 0) met.push(place);
      if (known === 0 || (weights[code] ?? 0) > (weights[known - 1] ?? 0)) best[place] = code + 1;
    }
  }
  const sorted = Int32Array.from(met).sort();
  const merged = new Uint8Array(5 * sorted.length);
  let length = 0;
  let last = 0;
  for (const place of sorted) {
    length = writeVarint(merged, length, (place - last) * WEIGHT_CODES + ((best[place] ?? 1) - 1));
    last = place;
  }
  return merged.subarray(0, length);
}

/** The runs of a saved index whose postings are merged, found by their first word. */
export class PrefixRuns {
  private readonly byFirst = new Map<number, PrefixRun[]>();

  constructor(private readonly index: IndexFile) {
    const table = index.float64s("prefixRuns");
    const postings = index.length("prefixPostings");
    for (let at = 0; at + 4 <= table.length; at += 4) {
      const [first = 0, end = 0, start = 0, stop = 0] = table.subarray(at, at + 4);
      if (!(first < end && end <= index.meta.termCount && start <= stop && stop <= postings))
        throw new DamagedIndex(`prefix run ${at / 4} is out of place`);
      const runs = this.byFirst.get(first) ?? [];
      runs.push({ first, end, start, stop });
      this.byFirst.set(first, runs);
    }
    // The longest first.
    for (const runs of this.byFirst.values()) runs.sort((a, b) => b.end - a.end);
  }

  /**
   * The longest run starting at `ids[at]` whose every word is in `ids` (ascending), all as typed
   * or all not (`typed`, by word id); undefined if none.
   */
  within(ids: readonly number[], at: number, typed: Uint8Array): PrefixRun | undefined {
    const first = ids[at] ?? 0;
    return this.byFirst.get(first)?.find((run) => {
      const last = at + run.end - run.first - 1;
      if (ids[last] !== run.end - 1) return false;
      for (let id = run.first + 1; id < run.end; id += 1) if (typed[id] !== typed[first]) return false;
      return true;
    });
  }

  /** A run's merged postings. */
  postings(run: PrefixRun): Uint8Array {
    return this.index.bytes("prefixPostings", run.start, run.stop);
  }
}
