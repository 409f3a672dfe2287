// Bundles the CLI into one CommonJS file and saves V8's code cache for it: one file to load,
// loaded synchronously and without compiling, is most of what makes start-up fast.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Gives commander (only) a node:child_process that loads when first used; see the stub. */
function lazyChildProcess() {
  return {
    name: "lazy-child-process",
    setup(build) {
      build.onResolve({ filter: /^node:child_process$/ }, (args) =>
        args.importer.includes("commander")
          ? { path: fileURLToPath(new URL("stubs/child-process.cjs", import.meta.url)) }
          : undefined,
      );
    },
  };
}

/**
 * unicef-kz decides colour itself (src/render/context.ts) and gives chalk the level, so chalk's
 * own terminal detection, which loads node:tty and more at start, is swapped for its browser
 * stand-in, which does nothing.
 */
function chalkWithoutDetection() {
  return {
    name: "chalk-without-detection",
    setup(build) {
      build.onResolve({ filter: /^#supports-color$/ }, () => ({
        path: fileURLToPath(new URL("../node_modules/chalk/source/vendor/supports-color/browser.js", import.meta.url)),
      }));
    },
  };
}

await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/cli.cjs",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minify: process.env.MINIFY !== "0",
  // Non-ASCII characters are escaped, so bin/load-bundle.cjs reads the file as Latin-1, the fastest.
  charset: "ascii",
  legalComments: "none",
  // The sources are ES modules; in the CommonJS bundle, import.meta's paths are the bundle's own.
  define: { "import.meta.dirname": "__dirname", "import.meta.filename": "__filename" },
  // The file is one function expression, as Node wraps a CommonJS module, so bin/load-bundle.cjs
  // compiles it as read, without building a second copy of a 200 KB string.
  banner: {
    js: '(function (exports, require, module, __filename, __dirname) {"use strict";',
  },
  footer: { js: "})" },
  plugins: [lazyChildProcess(), chalkWithoutDetection()],
  // cli-table3 requires @colors/colors only for cells styled with colour names, which unicef-kz
  // never asks for (its colour is chalk's): it stays in node_modules, out of every start.
  external: ["@colors/colors"],
  // Prefer ES module builds: jsonc-parser's UMD build requires files at run time.
  mainFields: ["module", "main"],
  logLevel: "warning",
});

// Each in a child process without flags, as bin/unicef-kz runs: V8 refuses a cache made under
// other flags. The shipped book first: the cache's warm-up searches it.
for (const script of ["scripts/shipped-book.cjs", "scripts/code-cache.cjs"]) {
  const child = spawnSync(process.execPath, [script], { stdio: "inherit" });
  if (child.status !== 0) process.exit(child.status ?? 1);
}
