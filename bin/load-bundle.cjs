// Loads dist/cli.cjs (built by `npm run build`) the way Node loads a CommonJS module, but with
// the code cache the build saved beside it, so V8 does not compile the bundle on every start.
// A cache from another Node version is refused by V8, and the bundle is then compiled as usual.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = join(__dirname, "..", "dist", "cli.cjs");
const CACHE = join(__dirname, "..", "dist", "cli.cache");

function loadBundle({ withCache }) {
  let cachedData;
  if (withCache) {
    try {
      cachedData = readFileSync(CACHE);
    } catch {
      // No cache: compile.
    }
  }
  // The bundle is already wrapped in a module function (see scripts/build.mjs).
  const script = new Script(readFileSync(BUNDLE, "latin1"), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, BUNDLE, join(__dirname, "..", "dist"));
  return { bundle: module.exports, script };
}

module.exports = { CACHE, loadBundle };
