// A lock beside an index file while a process makes it in the background (background.ts): the
// process id of the build, so that a build that ended without removing it does not hold it.
import { openSync, readFileSync, rmSync, statSync } from "node:fs";

/** Where a build of the index at `indexFile` says it is under way. */
export const lockOf = (indexFile: string) => `${indexFile}.lock`;

/** Removes the lock if this process is the build it names (`index` does, when done). */
export function releaseLock(indexFile: string): void {
  if (lockHolder(lockOf(indexFile)) === process.pid) rmSync(lockOf(indexFile), { force: true });
}

/** The lock, created and open; undefined if a live build holds it (one whose process has ended does not). */
export function takeLock(lock: string): number | undefined {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      return openSync(lock, "wx", 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return undefined;
      const holder = lockHolder(lock);
      // A build that is running, or one just started whose process id is not written yet.
      if (holder === undefined ? isRecent(lock) : isRunning(holder)) return undefined;
      rmSync(lock, { force: true });
    }
  }
  return undefined;
}

function lockHolder(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, "latin1"));
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock is a minute old or less (a lock without a process id, older, was left by a search that stopped). */
function isRecent(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs < 60_000;
  } catch {
    return false;
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
