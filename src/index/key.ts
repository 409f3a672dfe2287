import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { checksum } from "../checksum.js";
import { sleepSync } from "../facts/read-bytes.js";

/**
 * What an index says of the fact file it was made from. A file whose key is not the same has
 * changed, or is another file (renamed over it, a copy): its index is not used, and is made again.
 * Timestamps in nanoseconds tell apart two edits within a second; the change time moves with
 * every change, even one that sets the modification time back; the checksums of the first and
 * last bytes catch what timestamps might miss on a file system that keeps them coarsely.
 */
export interface FileKey {
  realPath: string;
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  /** Checksums (checksum.ts) of the first and of the last ENDS_LENGTH bytes. */
  head: number;
  tail: number;
}

export const ENDS_LENGTH = 64 * 1024;

/** The key of a regular file as it is now, or undefined if it cannot be read or is not a regular file. */
export function fileKey(path: string): FileKey | undefined {
  let fd: number | undefined;
  try {
    const realPath = realpathSync(path);
    // Looked at before it is opened: opening a named pipe waits for a writer, and takes what it writes.
    if (!statSync(realPath).isFile()) return undefined;
    fd = openSync(realPath, "r");
    const stats = fstatSync(fd, { bigint: true });
    if (!stats.isFile()) return undefined;
    const head = readAt(fd, 0, Number(stats.size));
    const tail = readAt(fd, Math.max(0, Number(stats.size) - ENDS_LENGTH), Number(stats.size));
    return {
      realPath,
      dev: stats.dev,
      ino: stats.ino,
      size: stats.size,
      mtimeNs: stats.mtimeNs,
      ctimeNs: stats.ctimeNs,
      head: checksum(head),
      tail: checksum(tail),
    };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A file system keeps a file's times to a tick of its clock: a hundredth of a second or finer here,
 * a second or two on others (ext4 with small inodes, FAT). Every edit sets the change time (which
 * no one can set back) to its tick: an edit within the tick of the key's change time leaves the
 * key as it was. So an index is made only of a file unchanged for a tick, whose every later edit
 * moves its change time. Coarse times show no fraction of a second.
 */
const FINE_TICK_NS = 50_000_000n;
const COARSE_TICK_NS = 2_000_000_000n;
/** How long settledKey waits for a file that keeps changing, in ns. */
const LONGEST_WAIT_NS = 5_000_000_000n;

/**
 * The file's key once it has been unchanged for a tick of its file system's clock (see
 * FINE_TICK_NS), waited for; undefined as for fileKey, or if it keeps changing.
 */
export function settledKey(path: string): FileKey | undefined {
  const started = wallClockNs();
  for (;;) {
    const key = fileKey(path);
    if (!key) return undefined;
    const wait = settlesAt(key) - wallClockNs();
    if (wait <= 0n) return key;
    if (wallClockNs() + wait - started > LONGEST_WAIT_NS) return undefined;
    sleepSync(Math.ceil(Number(wait) / 1e6));
  }
}

/** When, by the wall clock in ns, a file of this key has been unchanged for a tick of its file system's clock. */
export function settlesAt(key: Pick<FileKey, "ctimeNs">): bigint {
  return key.ctimeNs + (key.ctimeNs % 1_000_000_000n === 0n ? COARSE_TICK_NS : FINE_TICK_NS);
}

function wallClockNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

/** Up to ENDS_LENGTH bytes from `start`, not past `size`. */
function readAt(fd: number, start: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(Math.min(ENDS_LENGTH, size - start));
  let length = 0;
  while (length < bytes.length) {
    const read = readSync(fd, bytes, length, bytes.length - length, start + length);
    if (read === 0) break;
    length += read;
  }
  return bytes.subarray(0, length);
}

export function sameKey(a: FileKey, b: FileKey): boolean {
  return (
    a.realPath === b.realPath &&
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeNs === b.mtimeNs &&
    a.ctimeNs === b.ctimeNs &&
    a.head === b.head &&
    a.tail === b.tail
  );
}
