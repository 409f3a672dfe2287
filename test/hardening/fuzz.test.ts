// Property tests: whatever a fact file, a query or the options hold, the tool answers or refuses
// in one line; it never crashes. FUZZ_RUNS=<n> runs more cases than CI does.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import * as v from "valibot";
import { runCli } from "../../src/cli.js";
import { COMMANDS, GLOBAL_OPTIONS } from "../../src/commands/index.js";
import { DataError } from "../../src/errors.js";
import { checkFactLinks } from "../../src/facts/check.js";
import { loadFactText } from "../../src/facts/load.js";
import { type Fact, FactFile } from "../../src/facts/schema.js";
import { SearchEngine, searchOnce } from "../../src/search/engine.js";
import { exactSearch } from "../../src/search/exact.js";
import { extendedSearch, isExtendedQuery } from "../../src/search/extended.js";
import { fuzzRuns, SHIPPED_TEXT, shippedBook } from "../helpers.js";

const SEED = 20261124;
const NAME = "fuzzed.json";

/** Every path in a JSON value, as keys from the top. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

type Json = Record<string | number, unknown>;

function parentOf(root: unknown, path: (string | number)[]): Json | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Json)[key];
  }
  return typeof node === "object" && node !== null ? (node as Json) : undefined;
}

const shippedPaths = paths(JSON.parse(SHIPPED_TEXT)).filter((path) => path.length > 0);
const ids = shippedBook().facts.map((fact) => fact.id);
const hugeString = "Ж".repeat(200_000);
const replacement = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1e308, "", " ", [], {}, hugeString, "2001-02-30", "1994-13", "не-id", ...ids),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** One change to the parsed file: a field deleted or replaced, or an array entry added. */
const jsonMutation = fc.tuple(
  fc.constantFrom(...shippedPaths),
  fc.constantFrom("delete", "replace", "push"),
  replacement,
);

/** Bytes put into the text itself: JSON syntax, control characters, invalid UTF-16, anything. */
const textMutation = fc.tuple(fc.nat(), fc.string({ unit: "binary", minLength: 1, maxLength: 8 }));

function mutated(jsonChanges: [(string | number)[], string, unknown][], textChanges: [number, string][]): string {
  const file = JSON.parse(SHIPPED_TEXT);
  for (const [path, how, value] of jsonChanges) {
    const parent = parentOf(file, path);
    const key = path.at(-1);
    if (parent === undefined || key === undefined) continue;
    if (how === "delete") delete parent[key];
    else if (how === "push" && Array.isArray(parent[key])) (parent[key] as unknown[]).push(value);
    else parent[key] = value;
  }
  let text = JSON.stringify(file, null, 2);
  for (const [position, bytes] of textChanges) {
    const at = position % (text.length + 1);
    text = text.slice(0, at) + bytes + text.slice(at);
  }
  return text;
}

test("any mutation of the fact file loads as valid facts or is refused in one line naming file and path (property)", () => {
  let refused = 0;
  fc.assert(
    fc.property(
      fc.array(jsonMutation, { minLength: 1, maxLength: 3 }),
      fc.array(textMutation, { maxLength: 1 }),
      (jsonChanges, textChanges) => {
        const text = mutated(jsonChanges, textChanges);
        let facts: readonly Fact[];
        try {
          facts = loadFactText(text, NAME).facts;
        } catch (error) {
          assert.ok(error instanceof DataError, `not a DataError: ${String(error)}`);
          assert.equal(error.exitCode, 2);
          assert.match(error.message, /^fuzzed\.json: [^\n]+$/);
          refused += 1;
          return;
        }
        // Accepted: then it really is a valid fact file, by the schema and the link checks.
        const json = JSON.parse(text.replace(/^\uFEFF/, ""));
        assert.ok(v.is(FactFile, json), "accepted a file the schema rejects");
        assert.deepEqual(checkFactLinks(facts), []);
      },
    ),
    { seed: SEED, numRuns: fuzzRuns(300) },
  );
  assert.ok(refused > 50, `only ${refused} mutations were refused; the generator is too gentle`);
});

const engine = new SearchEngine(shippedBook());
const anyQuery = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(..."\u0301\u200b\u202e\u0000\u001b\ud800\udc00 'ё^$!=|полиоmeasles"),
    maxLength: 40,
  }),
  fc.constantFrom("a".repeat(10_000), "полиомиелит ".repeat(900), "😀".repeat(3000), "\u202e".repeat(10_000)),
);

test("any query string returns results or none, never an exception (property)", () => {
  const book = shippedBook();
  fc.assert(
    fc.property(anyQuery, (query) => {
      const results = [engine.search(query), searchOnce(book, query), exactSearch(book, query)];
      if (isExtendedQuery(query)) results.push(extendedSearch(book, query));
      for (const hits of results) {
        for (const hit of hits) assert.ok(hit.score >= 0 && hit.score <= 1, `score ${hit.score}`);
      }
    }),
    { seed: SEED, numRuns: fuzzRuns(300) },
  );
});

/** Runs the command line in this process, as main.ts does, and keeps what it printed. */
async function runInProcess(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli({
    argv,
    env: { LANG: "C.UTF-8" },
    stdoutIsTTY: false,
    columns: undefined,
    writeOut: (text) => {
      stdout += text;
    },
    writeErr: (text) => {
      stderr += text;
    },
    terminal: () => undefined,
  });
  return { code, stdout, stderr };
}

const optionFlags = [
  ...COMMANDS.flatMap((command) => command.options.map((option) => option.flags)),
  ...GLOBAL_OPTIONS.map((option) => option.flags),
  "--json --ndjson --plain --table --help --version -h -V",
]
  .flatMap((flags) => flags.split(/[ ,]+/))
  .filter((flag) => flag.startsWith("-"));
const optionValue = fc.oneof(
  fc.constantFrom(
    "",
    "0",
    "-1",
    "1994",
    "99999999999999999999",
    "2000.5",
    "NaN",
    "event",
    "ru",
    "en",
    "de",
    "-",
    "bash",
  ),
  fc.string({ unit: "binary", maxLength: 12 }),
);
const commandLine = fc.tuple(
  fc.constantFrom(...COMMANDS.map((command) => command.name), "nonsense"),
  fc.array(fc.oneof(fc.constantFrom(...optionFlags), optionValue, fc.constantFrom(...ids)), { maxLength: 6 }),
);

test("random options for every command give output or a one-line usage error with exit 2 (property)", async () => {
  const codes = new Set<number>();
  await fc.assert(
    fc.asyncProperty(commandLine, async ([command, args]) => {
      // "-" would read standard input, which a test cannot give.
      const argv = [command, ...args].filter((arg) => arg !== "-");
      const { code, stderr } = await runInProcess(argv);
      codes.add(code);
      assert.ok([0, 1, 2].includes(code), `exit ${code}`);
      assert.doesNotMatch(stderr, /internal error/);
      // Whatever is said on stderr is one line (validate lists a bad file's problems, one per line).
      if (stderr !== "" && command !== "validate") assert.match(stderr, /^unicef-kz: [^\n]+\n$/, JSON.stringify(argv));
      if (code === 2) assert.notEqual(stderr, "");
    }),
    { seed: SEED, numRuns: fuzzRuns(300) },
  );
  assert.deepEqual([...codes].sort(), [0, 1, 2]);
});
