// Property tests: whatever a fact file, a query or the options hold, the tool answers or refuses
// in one line; it never crashes. FUZZ_RUNS=<n> runs more cases than CI does.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import * as v from "valibot";
import { COMMANDS, GLOBAL_OPTIONS } from "../../src/commands/index.js";
import { DataError } from "../../src/errors.js";
import { checkFactLinks } from "../../src/facts/check.js";
import { loadFactText } from "../../src/facts/load.js";
import { type Fact, FactFile } from "../../src/facts/schema.js";
import { runWithWriters } from "../../src/main.js";
import { createContext } from "../../src/render/context.js";
import { SearchEngine, searchOnce } from "../../src/search/engine.js";
import { exactSearch } from "../../src/search/exact.js";
import { extendedSearch } from "../../src/search/extended.js";
import { isExtendedQuery } from "../../src/search/extended-syntax.js";
import { standardWriters } from "../../src/stdio.js";
import { fuzzRuns, SHIPPED_TEXT, shippedBook } from "../helpers.js";
import {
  ACTS_ON_TERMINAL,
  dataCommands,
  failingRun,
  KEYS,
  largeArray,
  TERMINAL_CONTROLS,
  terminalCommands,
} from "./fuzz-generators.js";
import { failingDescriptors, fakeTerminal, type Json, parentOf, paths, runInProcess } from "./fuzz-helpers.js";

const SEED = 20261124;
const NAME = "fuzzed.json";

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

// ── What the first round missed (issue #18) ──────────────────────────────────────────────────

const dir = mkdtempSync(join(tmpdir(), "unicef-kz-fuzz-"));
const fuzzedFile = join(dir, "fuzzed.json");
/** Cases each property below ran, for the count a long run reports. */
const ran: Record<string, number> = {};
const count = (property: string) => {
  ran[property] = (ran[property] ?? 0) + 1;
};

/** Each case of this property reads a file of a few megabytes: a fiftieth of the cases of the others. */
const heavyRuns = Math.max(2, Math.round(fuzzRuns(300) / 50));

test("a data-sized array in any field: every command answers or refuses in one line (property)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...shippedPaths),
      largeArray,
      fc.constantFrom(...dataCommands),
      async (path, { length, item }, command) => {
        count("large arrays");
        const file = JSON.parse(SHIPPED_TEXT);
        const parent = parentOf(file, path);
        const key = path.at(-1);
        if (parent === undefined || key === undefined) return;
        parent[key] = Array.from({ length }, (_, index) => item[1](index));
        writeFileSync(fuzzedFile, JSON.stringify(file));
        const argv = [...command, "--data", fuzzedFile];
        const { code, stderr } = await runInProcess(argv);
        assert.ok([0, 1, 2].includes(code), `exit ${code}`);
        assert.doesNotMatch(stderr, /internal error/, `${path.join(".")} = ${length} ${item[0]}: ${argv.join(" ")}`);
        if (command[0] !== "validate") assert.match(stderr, /^(unicef-kz: [^\n]+\n)?$/);
      },
    ),
    { seed: SEED, numRuns: heavyRuns },
  );
});

const stringPaths = shippedPaths.filter(
  (path) => typeof path.reduce<unknown>((node, key) => (node as Json)[key], JSON.parse(SHIPPED_TEXT)) === "string",
);
test("DEL, C1 and bidi characters in any string never reach a terminal raw; JSON keeps them (property)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...stringPaths),
      fc.array(
        fc.tuple(fc.nat(), fc.string({ unit: fc.constantFrom(...TERMINAL_CONTROLS), minLength: 1, maxLength: 4 })),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      fc.constantFrom(...terminalCommands),
      fc.boolean(),
      async (path, inserts, command, atTerminal) => {
        count("terminal controls");
        const file = JSON.parse(SHIPPED_TEXT);
        const parent = parentOf(file, path) as Json;
        const key = path.at(-1) as string | number;
        let text = String(parent[key]);
        for (const [at, controls] of inserts) {
          const place = at % (text.length + 1);
          text = text.slice(0, place) + controls + text.slice(place);
        }
        parent[key] = text;
        writeFileSync(fuzzedFile, JSON.stringify(file));
        const { code, stdout, stderr } = await runInProcess([...command, "--data", fuzzedFile], atTerminal);
        assert.ok([0, 1, 2].includes(code), `exit ${code}`);
        assert.doesNotMatch(stderr, ACTS_ON_TERMINAL, "stderr");
        if (atTerminal) assert.doesNotMatch(stdout, ACTS_ON_TERMINAL, command.join(" "));
        if (code !== 0 || !command.some((arg) => arg.endsWith("json"))) return;
        // JSON, at a terminal or not, reads back to the text the file holds.
        const lines = command.includes("--ndjson") ? stdout.trimEnd().split("\n") : [stdout];
        const values = lines.map((line) => JSON.parse(line));
        if (path[0] === "facts" && command.includes("first-mission") && path[1] === 0) {
          assert.equal(
            path.slice(2).reduce<unknown>((node, part) => (node as Json)[part], values[0]),
            text,
          );
        }
        // JSON.stringify leaves these characters as they are: a pipe gets them so, exactly.
        const encoded = JSON.stringify(text).slice(1, -1);
        if (!atTerminal && JSON.stringify(values).includes(encoded))
          assert.ok(stdout.includes(encoded), "exact in a pipe");
      },
    ),
    { seed: SEED, numRuns: fuzzRuns(300) },
  );
});

// Signals no one else in this process listens to: emitting them reaches browse alone.
const FATAL = ["SIGHUP", "SIGQUIT", "SIGTERM", "SIGUSR2", "SIGALRM", "SIGXCPU", "SIGPWR", "SIGABRT"].filter(
  (signal) => process.listenerCount(signal) === 0,
);
const browseEvent = fc.oneof(
  fc.constantFrom(...Object.keys(KEYS)).map((key) => ({ key })),
  fc.constantFrom("SIGTSTP", "SIGCONT").map((signal) => ({ signal })),
  fc.record({ columns: fc.integer({ min: 1, max: 200 }), rows: fc.integer({ min: 1, max: 60 }) }),
);
const tick = () => new Promise((resolve) => setImmediate(resolve));
const ENTER_SCREEN = "\u001b[?1049h";
const LEAVE_SCREEN = "\u001b[?25h\u001b[?1049l";

test("signals to browse, among keys and resizes: the terminal is restored on every stop and every end (property)", async () => {
  const { browseOnTerminal } = await import("../../src/browse/terminal.js");
  const { bookSource } = await import("../../src/browse/source.js");
  const book = shippedBook();
  const browseSource = bookSource(book, new SearchEngine(book));
  await fc.assert(
    fc.asyncProperty(
      fc.array(browseEvent, { maxLength: 12 }),
      fc.constantFrom(...FATAL, "ctrl-c"),
      async (events, last) => {
        count("browse signals");
        const listening = Object.fromEntries(
          [...FATAL, "SIGTSTP", "SIGCONT"].map((name) => [name, process.listenerCount(name)]),
        );
        const { terminal, input, output, rawModes } = fakeTerminal(80, 24);
        let stops = 0;
        const ended = browseOnTerminal(terminal, browseSource, createContext(), "", () => {
          stops += 1;
          // While stopped, the terminal is as the shell wants it: cooked, on the main screen.
          assert.equal(rawModes.at(-1), false);
          assert.ok(output.text.endsWith(LEAVE_SCREEN));
        });
        for (const event of events) {
          if ("key" in event) input.write(KEYS[event.key] ?? "");
          else if ("signal" in event) process.emit(event.signal as NodeJS.Signals);
          else {
            Object.assign(output, event);
            output.emit("resize");
          }
          await tick();
          if ("signal" in event && event.signal === "SIGCONT") {
            assert.equal(rawModes.at(-1), true);
            assert.ok(output.text.lastIndexOf(ENTER_SCREEN) > output.text.lastIndexOf(LEAVE_SCREEN));
          }
        }
        const stopped = events.filter(
          (event) => ("key" in event && event.key === "ctrl-z") || ("signal" in event && event.signal === "SIGTSTP"),
        ).length;
        assert.equal(stops, stopped);
        if (last === "ctrl-c") input.write("\u0003");
        else process.emit(last as NodeJS.Signals);
        const end = await ended;
        assert.deepEqual(
          end,
          last === "ctrl-c" ? { left: "key" } : { left: "signal", signal: constants.signals[last as NodeJS.Signals] },
        );
        assert.equal(rawModes.at(-1), false);
        assert.ok(output.text.endsWith(LEAVE_SCREEN));
        for (const [name, before] of Object.entries(listening)) assert.equal(process.listenerCount(name), before, name);
      },
    ),
    { seed: SEED, numRuns: fuzzRuns(300) },
  );
});

test("a write that fails at any byte, on either stream: exit 2 and one line where stderr works; EPIPE quiet (property)", async () => {
  const io = { env: { LANG: "C.UTF-8" }, stdoutIsTTY: false, columns: undefined, terminal: () => undefined };
  await fc.assert(
    fc.asyncProperty(failingRun, async ({ argv, fd, code, after, closed }) => {
      count("write errors");
      const clean = failingDescriptors(1, "EIO", Number.POSITIVE_INFINITY);
      const expected = await runWithWriters({ ...io, argv }, standardWriters(clean.descriptors));
      const failing = failingDescriptors(fd, code, after, closed);
      const exit = await runWithWriters({ ...io, argv }, standardWriters(failing.descriptors));
      const stdout = clean.written[1] ?? "";
      const stderr = clean.written[2] ?? "";
      // What the run should have met: stdout closed or failing (a reader gone is no failure), then stderr.
      const outFailed = closed ? stdout !== "" : fd === 1 && code !== "EPIPE" && Buffer.byteLength(stdout) > after;
      const said = outFailed ? `${stderr}unicef-kz: cannot write to standard output (…)\n` : stderr;
      const errFailed = fd === 2 && code !== "EPIPE" && Buffer.byteLength(said) > after;
      assert.equal(exit, outFailed || errFailed ? 2 : expected);
      if (fd === 2) return;
      if (!outFailed) assert.equal(failing.written[2], stderr);
      else {
        const reason = closed || code === "EBADF" ? "it is closed" : "what the system says";
        assert.equal(failing.written[2], `${stderr}unicef-kz: cannot write to standard output (${reason})\n`);
      }
    }),
    { seed: SEED, numRuns: fuzzRuns(300) },
  );
});

test("the count of cases run", (t) => {
  const total = Object.values(ran).reduce((sum, cases) => sum + cases, 0);
  t.diagnostic(
    `cases in the properties above, with the 3 × ${fuzzRuns(300)} of the first round: ${total + 3 * fuzzRuns(300)} (${JSON.stringify(ran)})`,
  );
  assert.ok(total > 0);
});
