// The limit variables: bad values refused in one line, huge ones capped at what the program can
// do, and the same answer whichever way a file is read.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { UsageError } from "../../src/errors.js";
import { limitsFrom } from "../../src/facts/limits.js";
import { BIN, ROOT, run, SHIPPED_TEXT } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "unicef-kz-limits-"));
const SHIPPED = `${ROOT}data/unicef-kz.json`;

test("a limit variable that is not a whole number of 1 or more is refused in one line", () => {
  for (const value of ["abc", "-1", "0", "5.5", "1e309", "", " 5", "0x10"]) {
    assert.throws(() => limitsFrom({ UNICEF_KZ_MAX_FACTS: value }), {
      name: "UsageError",
      message: `UNICEF_KZ_MAX_FACTS: ${JSON.stringify(value)} is not a whole number of 1 or more; unset it for the default, 1000000`,
    });
  }
  assert.throws(() => limitsFrom({ UNICEF_KZ_MAX_DEPTH: "deep" }), UsageError);
  const result = run(["events"], { env: { UNICEF_KZ_MAX_BYTES: "-1" } });
  assert.deepEqual(
    [result.status, result.stderr],
    [
      2,
      'unicef-kz: UNICEF_KZ_MAX_BYTES: "-1" is not a whole number of 1 or more; unset it for the default, 536870888\n',
    ],
  );
});

test("a huge limit is the most the program can do: the largest exact number of bytes, 1000 levels, the longest array", () => {
  const huge = "99999999999999999999";
  assert.deepEqual(limitsFrom({ UNICEF_KZ_MAX_BYTES: huge, UNICEF_KZ_MAX_DEPTH: huge, UNICEF_KZ_MAX_FACTS: huge }), {
    bytes: Number.MAX_SAFE_INTEGER,
    depth: 1000,
    facts: 2 ** 32 - 1,
  });
  assert.deepEqual(limitsFrom({ UNICEF_KZ_MAX_FACTS: "007" }).facts, 7);
  assert.deepEqual(limitsFrom({}), { bytes: 536_870_888, depth: 64, facts: 1_000_000 });
});

test("the shipped file obeys UNICEF_KZ_MAX_FACTS and UNICEF_KZ_MAX_DEPTH as any file does", () => {
  const copy = join(dir, "copy.json");
  writeFileSync(copy, SHIPPED_TEXT);
  const cases: [Record<string, string>, string][] = [
    [
      { UNICEF_KZ_MAX_FACTS: "5" },
      "facts: too many facts: the limit is 5 facts; raise it with UNICEF_KZ_MAX_FACTS=<facts>",
    ],
    [
      { UNICEF_KZ_MAX_DEPTH: "3" },
      "facts[0].title: nested too deep: the limit is 3 levels; raise it with UNICEF_KZ_MAX_DEPTH=<levels>",
    ],
  ];
  for (const [env, problem] of cases) {
    for (const args of [
      ["events"],
      ["search", "polio"],
      ["events", "--data", copy],
      ["search", "polio", "--data", copy],
    ]) {
      const name = args.includes(copy) ? copy : SHIPPED;
      const result = run(args, { env });
      assert.deepEqual([result.status, result.stderr], [2, `unicef-kz: ${name}: ${problem}\n`], args.join(" "));
    }
  }
});

/** The shipped file with `levels` nested arrays as its first fact's first tag. */
function nested(levels: number, escapeFactsKey = false): string {
  const deep = `${"[".repeat(levels)}${"]".repeat(levels)}`;
  const text = SHIPPED_TEXT.replace('"tags": [', `"tags": [${deep}, `);
  return escapeFactsKey ? text.replace('"facts"', '"fac\\u0074s"') : text;
}

test("UNICEF_KZ_MAX_DEPTH=10000 is 1000 levels, and 8,000 nested arrays are refused on every path", () => {
  const env = { UNICEF_KZ_MAX_DEPTH: "10000" };
  const limit = "the limit is 1000 levels (UNICEF_KZ_MAX_DEPTH cannot raise it higher)";
  const deep = join(dir, "deep.json");
  writeFileSync(deep, nested(8000));
  const escaped = join(dir, "escaped.json");
  writeFileSync(escaped, nested(8000, true));
  const broken = join(dir, "broken.json");
  const brokenText = nested(8000).replace('"kind": "event",', '"kind": "event",,');
  writeFileSync(broken, brokenText);
  const path = "facts[0].tags[0][0][0][0][0]…";
  for (const file of [deep, escaped]) {
    const result = run(["events", "--data", file], { env });
    assert.deepEqual([result.status, result.stderr], [2, `unicef-kz: ${file}: ${path}: nested too deep: ${limit}\n`]);
  }
  // The tags' "[" opens level 4 (the top level is 1): the 997th "[" after it opens level 1001.
  const lines = brokenText.split("\n");
  const tagsLine = lines.findIndex((line) => line.includes('"tags":'));
  const column = (lines[tagsLine]?.indexOf("[") ?? 0) + 1 + 997;
  const result = run(["validate", broken], { env });
  assert.equal(result.status, 2);
  assert.equal(
    result.stderr.split("\n")[0],
    `unicef-kz: ${broken}: not valid JSON: line ${tagsLine + 1}, column ${column}: nested too deep: ${limit}`,
  );
  // Within the limit, every path reads 999 levels and says what is wrong with them.
  for (const file of [deep, escaped]) writeFileSync(file, nested(996, file === escaped));
  for (const file of [deep, escaped]) {
    const within = run(["events", "--data", file], { env });
    assert.deepEqual(
      [within.status, within.stderr],
      [2, `unicef-kz: ${file}: facts[0].tags[0]: expected a string, got an array\n`],
    );
  }
});

test("at the most depth there can be, a syntax error or a key given twice 995 levels down is found and said", () => {
  const env = { UNICEF_KZ_MAX_DEPTH: "1000" };
  const levels = 995;
  const syntax = join(dir, "syntax.json");
  writeFileSync(syntax, `{"facts": [${"[".repeat(levels)}1,,2${"]".repeat(levels)}]}`);
  const duplicate = join(dir, "duplicate.json");
  const objects = `${'{"a":'.repeat(levels)}{"k":1,"k":2}${"}".repeat(levels)}`;
  writeFileSync(duplicate, `{"facts": [${objects}]}`);
  const escaped = join(dir, "escaped-duplicate.json");
  writeFileSync(escaped, `{"fac\\u0074s": [${objects}]}`);
  const cases: [string, string][] = [
    [syntax, "not valid JSON: line 1, column 1009: expected a value"],
    [duplicate, "facts[0].a.a.a.a.a.a.a…k: the key is given twice; give each key once"],
    [escaped, "facts[0].a.a.a.a.a.a.a…k: the key is given twice; give each key once"],
  ];
  for (const [file, problem] of cases) {
    const result = run(["events", "--data", file], { env });
    assert.deepEqual([result.status, result.stderr], [2, `unicef-kz: ${file}: ${problem}\n`]);
  }
});

test("past the longest string: a file that is no fact file, and standard input, get a line that says what to do", () => {
  // A sparse file: 600 MB that take no room on disk, "{"facts":[" and then zeros.
  const sparse = join(dir, "sparse.json");
  writeFileSync(sparse, '{"facts":[');
  truncateSync(sparse, 600 * 1024 * 1024);
  const file = run(["--no-cache", "search", "polio", "--data", sparse], { env: { UNICEF_KZ_MAX_BYTES: "700000000" } });
  assert.deepEqual(
    [file.status, file.stdout, file.stderr],
    [
      2,
      "",
      `unicef-kz: ${sparse}: is not a fact file that unicef-kz can read, and too large (629145600 bytes) to say where: files of up to 536870888 bytes are; check it with \`jq empty\`\n`,
    ],
  );
  const piped = spawnSync("sh", ["-c", `head -c 600000000 /dev/zero | '${BIN}' search polio --data -`], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
  });
  assert.deepEqual(
    [piped.status, piped.stdout, piped.stderr],
    [
      2,
      "",
      "unicef-kz: (standard input): too large: a stream is held whole, at most 536870888 bytes; save it to a file and raise UNICEF_KZ_MAX_BYTES past its size\n",
    ],
  );
});
