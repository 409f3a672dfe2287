// `npm pack` and `npm publish` run `prepack` (build, then `strip`) and `postpack` (`restore`).
// The tarball carries the built dist/, so its package.json leaves out `prepare`: for a package
// installed from a file, npm 11 lists `prepare` as an install script and warns that it is held
// back, a warning its own advice (--allow-scripts=unicef-kz) does not silence. npm packs the
// package.json on disk, so it is rewritten between the two scripts and put back after.
import { accessSync, constants, existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_JSON = fileURLToPath(new URL("../package.json", import.meta.url));
// Holds package.json as it was while the tarball is made; not in the tarball (see "files").
const SAVED = `${PACKAGE_JSON}.packing`;

/** Puts back the package.json that `strip` saved, if it is there. */
function restore() {
  if (existsSync(SAVED)) renameSync(SAVED, PACKAGE_JSON);
}

/**
 * npm cannot run `postpack` when packing fails, so what would fail after the rewrite is checked
 * before it: where the tarball goes. A package.json left by a pack that failed anyway is put back first.
 */
function strip() {
  restore();
  // npm writes the tarball relative to where it was run (INIT_CWD), not to this package.
  const destination = resolve(process.env.INIT_CWD ?? ".", process.env.npm_config_pack_destination || ".");
  try {
    if (!statSync(destination).isDirectory()) throw new Error("not a directory");
    accessSync(destination, constants.W_OK);
  } catch (error) {
    console.error(`unicef-kz pack: cannot write the tarball to ${destination}: ${error.message}`);
    process.exit(1);
  }
  const text = readFileSync(PACKAGE_JSON, "utf8");
  const packed = JSON.parse(text);
  delete packed.scripts.prepare;
  writeFileSync(SAVED, text);
  writeFileSync(PACKAGE_JSON, `${JSON.stringify(packed, null, 2)}\n`);
}

const steps = { strip, restore };
const step = steps[process.argv[2]];
if (!step) {
  console.error("usage: node scripts/pack.mjs strip|restore");
  process.exit(2);
}
step();
