// A fact file is parsed a batch of facts at a time, as it is read, not as one text. The text of
// a whole file takes twice its size or more (UTF-16), and the bytes it is decoded from take its
// size again; on machines where memory first touched costs more than the work done in it, making
// them was most of the time a large file took. A batch of a few dozen facts is decoded and parsed
// in V8's young generation, whose pages are used again and again.

import { constants } from "node:buffer";
import { type BatchOutcome, BatchParser, type BrokenSpot, type TakeFacts } from "./batch-parser.js";

/** Puts more bytes into `buffer`, from `offset` on, and says how many: 0 at the end. */
export type ReadMore = (buffer: Buffer, offset: number) => number;

/**
 * The value `JSON.parse` gives for the bytes, facts and all, as `parseInBatches` reads them; the
 * reading stops at the first batch that takes the count of facts past `maxFacts`.
 */
export function parseAllInBatches(
  readMore: ReadMore,
  bufferSize: number,
  maxDepth: number,
  maxFacts: number,
): { json: unknown } | { tooManyFacts: true } | { broken: BrokenSpot } | undefined {
  const facts: unknown[] = [];
  const parsed = parseInBatches(readMore, bufferSize, maxDepth, (batch) => {
    for (const fact of batch) facts.push(fact);
    return facts.length <= maxFacts;
  });
  if (parsed === undefined || "broken" in parsed) return parsed;
  if ("stopped" in parsed) return { tooManyFacts: true };
  (parsed.json as { facts: unknown[] }).facts = facts;
  return parsed;
}

/**
 * The value `JSON.parse` gives for the bytes a fact file's reader yields, with its facts handed
 * to `take` (the value's "facts" array is left empty); `{ stopped }` if `take` stopped it;
 * `{ broken }` at the first piece of the facts array, or the tail, that is not JSON or has a key
 * twice; or undefined if this reading cannot vouch for it: a value is nested deeper than
 * `maxDepth` (the top level is 0), the "facts" array is not found once in the top-level object,
 * or the head before it is not JSON. The caller then parses the whole text, which says what is wrong.
 *
 * How: the bytes are scanned (strings skipped whole) to find the "facts" array's elements. The
 * file with that array's contents left out is parsed on its own, then the elements, a batch at a
 * time; each batch must hold as many elements as it has separating commas plus one, so that an
 * empty element (`[1,,2]`, `[,]`) is not read as none. A key given twice is found by counting:
 * each key has one colon outside strings, and JSON.parse keeps one key of each name.
 */
export function parseInBatches(
  readMore: ReadMore,
  bufferSize: number,
  maxDepth: number,
  take: TakeFacts,
): BatchOutcome {
  const parser = new BatchParser(bufferSize, maxDepth, take);
  for (;;) {
    const read = readMore(parser.roomToRead(), parser.length);
    if (read === 0) return parser.finish();
    parser.length += read;
    // A piece not parsed yet (the head, a fact, the tail) longer than a string can hold is no fact
    // file this reading can vouch for: holding more of it would only use memory (a file of zeros).
    if (parser.length - parser.kept > constants.MAX_STRING_LENGTH) return undefined;
    if (!parser.scan()) return parser.stopped ? { stopped: true } : parser.broken && { broken: parser.broken };
  }
}
