// Writes dist/shipped-index.json and dist/shipped-facts.json: the shipped fact file checked and
// indexed for search (see src/shipped.ts). Its own process, so that the checker's and the
// indexer's compiled code stay out of the code cache that every start reads.
const { loadBundle } = require("../bin/load-bundle.cjs");

loadBundle({ withCache: false })
  .bundle.saveShippedBook()
  .catch((error) => {
    console.error(`build: ${error.message}`);
    process.exit(1);
  });
