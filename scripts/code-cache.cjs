// Writes dist/cli.cache: V8's compiled code for dist/cli.cjs after it has run common commands.
const { writeFileSync } = require("node:fs");
const { CACHE, loadBundle } = require("../bin/load-bundle.cjs");

const { bundle, script } = loadBundle({ withCache: false });
(async () => {
  await bundle.warmUp();
  writeFileSync(CACHE, script.createCachedData());
})();
