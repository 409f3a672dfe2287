// Bundles the CLI into one file: one module to load is most of what makes start-up fast.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/cli.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: process.env.MINIFY !== "0",
  legalComments: "none",
  // Bundled CommonJS dependencies (cli-table3) call require(); give ESM one.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  // Prefer ES module builds: jsonc-parser's UMD build requires files at run time.
  mainFields: ["module", "main"],
  logLevel: "warning",
});
