// Bundles the CLI into one CommonJS file and saves V8's code cache for it: one file to load,
// loaded synchronously and without compiling, is most of what makes start-up fast.
import { spawnSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const { build } = await import("esbuild").catch(missingBuildTools);

/**
 * Without the devDependencies there is nothing to build with: one line says why and what to do.
 * The usual cause is `npm i -g <git url>`: npm 10 and 11 (pacote 21 at most; npm 12 needs Node 22)
 * prepare the clone with an `npm install` that inherits the global flag, so nothing is installed in
 * it (npm/cli#8440; pacote 22 passes --global=false, npm/pacote#494). No package can change that.
 */
function missingBuildTools(error) {
  if (error.code !== "ERR_MODULE_NOT_FOUND") throw error;
  const why =
    process.env.npm_config_global === "true"
      ? "npm installs nothing to build with in a global install (npm/cli#8440): run `npm ci` in a clone, then `npm link`; or `npm i -g` a tarball made by `npm pack`"
      : "run `npm ci` (with the devDependencies) first";
  console.error(`unicef-kz build: esbuild is not installed; ${why}`);
  process.exit(1);
}

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

/**
 * cli-table3 (0.6.5) cuts every cell's text to 10 characters each time it draws one of the cell's
 * lines, only to name the cell in a debug log, which unicef-kz never turns on; cutting measures the
 * text's width once per character, so a small table took 50 ms. The bundle leaves the cut out. The
 * build fails if the line is not there, so that a new cli-table3 is looked at again.
 */
function tableWithoutDebugCut() {
  const cut = "let content = utils.truncate(this.content, 10, this.truncate);";
  return {
    name: "table-without-debug-cut",
    setup(build) {
      build.onLoad({ filter: /cli-table3[\\/]src[\\/]cell\.js$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes(cut)) throw new Error(`cli-table3 has changed: ${args.path} no longer has \`${cut}\``);
        return { contents: source.replace(cut, 'const content = "";'), loader: "js" };
      });
    },
  };
}

/**
 * cli-table3 (0.6.5) looks, for every cell of a table, through every row above it for a cell that
 * spans over it (fillInTable), to fill the holes that row and column spans leave: a table of n
 * rows costs n² (13,000 events: 2 s; 130,000: 7 minutes). unicef-kz's rows are always full and
 * never span, which leaves no hole: the bundle fills in only a table that has one. The build fails
 * if the call is not there; test/hardening/large-arrays.test.ts draws 130,000 rows in a minute or less.
 */
function tableWithoutQuadraticFill() {
  const fill = "    fillInTable(cellRows);";
  const onlyWithHoles =
    "    if (cellRows.some((row) => row.length !== cellRows[0].length || row.some((cell) => (cell.rowSpan || 1) > 1 || (cell.colSpan || 1) > 1))) fillInTable(cellRows);";
  return {
    name: "table-without-quadratic-fill",
    setup(build) {
      build.onLoad({ filter: /cli-table3[\\/]src[\\/]layout-manager\.js$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes(fill))
          throw new Error(`cli-table3 has changed: ${args.path} no longer has \`${fill.trim()}\``);
        return { contents: source.replace(fill, onlyWithHoles), loader: "js" };
      });
    },
  };
}

/**
 * Bundles src/main.ts into dist/cli.cjs, with `shippedBook` (JSON, see src/shipped.ts) written in
 * as SHIPPED_BOOK: the first pass has none, and makes it; the second writes it in.
 */
async function bundle(shippedBook) {
  await build({
    entryPoints: ["src/main.ts"],
    outfile: "dist/cli.cjs",
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // MINIFY=0 keeps the names, for a readable profile (node --cpu-prof).
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: process.env.MINIFY !== "0",
    // Non-ASCII characters are escaped, so bin/load-bundle.cjs reads the file as Latin-1, the fastest.
    charset: "ascii",
    legalComments: "none",
    // The sources are ES modules; in the CommonJS bundle, import.meta's paths are the bundle's own.
    define: {
      "import.meta.dirname": "__dirname",
      "import.meta.filename": "__filename",
      SHIPPED_BOOK: shippedBook,
    },
    // The file is one function expression, as Node wraps a CommonJS module, so bin/load-bundle.cjs
    // compiles it as read, without building a second copy of a 200 KB string.
    banner: {
      js: '(function (exports, require, module, __filename, __dirname) {"use strict";',
    },
    footer: { js: "})" },
    plugins: [lazyChildProcess(), chalkWithoutDetection(), tableWithoutDebugCut(), tableWithoutQuadraticFill()],
    // cli-table3 requires @colors/colors only for cells styled with colour names, which unicef-kz
    // never asks for (its colour is chalk's): it stays in node_modules, out of every start.
    external: ["@colors/colors"],
    logLevel: "warning",
  });
}

/**
 * bin/load-bundle.cjs reads the bundle as Latin-1; esbuild's `charset: "ascii"` escapes strings but
 * leaves a regular expression's non-ASCII letters as they are, which Latin-1 would garble silently.
 */
async function checkAscii() {
  const bundleBytes = await readFile("dist/cli.cjs");
  const nonAscii = bundleBytes.findIndex((byte) => byte > 0x7f);
  if (nonAscii !== -1) {
    const context = bundleBytes.subarray(Math.max(0, nonAscii - 40), nonAscii + 40).toString("utf8");
    console.error(`build: dist/cli.cjs has a non-ASCII byte at ${nonAscii} (write it as \\u escapes): …${context}…`);
    process.exit(1);
  }
}

/** Runs a build step in a child process without flags, as bin/unicef-kz runs: V8 refuses a cache made under other flags. */
function step(args, stdout = "inherit") {
  // The shipped book comes back on standard output: room for far more than spawnSync's 1 MB.
  const child = spawnSync(process.execPath, args, {
    stdio: ["ignore", stdout, "inherit"],
    encoding: "utf8",
    maxBuffer: 1024 ** 3,
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
  return child.stdout;
}

// What older builds wrote beside the bundle, which now carries the shipped book: removed, so it
// cannot ship. dist/ itself stays, so that a command run during a build finds a bundle.
for (const old of ["shipped-facts.json", "shipped-index.json", "shipped-index.digest"]) {
  await rm(`dist/${old}`, { force: true });
}
await bundle("undefined");
const shippedBook = step(["scripts/shipped-book.cjs"], "pipe");
await bundle(shippedBook);
await checkAscii();
// The code cache's warm-up searches the shipped book, so it comes after the second pass.
step(["scripts/code-cache.cjs"]);
// The man page, from the sources: the bundle leaves its renderer out.
step(["--import", "tsx", "scripts/write-man-page.ts"]);
