// Standard output and error without process.stdout and process.stderr where they are not needed:
// making either one loads node:tty, node:net and the stream modules: about 4 ms, where the whole
// start-up may take 20 ms more than \`node -e 0\`. A terminal still gets the streams (browse needs
// them, and their columns).
import { fstatSync, writeSync } from "node:fs";

const STDOUT = 1;
const STDERR = 2;

/** Linux's major device number of /dev/null, /dev/zero and the other memory devices. */
const LINUX_MEMORY_DEVICES = 1;

/**
 * Whether a standard stream is a terminal. Files, pipes, sockets and /dev/null are told apart
 * by fstat alone; only a character device that may be a terminal asks node:tty.
 */
export function isTerminal(fd: typeof STDOUT | typeof STDERR): boolean {
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

function streamOf(fd: typeof STDOUT | typeof STDERR): NodeJS.WriteStream {
  return fd === STDOUT ? process.stdout : process.stderr;
}

/** Writers for standard output and error; written text is out before the call returns, or queued. */
export function standardWriters(): {
  writeOut(text: string): void;
  writeErr(text: string): void;
  allWritten(): boolean;
} {
  const out = writerFor(STDOUT);
  const err = writerFor(STDERR);
  return { writeOut: out.write, writeErr: err.write, allWritten: () => !out.queued() && !err.queued() };
}

/**
 * Writes synchronously; a reader that has gone (EPIPE: head, a closed pager) ends the writing
 * quietly, as it is not a failure of ours. A non-blocking descriptor that is full (EAGAIN, when a
 * parent process shares one) hands the rest, and all later text, to Node's stream, which waits.
 */
function writerFor(fd: typeof STDOUT | typeof STDERR): { write(text: string): void; queued(): boolean } {
  let mode: "sync" | "stream" | "closed" = "sync";
  let pending = 0;
  const toStream = (chunk: string | Buffer) => {
    pending += 1;
    streamOf(fd).write(chunk, () => {
      pending -= 1;
    });
  };
  const write = (text: string) => {
    if (mode === "closed") return;
    if (mode === "stream") {
      toStream(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") {
        mode = "closed";
      } else if (code === "EAGAIN") {
        mode = "stream";
        streamOf(fd).on("error", (streamError: NodeJS.ErrnoException) => {
          if (streamError.code !== "EPIPE") throw streamError;
        });
        toStream(bytes.subarray(written));
      } else {
        throw error;
      }
    }
  };
  return { write, queued: () => pending > 0 };
}
