// How many typos a word may have and still be the word meant. Edits are counted as people make
// them: a letter wrong, missing, extra, or two neighbours swapped ("measels"), each one edit (the
// optimal string alignment distance). Fuse.js counts a swap as two and matches a pattern inside a
// longer word ("астана" two errors from "страна"), so whole-word edits are counted here.

/** Edits allowed in a query word of this many letters: none up to 4, one up to 8, then two. */
export function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  return length <= 8 ? 1 : 2;
}

/**
 * The optimal string alignment distance between `a` and `b` if it is at most `limit`, else
 * `limit + 1`. Only a band of 2 × limit + 1 cells around the diagonal can stay within the limit,
 * so only those are worked out, and the work stops once a whole row is over it.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (limit === 1 && differFromStart(a, b)) return 2;
  const over = limit + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Three rows, as offsets into `rows`: the one before the previous (for swaps), the previous,
  // and the current.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  rows.fill(over, before, before + width);
  for (let j = 0; j < width; j += 1) rows[previous + j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i += 1) {
    rows.fill(over, current, current + width);
    rows[current] = Math.min(i, over);
    let best = rows[current] ?? over;
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(
        (rows[previous + j] ?? over) + 1,
        (rows[current + j - 1] ?? over) + 1,
        (rows[previous + j - 1] ?? over) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (rows[before + j - 2] ?? over) + 1);
      }
      rows[current + j] = Math.min(value, over);
      best = Math.min(best, value);
    }
    if (best > limit) return over;
    const reused = before;
    before = previous;
    previous = current;
    current = reused;
  }
  return Math.min(rows[previous + b.length] ?? over, over);
}

/**
 * Whether two words of two letters or more are more than one edit apart by their first two
 * letters alone: one edit leaves one of them in one of those places (the first letter changed,
 * dropped, doubled or swapped with the second; or the first two kept). Most pairs compared are
 * told apart so, before any row is worked out: a question's words are each compared with dozens
 * of nouns, which made this function hot enough for V8 to optimise it in a start (1 MB, ms).
 */
function differFromStart(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const a0 = a.charCodeAt(0);
  const a1 = a.charCodeAt(1);
  const b0 = b.charCodeAt(0);
  const b1 = b.charCodeAt(1);
  return a0 !== b0 && a0 !== b1 && a1 !== b0 && a1 !== b1;
}

// The rows of every call, kept: a search tries its words against thousands of others, and in a
// start, where the code runs cold, making three arrays and swapping them by destructuring took
// longer than the comparing (a question's one word of ten letters: 1 ms).
let rows = new Int32Array(3 * 64);
