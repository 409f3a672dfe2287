// Standard output and error without process.stdout and process.stderr where they are not needed:
// making either one loads node:tty, node:net and the stream modules: about 4 ms, where the whole
// start-up may take 20 ms more than \`node -e 0\`. A terminal still gets the streams (browse needs
// them, and their columns).
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";

const STDIN = 0;
const STDOUT = 1;
const STDERR = 2;

/** Linux's major device number of /dev/null, /dev/zero and the other memory devices. */
const LINUX_MEMORY_DEVICES = 1;

/**
 * Whether a standard stream is a terminal. Files, pipes, sockets and /dev/null are told apart
 * by fstat alone; only a character device that may be a terminal asks node:tty.
 */
export function isTerminal(fd: typeof STDIN | typeof STDOUT | typeof STDERR): boolean {
  let stat: ReturnType<typeof fstatSync>;
  try {
    stat = fstatSync(fd);
  } catch {
    return false; // closed
  }
  if (!stat.isCharacterDevice()) return false;
  if (process.platform === "linux" && ((stat.rdev >> 8) & 0xfff) === LINUX_MEMORY_DEVICES) return false;
  return streamOf(fd).isTTY === true;
}

// Standard input's stream is made only for a character device: made for a pipe, it would set the
// pipe non-blocking under the reads of `--data -`.
function streamOf(fd: typeof STDIN | typeof STDOUT | typeof STDERR): NodeJS.ReadStream | NodeJS.WriteStream {
  return fd === STDIN ? process.stdin : fd === STDOUT ? process.stdout : process.stderr;
}

/** What the writers write through: the real descriptors, or a test's. */
export interface Descriptors {
  /** Writes bytes from `offset` on and says how many it took, as fs.writeSync does (and throws as it does). */
  write(fd: number, bytes: Buffer, offset: number): number;
  /** Whether the stream was closed when the program started (see closedAtStart). */
  closedAtStart(fd: number): boolean;
}

const REAL: Descriptors = {
  write: (fd, bytes, offset) => writeSync(fd, bytes, offset),
  closedAtStart,
};

/** Standard output and error, written to; and how writing to each went. */
export interface StandardWriters {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Whether all text written is out, none queued. */
  allWritten(): boolean;
  /** The first error each stream gave (not EPIPE, a reader gone, which is no failure of ours). */
  failures(): { out?: NodeJS.ErrnoException; err?: NodeJS.ErrnoException };
}

/** Writers for standard output and error; written text is out before the call returns, or queued. */
export function standardWriters(descriptors: Descriptors = REAL): StandardWriters {
  const out = writerFor(STDOUT, descriptors);
  const err = writerFor(STDERR, descriptors);
  return {
    writeOut: out.write,
    writeErr: err.write,
    allWritten: () => !out.queued() && !err.queued(),
    failures: () => ({ out: out.failure(), err: err.failure() }),
  };
}

/**
 * Writes synchronously; a reader that has gone (EPIPE: head, a closed pager) ends the writing
 * quietly, as it is not a failure of ours; any other error (ENOSPC: a full disk, /dev/full; EIO)
 * ends it too, and is kept for the exit code and a message. A non-blocking descriptor that is full
 * (EAGAIN, when a parent process shares one) hands the rest, and all later text, to Node's stream,
 * which waits.
 */
function writerFor(
  fd: typeof STDOUT | typeof STDERR,
  descriptors: Descriptors,
): { write(text: string): void; queued(): boolean; failure(): NodeJS.ErrnoException | undefined } {
  let mode: "unchecked" | "sync" | "stream" | "closed" = "unchecked";
  let pending = 0;
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (error: NodeJS.ErrnoException) => {
    mode = "closed";
    if (error.code !== "EPIPE") failure ??= error;
  };
  const toStream = (chunk: string | Buffer) => {
    pending += 1;
    streamOf(fd).write(chunk, () => {
      pending -= 1;
    });
  };
  const write = (text: string) => {
    if (text === "") return;
    if (mode === "unchecked") {
      // Asked when there is something to write: a command that prints nothing needs no stream.
      mode = "sync";
      if (descriptors.closedAtStart(fd)) fail(Object.assign(new Error("closed at start"), { code: "EBADF" }));
    }
    if (mode === "closed") return;
    if (mode === "stream") {
      toStream(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let written = 0;
    try {
      while (written < bytes.length) written += descriptors.write(fd, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        mode = "stream";
        streamOf(fd).on("error", fail);
        toStream(bytes.subarray(written));
      } else {
        fail(error as NodeJS.ErrnoException);
      }
    }
  };
  return { write, queued: () => pending > 0, failure: () => failure };
}

/** Linux's /dev/null: major 1, minor 3. */
const DEV_NULL = (1 << 8) | 3;
const O_ACCMODE = 3;
const O_RDWR = 2;

/**
 * Whether a standard stream was closed when the program started (`unicef-kz events >&-`). Node
 * puts /dev/null, opened for reading and writing, in the place of a closed one before any code
 * runs; a shell's `>/dev/null` opens it for writing only. But a program that runs unicef-kz and
 * throws its output away may give it a read-write /dev/null too (Node's stdio "ignore", Python's
 * subprocess.DEVNULL), usually for more than one stream: so a stream is taken as closed only when
 * it alone of the three is one, as after `>&-` or `2>&-`.
 */
function closedAtStart(fd: number): boolean {
  return isReadWriteDevNull(fd) && [0, 1, 2].every((other) => other === fd || !isReadWriteDevNull(other));
}

/**
 * The start of /proc/self/fdinfo/FD (its flags are on the second line), read with one read: a
 * readFileSync of a /proc file, whose size reads as 0, took 0.5–0.8 ms at start, this 0.05 ms.
 */
function fdInfo(fd: number): string {
  const info = openSync(`/proc/self/fdinfo/${fd}`, "r");
  try {
    const bytes = Buffer.allocUnsafe(256);
    return bytes.toString("latin1", 0, readSync(info, bytes, 0, bytes.length, null));
  } finally {
    closeSync(info);
  }
}

function isReadWriteDevNull(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (process.platform !== "linux" || !stat.isCharacterDevice() || stat.rdev !== DEV_NULL) return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(fdInfo(fd))?.[1];
    return flags !== undefined && (Number.parseInt(flags, 8) & O_ACCMODE) === O_RDWR;
  } catch {
    return false;
  }
}
