// npm run bench: start-up and scale against their baselines, each pair run interleaved
// (A B A B …) so that a busy machine slows both alike. It measures; npm test checks correctness.
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { initialState, update } from "../src/browse/state.js";
import { renderFrame } from "../src/browse/view.js";
import { limitsFrom } from "../src/facts/limits.js";
import { createContext } from "../src/render/context.js";
import { SearchEngine } from "../src/search/engine.js";
import type { LoadedBook } from "../src/shipped.js";
import { browseOnIndex, CACHE, factFile, indexComparisons, twentySearches } from "./index-rows.js";
import { type Comparison, compare, type Measured, mb, median, ms, requireTool } from "./measure.js";

const BIN = fileURLToPath(new URL("../bin/unicef-kz", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS) > 0 ? Number(process.env.BENCH_RUNS) : 31;
// Scale rows: 11 runs at 10,000 facts (about 15 s a row), 5 at 100,000 (about a minute). This
// machine has slow spells of a few seconds; more pairs keep one out of the median.
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS) > 0 ? Number(process.env.BENCH_SCALE_RUNS) : undefined;
// Indexes go to the bench's own cache; a million facts are more bytes than the default limit.
process.env.UNICEF_KZ_CACHE_DIR = CACHE;
process.env.UNICEF_KZ_MAX_BYTES = String(4 * 1024 ** 3);

requireTool("jq", "install it with `apt-get install -y jq`");
requireTool("/usr/bin/time", "install GNU time with `apt-get install -y time`");
if (!existsSync(new URL("../dist/cli.cjs", import.meta.url))) {
  console.error("bench: dist/cli.cjs is missing; run `npm run build` first");
  process.exit(2);
}

const files = [10_000, 100_000].map((count) => ({ count, path: factFile(count) }));
const jq = (word: string, path: string) => [
  "jq",
  "--arg",
  "w",
  word,
  "[.facts[] | select(tostring | contains($w))]",
  path,
];

const comparisons: Comparison[] = [
  {
    name: "start-up: search полиомиелит",
    baseline: ["node", "-e", "0"],
    command: [BIN, "search", "полиомиелит"],
    target: 1.2,
    runs: RUNS,
  },
  {
    name: "start-up: ask когда подписали меморандум",
    baseline: ["node", "-e", "0"],
    command: [BIN, "ask", "когда", "подписали", "меморандум"],
    target: 1.2,
    runs: RUNS,
  },
  {
    name: "start-up: events --json",
    baseline: ["node", "-e", "0"],
    command: [BIN, "events", "--json"],
    target: 1.2,
    runs: RUNS,
  },
];
for (const { count, path } of files) {
  for (const word of ["полиомиелит", "immunisation"]) {
    comparisons.push({
      name: `${count.toLocaleString("en")} facts: search ${word} --json vs jq`,
      baseline: jq(word, path),
      // The search of a file as it is read: an index would answer the runs after the first.
      command: [BIN, "--no-cache", "search", word, "--data", path, "--json"],
      target: count >= 100_000 ? 1 : 1.5,
      runs: SCALE_RUNS ?? (count >= 100_000 ? 5 : 11),
      memoryLimit: count >= 100_000 ? 4 * statSync(path).size : undefined,
    });
  }
}

/**
 * browse: every keystroke of a typed query, each one's search and the frame it draws, on the
 * shipped facts as `unicef-kz browse` loads them (with the index the build saved), in this
 * process. The slowest must be under a frame at 60 Hz.
 */
function browseKeystrokes(): string[] {
  // The build writes the shipped book into the bundle (src/shipped.ts): it is read from there.
  const { bundle } = createRequire(import.meta.url)("../bin/load-bundle.cjs").loadBundle({ withCache: false });
  const shipped: LoadedBook | undefined = bundle.loadShippedBook(limitsFrom({}));
  if (!shipped) throw new Error("the shipped book's index is missing; run `npm run build`");
  const { book } = shipped;
  const engine = new SearchEngine(book, shipped.savedIndex?.());
  const ctx = createContext({ width: 80, color: true });
  const typed = "полиомиелит права детей memorandum";
  const times: number[] = [];
  let state = initialState("");
  // As `unicef-kz browse` does, the first frame (every fact) is drawn before a key is pressed.
  const everyFact = book.facts.map((fact) => ({ fact, score: 0, matchedTerms: [] }));
  renderFrame(state, everyFact, book.facts.length, book, ctx, 24);
  for (const character of typed) {
    const start = process.hrtime.bigint();
    const next = update(state, { insert: character }, 0, 10);
    if (typeof next !== "object") throw new Error("typing ended the session");
    state = next;
    renderFrame(state, engine.search(state.query, { asYouType: true }), book.facts.length, book, ctx, 24);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const slowest = Math.max(...times);
  return [
    `browse: a keystroke (${typed.length} typed)`,
    "",
    `${ms(median(times))} median, ${ms(slowest)} slowest`,
    "",
    "slowest < 16 ms",
    "",
    slowest < 16 ? "target met" : "target missed",
  ];
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`unicef-kz bench: Node ${process.version}, ${cpus().length} × ${cpu}, ${mb(totalmem())} RAM`);
console.log(
  `median of ${RUNS} interleaved runs for start-up, ${SCALE_RUNS ?? "11 and 5"} for scale; files in bench/out:`,
);
for (const { count, path } of files) console.log(`  facts-${count}.json: ${mb(statSync(path).size)}`);
const header = ["comparison", "baseline", "unicef-kz", "ratio", "target", "peak memory", "result"];
const measured: (Comparison | Measured)[] = [
  ...comparisons,
  { name: "browse: a keystroke", measure: browseKeystrokes },
  ...indexComparisons(BIN, RUNS, SCALE_RUNS),
  twentySearches(BIN, SCALE_RUNS ?? 3),
  browseOnIndex(BIN),
];
// `npm run bench -- <word>` runs only the measurements whose name holds that word.
const only = process.argv[2] ?? "";
const rows = [header];
for (const row of measured.filter(({ name }) => name.includes(only))) {
  rows.push("measure" in row ? await row.measure() : compare(row));
}
const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
console.log("");
console.log(line(header));
console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
for (const row of rows.slice(1)) console.log(line(row));
