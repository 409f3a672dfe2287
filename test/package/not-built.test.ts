import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT } from "../helpers.js";

test("before the build, the command says in one line what to run, and exits 2", (t) => {
  // A clone as git gives it: bin/ but no dist/, and no node_modules until `npm ci`.
  const clone = realpathSync(mkdtempSync(join(tmpdir(), "unicef-kz-clone-")));
  t.after(() => rmSync(clone, { recursive: true, force: true }));
  cpSync(join(ROOT, "bin"), join(clone, "bin"), { recursive: true });
  const runIt = () => {
    const result = spawnSync(join(clone, "bin", "unicef-kz"), ["search", "polio"], { encoding: "utf8" });
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
  };
  assert.deepEqual(runIt(), {
    stdout: "",
    stderr: `unicef-kz: not built yet (dist/cli.cjs is missing); run \`npm ci\` in ${clone}\n`,
    status: 2,
  });
  // After `npm ci --ignore-scripts`: the dependencies are there, the build is not.
  mkdirSync(join(clone, "node_modules"));
  assert.deepEqual(runIt(), {
    stdout: "",
    stderr: `unicef-kz: not built yet (dist/cli.cjs is missing); run \`npm run build\` in ${clone}\n`,
    status: 2,
  });
});
