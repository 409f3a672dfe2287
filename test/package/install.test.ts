import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import packageJson from "../../package.json" with { type: "json" };
import { ROOT, type RunResult, run } from "../helpers.js";

// `npm pack` in a copy of the working tree (it rebuilds dist/ and rewrites package.json while it
// packs: other tests read both), then `npm install -g` of the tarball into a prefix of its own.
const work = mkdtempSync(join(tmpdir(), "unicef-kz-package-"));
const tree = join(work, "tree");
const prefix = join(work, "prefix");
const installed = join(prefix, "lib", "node_modules", "unicef-kz");
const TARBALL = `unicef-kz-${packageJson.version}.tgz`;

/** npm, from the cache where it can be (CI installed the same packages just before). */
function npm(args: string[], cwd: string): RunResult {
  const result = spawnSync("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline"], { cwd, encoding: "utf8" });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** The installed command, run as helpers' run() runs the one in this tree. */
function runInstalled(args: string[]): RunResult {
  const result = spawnSync(join(prefix, "bin", "unicef-kz"), args, {
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
    encoding: "utf8",
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

let packed: RunResult;
let install: RunResult;
before(() => {
  const files = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(files.status, 0, `the package test copies the git checkout's files: ${files.stderr}`);
  for (const file of files.stdout.split("\0").filter((file) => file && existsSync(join(ROOT, file)))) {
    mkdirSync(dirname(join(tree, file)), { recursive: true });
    cpSync(join(ROOT, file), join(tree, file));
  }
  symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
  packed = npm(["pack", "--pack-destination", work], tree);
  install = npm(["install", "--global", "--prefix", prefix, join(work, TARBALL)], work);
});
after(() => rmSync(work, { recursive: true, force: true }));

test("npm pack makes the tarball and leaves package.json as it was", () => {
  assert.equal(packed.status, 0, packed.stderr);
  assert.equal(packed.stdout.trim().split("\n").at(-1), TARBALL);
  assert.equal(readFileSync(join(tree, "package.json"), "utf8"), readFileSync(join(ROOT, "package.json"), "utf8"));
  assert.equal(existsSync(join(tree, "package.json.packing")), false);
});

test("the tarball installs without a warning, without install scripts or devDependencies", () => {
  assert.equal(install.status, 0, install.stderr);
  assert.equal(install.stderr, "");
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  assert.deepEqual(
    ["preinstall", "install", "postinstall", "prepare"].filter((script) => script in manifest.scripts),
    [],
  );
  for (const dev of Object.keys(packageJson.devDependencies)) {
    assert.equal(existsSync(join(installed, "node_modules", dev)), false, dev);
  }
});

test("the installed command prints what the one in the tree prints", () => {
  assert.deepEqual(runInstalled(["--version"]), { stdout: `${packageJson.version}\n`, stderr: "", status: 0 });
  for (const args of [
    ["search", "полиомиелит"],
    ["events", "--json"],
  ]) {
    const fromTree = run(args);
    assert.equal(fromTree.status, 0);
    assert.deepEqual(runInstalled(args), fromTree, args.join(" "));
  }
});

test("man finds the installed man page: the one the build writes", () => {
  const page = join(prefix, "share", "man", "man1", "unicef-kz.1");
  assert.equal(readFileSync(page, "utf8"), readFileSync(join(ROOT, "dist", "unicef-kz.1"), "utf8"));
  const found = spawnSync("man", ["-w", "unicef-kz"], {
    env: { PATH: `${join(prefix, "bin")}:${process.env.PATH ?? ""}` },
    encoding: "utf8",
  });
  assert.equal(found.stdout, `${join(installed, "dist", "unicef-kz.1")}\n`);
});
