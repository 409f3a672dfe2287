// Writes dist/cli.cache: V8's compiled code for dist/cli.cjs after it has run common commands,
// searches of a fact file through its saved index among them (see warmUp in src/main.ts).
const { spawnSync } = require("node:child_process");
const { copyFileSync, mkdtempSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { CACHE, loadBundle } = require("../bin/load-bundle.cjs");

const root = join(__dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "unicef-kz-build-"));
const indexed = { path: join(scratch, "facts.json"), cacheDir: join(scratch, "cache") };
copyFileSync(join(root, "data", "unicef-kz.json"), indexed.path);
// Its index is made in another process: the code that makes one stays out of the cache.
const made = spawnSync(process.execPath, [join(root, "bin", "unicef-kz"), "index", indexed.path], {
  env: { ...process.env, UNICEF_KZ_CACHE_DIR: indexed.cacheDir },
  stdio: ["ignore", "pipe", "inherit"],
});
if (made.status !== 0) process.exit(made.status ?? 1);

const { bundle, script } = loadBundle({ withCache: false });
(async () => {
  try {
    await bundle.warmUp(indexed);
    writeFileSync(CACHE, script.createCachedData());
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
})();
