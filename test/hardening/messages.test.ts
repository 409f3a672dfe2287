// Messages that say what is wrong without misleading: names cut, control characters shown as
// escapes (not deleted), `help` of no command refused.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { run, SHIPPED_TEXT } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "unicef-kz-messages-"));

test("a 5 MB unknown key makes a message of one short line: the key is cut to 80 characters", () => {
  const key = `k${"e".repeat(5_000_000)}y`;
  const path = join(dir, "key.json");
  writeFileSync(path, SHIPPED_TEXT.replace('"kind": "event",', `"kind": "event", "${key}": 1,`));
  const result = run(["events", "--data", path]);
  assert.deepEqual(
    [result.status, result.stderr],
    [
      2,
      `unicef-kz: ${path}: facts[0].k${"e".repeat(78)}…: unknown field (not in the schema; see \`unicef-kz schema\`)\n`,
    ],
  );
});

test("a long option or file name is cut to 80 characters", () => {
  const option = run(["events", `--${"x".repeat(100_000)}`]);
  assert.deepEqual(
    [option.status, option.stderr],
    [2, `unicef-kz: unknown option '--${"x".repeat(77)}…'; see \`unicef-kz events --help\`\n`],
  );
  const file = run(["events", "--data", "y".repeat(4000)]);
  assert.equal(
    file.stderr,
    `unicef-kz: ${"y".repeat(79)}…: cannot read it (name too long); check the path given with --data or UNICEF_KZ_DATA\n`,
  );
});

test("control and bidi characters in a message are shown as escapes, not deleted", () => {
  const sequence = run(["events", "--j\u001b[2Json"]);
  assert.deepEqual(
    [sequence.status, sequence.stderr],
    [2, "unicef-kz: unknown option '--j\\x1b[2Json'; see `unicef-kz events --help`\n"],
  );
  const bidi = run(["events", "--\u202ejson\u0085"]);
  assert.equal(
    bidi.stderr,
    "unicef-kz: unknown option '--\\u202ejson\\x85' (did you mean --json?); see `unicef-kz events --help`\n",
  );
  const kind = run(["events", "--year", "19\u009b94"]);
  assert.equal(
    kind.stderr,
    'unicef-kz: --year: "19\\x9b94" is not a year; give four digits, e.g. 1994; see `unicef-kz events --help`\n',
  );
  // validate's list of problems too; an id with a line break stays on its line.
  const facts = JSON.parse(SHIPPED_TEXT);
  facts.facts[0].id = "first\u202emission";
  facts.facts[1].related = ["office-\u009bopened", "a\nb"];
  const path = join(dir, "ids.json");
  writeFileSync(path, JSON.stringify(facts));
  const validated = run(["validate", path]);
  const related = `${path}: facts[1].related`;
  assert.deepEqual(
    [validated.status, validated.stderr],
    [
      2,
      [
        `${path}: facts[0].id: must be a kebab-case id such as first-mission, got "first\\u202emission"`,
        `${related}[0]: must be a kebab-case id such as first-mission, got "office-\\x9bopened"`,
        `${related}[1]: must be a kebab-case id such as first-mission, got "a\\nb"`,
        `${related}[0]: links to "office-\\x9bopened", but no fact has that id`,
        `${related}[1]: links to "a\\nb", but no fact has that id`,
        `${path}: 5 problems; see \`unicef-kz schema\` for the format`,
      ]
        .map((line) => `unicef-kz: ${line}\n`)
        .join(""),
    ],
  );
});

test("help for no command is refused in one line, with exit 2; help alone and help of a command still help", () => {
  const cases: [string[], number, string][] = [
    [["help", "nosuch"], 2, "unicef-kz: unknown command 'nosuch'; see `unicef-kz --help`\n"],
    [["help", "serch"], 2, "unicef-kz: unknown command 'serch' (did you mean search?); see `unicef-kz --help`\n"],
    [["--lang", "ru"], 2, "unicef-kz: a command is needed; see `unicef-kz --help`\n"],
  ];
  for (const [args, status, stderr] of cases) {
    const result = run(args);
    assert.deepEqual([result.status, result.stderr, result.stdout], [status, stderr, ""], args.join(" "));
  }
  for (const args of [["help"], ["help", "search"], ["help", "help"]]) {
    const result = run(args);
    assert.deepEqual([result.status, result.stderr], [0, ""], args.join(" "));
    assert.match(result.stdout, /^Usage: unicef-kz /, args.join(" "));
  }
});
