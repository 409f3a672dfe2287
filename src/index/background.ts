// The first search of a file without an index answers as a search without one does (reading the
// file as it searches it), and leaves the index to a process of its own, at the lowest priority,
// that outlives it: the search costs what it did, and the next finds the index made, as with
// `git gc --auto`. The lock (lock.ts) keeps searches meanwhile from starting another.
import { spawn } from "node:child_process";
import { closeSync, openSync, writeSync } from "node:fs";
import { constants, setPriority } from "node:os";
import { dirname } from "node:path";
import { dropLock, lockOf, takeLock } from "./lock.js";
import { makeDirectory } from "./writer.js";

/**
 * Starts `unicef-kz index FILE` (`command`: Node and the program's script) detached, unless a
 * build of that index is under way. Fails silently: the next search tries again.
 */
export function buildLater(command: readonly string[], path: string, indexFile: string, env: NodeJS.ProcessEnv): void {
  try {
    makeDirectory(dirname(indexFile));
  } catch {
    return; // no cache here: the build would fail too
  }
  const lock = takeLock(lockOf(indexFile));
  if (lock === undefined) return;
  try {
    // Written to /dev/null opened for writing only: opened for reading and writing, as stdio
    // "ignore" does, it would pass for a closed stdout (src/stdio.ts).
    const devNull = openSync("/dev/null", "w");
    const [node = process.execPath, ...args] = command;
    const child = spawn(node, [...args, "index", path], { detached: true, stdio: ["ignore", devNull, devNull], env });
    closeSync(devNull);
    child.on("error", () => dropLock(indexFile));
    if (child.pid !== undefined) {
      writeSync(lock, String(child.pid));
      lowerPriority(child.pid);
    }
    child.unref();
  } catch {
    dropLock(indexFile);
  } finally {
    closeSync(lock);
  }
}

function lowerPriority(pid: number): void {
  try {
    setPriority(pid, constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here: it runs at the search's own.
  }
}
