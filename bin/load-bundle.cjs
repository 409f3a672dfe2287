// Loads dist/cli.cjs (built by `npm run build`) the way Node loads a CommonJS module, but with
// the code cache the build saved beside it, so V8 does not compile the bundle on every start.
// A cache from another Node version is refused by V8, and the bundle is then compiled as usual.
const { closeSync, fstatSync, openSync, readSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = join(__dirname, "..", "dist", "cli.cjs");
const CACHE = join(__dirname, "..", "dist", "cli.cache");

/** Opens both files; the cache may be missing (then the bundle is compiled). */
function openFiles(withCache) {
  const bundle = openSync(BUNDLE, "r");
  let cache;
  try {
    if (withCache) cache = openSync(CACHE, "r");
  } catch {
    // No cache: compile.
  }
  return { bundle, cache };
}

function readInto(buffer, fd, size) {
  let read = 0;
  while (read < size) {
    const got = readSync(fd, buffer, read, size - read, read);
    if (got === 0) break;
    read += got;
  }
  return read;
}

function loadBundle({ withCache }) {
  const files = openFiles(withCache);
  try {
    const bundleSize = fstatSync(files.bundle).size;
    const cacheSize = files.cache === undefined ? 0 : fstatSync(files.cache).size;
    // One buffer for both files, the bundle's text first: memory touched for the first time is
    // slow to get (a page fault each 4 KB), and the cache reuses what the text was read into.
    const buffer = Buffer.allocUnsafeSlow(Math.max(bundleSize, cacheSize));
    // The bundle is ASCII (esbuild escapes the rest), and already wrapped in a module function.
    const source = buffer.toString("latin1", 0, readInto(buffer, files.bundle, bundleSize));
    const cachedData =
      files.cache === undefined ? undefined : buffer.subarray(0, readInto(buffer, files.cache, cacheSize));
    const script = new Script(source, { filename: BUNDLE, cachedData });
    const module = { exports: {} };
    script.runInThisContext()(module.exports, require, module, BUNDLE, join(__dirname, "..", "dist"));
    return { bundle: module.exports, script };
  } finally {
    closeSync(files.bundle);
    if (files.cache !== undefined) closeSync(files.cache);
  }
}

module.exports = { BUNDLE, CACHE, loadBundle };
