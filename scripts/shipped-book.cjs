// Prints, as JSON, the shipped fact file checked and indexed for search, for the build's second
// pass to write into the bundle (see src/shipped.ts). Its own process, so that the checker's and
// the indexer's compiled code stay out of the code cache that every start reads.
const { loadBundle } = require("../bin/load-bundle.cjs");

loadBundle({ withCache: false })
  .bundle.shippedBookJson()
  .then((json) => process.stdout.write(json))
  .catch((error) => {
    console.error(`build: ${error.message}`);
    process.exit(1);
  });
