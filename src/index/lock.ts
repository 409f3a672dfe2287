// A lock beside an index file while a process makes it in the background (background.ts): the
// process id of the build, so that a build that ended without removing it does not hold it.
import { closeSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { openRegularFile } from "./reader.js";

/** Where a build of the index at `indexFile` says it is under way. */
export const lockOf = (indexFile: string) => `${indexFile}.lock`;

/**
 * A lock is never held longer than this: one left by a build that died, whose process id has
 * since come to another process, is taken over then.
 */
const LONGEST_BUILD = 60 * 60_000;
/** A lock without a process id is a minute old at most (the search that took it writes it next). */
const UNWRITTEN = 60_000;

/** Removes the lock if this process is the build it names (`index` does, when done). */
export function releaseLock(indexFile: string): void {
  if (lockHolder(lockOf(indexFile)) === process.pid) dropLock(indexFile);
}

/** Removes the lock; one that cannot be removed is left for a later search to take over. */
export function dropLock(indexFile: string): void {
  try {
    rmSync(lockOf(indexFile), { force: true });
  } catch {
    // Left as it is.
  }
}

/**
 * The lock, created and open; undefined if a build holds it, or it cannot be taken (a directory
 * in its place, a cache that cannot be written): then no build is started, and nothing is said.
 */
export function takeLock(lock: string): number | undefined {
  try {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        return openSync(lock, "wx", 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST" || isHeld(lock)) return undefined;
        rmSync(lock, { force: true });
      }
    }
  } catch {
    // A lock that cannot be taken over.
  }
  return undefined;
}

/** Whether a build holds the lock: its process runs (or has just started), and the lock is not too old. */
function isHeld(lock: string): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return false;
  }
  if (age > LONGEST_BUILD) return false;
  const holder = lockHolder(lock);
  return holder === undefined ? age < UNWRITTEN : isRunning(holder);
}

/** The process id the lock holds; none if it holds none, or is no file (a named pipe is not waited on). */
function lockHolder(lock: string): number | undefined {
  let fd: number | undefined;
  try {
    fd = openRegularFile(lock);
    if (fd === undefined) return undefined;
    const pid = Number(readFileSync(fd, "latin1"));
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
