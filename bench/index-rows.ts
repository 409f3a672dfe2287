// The bench rows of saved indexes (docs/index.md): a search through an index against Node's own
// start, the first search (which writes it) against a search without one, twenty searches against
// SQLite FTS5, browse in a terminal, and the memory of a search of a million facts.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { browseTimes } from "./browse-pty.js";
import { writeFactFile } from "./generate.js";
import { type Comparison, hasTool, type Measured, median, ms, percentile } from "./measure.js";

/** Where the bench's indexes go: its own cache, not the user's. */
export const CACHE = fileURLToPath(new URL("out/cache", import.meta.url));

/** A generated file of this many facts, written when first asked for. */
export function factFile(count: number): string {
  const path = fileURLToPath(new URL(`out/facts-${count}.json`, import.meta.url));
  return existsSync(path) ? path : writeFactFile(count);
}

const env = (cache: string) => ({ ...process.env, UNICEF_KZ_CACHE_DIR: cache });

/**
 * Saves the file's index in the bench's cache unless it is there and fresh: a search finds it,
 * or starts making it in the background, which is waited for (its lock gone).
 */
function indexed(bin: string, path: string): void {
  const search = spawnSync(bin, ["search", "x", "--data", path], {
    env: env(CACHE),
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (search.status === 2) throw new Error(`cannot search ${path}: ${search.stderr}`);
  while (readdirSync(CACHE).some((name) => name.endsWith(".lock"))) spawnSync("sleep", ["0.2"]);
}

/** A shell command: the one given, with the cache emptied first, so that each run is a first search. */
const firstSearch = (bin: string, cache: string, args: string[]) => [
  "sh",
  "-c",
  `rm -rf '${cache}'; UNICEF_KZ_CACHE_DIR='${cache}' exec "$0" "$@"`,
  bin,
  ...args,
];
const withoutIndex = (bin: string, args: string[]) => ["sh", "-c", `exec "$0" --no-cache "$@"`, bin, ...args];

export function indexComparisons(bin: string, runs: number, scaleRuns: number | undefined): Comparison[] {
  const rows: Comparison[] = [];
  for (const count of [100_000, 1_000_000]) {
    for (const word of ["полиомиелит", "immunisation"]) {
      const path = () => factFile(count);
      rows.push({
        name: `index: ${count.toLocaleString("en")} facts indexed: search ${word} --json vs node -e 0`,
        baseline: ["node", "-e", "0"],
        get command() {
          return [bin, "search", word, "--data", path(), "--json"];
        },
        target: 1.5,
        runs,
        memoryLimit: count >= 1_000_000 ? 150 * 1024 * 1024 : undefined,
        prepare: () => indexed(bin, path()),
      });
    }
  }
  for (const count of [10_000, 100_000]) {
    const cache = `${CACHE}-first-${count}`;
    const args = () => ["search", "полиомиелит", "--data", factFile(count), "--json"];
    rows.push({
      name: `index: ${count.toLocaleString("en")} facts: first search (its index then made in the background) vs --no-cache`,
      get baseline() {
        return withoutIndex(bin, args());
      },
      get command() {
        return firstSearch(bin, cache, args());
      },
      target: 1.1,
      runs: scaleRuns ?? (count >= 100_000 ? 5 : 11),
    });
  }
  const small = () => factFile(1000);
  rows.push({
    name: "index: 1,000 facts: first search (its index then made in the background) vs jq",
    get baseline() {
      return ["jq", "--arg", "w", "полиомиелит", "[.facts[] | select(tostring | contains($w))]", small()];
    },
    get command() {
      return firstSearch(bin, `${CACHE}-first-1000`, ["search", "полиомиелит", "--data", small(), "--json"]);
    },
    target: 1,
    runs,
  });
  return rows;
}

/** Twenty searches of a file: each a word or two of it, as the generator writes them (bench/generate.ts). */
const TWENTY = [
  "полиомиелит",
  "иммунизация",
  "соглашение",
  "детей",
  "ЮНИСЕФ",
  "Казахстан",
  "программа",
  "здоровье",
  "polio",
  "immunisation",
  "agreement",
  "children",
  "UNICEF",
  "Kazakhstan",
  "programme",
  "health",
  "права детей",
  "polio health",
  "казахстан программа",
  "unicef children",
];

/**
 * Twenty searches of 100,000 facts, the first writing the index, against SQLite FTS5 building its
 * index of the same texts and answering the same twenty, each search a process of its own.
 */
export function twentySearches(bin: string, runs: number): Measured | Comparison {
  const name = "index: 100,000 facts: twenty searches (the first writes the index) vs SQLite FTS5 build + twenty";
  if (!hasTool("sqlite3")) {
    return {
      name,
      measure: () => [name, "", "", "", "≤ 2×", "", "not run: sqlite3 is missing (apt-get install sqlite3)"],
    };
  }
  const cache = `${CACHE}-twenty`;
  const database = `${CACHE}-fts5.db`;
  const ours = (path: string) =>
    [
      `rm -rf '${cache}'`,
      `export UNICEF_KZ_CACHE_DIR='${cache}'`,
      ...TWENTY.map((query) => `'${bin}' search '${query}' --data '${path}' --json >/dev/null`),
    ].join("\n");
  const columns = ["title.ru", "title.en", "summary.ru", "summary.en", "source.quote"];
  const build = (path: string) =>
    `CREATE VIRTUAL TABLE facts USING fts5(id UNINDEXED, ${columns.map((column) => column.replace(".", "_")).join(", ")});
INSERT INTO facts SELECT json_extract(value, '$.id'), ${columns.map((column) => `json_extract(value, '$.${column}')`).join(", ")}
FROM json_each(readfile('${path}'), '$.facts');`;
  const fts = (path: string) =>
    [
      `rm -f '${database}'`,
      `sqlite3 '${database}' "${build(path)}"`,
      ...TWENTY.map(
        (query) =>
          `sqlite3 '${database}' "SELECT id FROM facts WHERE facts MATCH '${query
            .split(" ")
            .map((word) => `\\"${word}\\"`)
            .join(" ")}' ORDER BY rank LIMIT 10" >/dev/null`,
      ),
    ].join("\n");
  return {
    name,
    get baseline() {
      return ["sh", "-c", fts(factFile(100_000))];
    },
    get command() {
      return ["sh", "-c", ours(factFile(100_000))];
    },
    target: 2,
    runs,
    prepare: () => rmSync(database, { force: true }),
  };
}

/** browse on 100,000 indexed facts in a terminal: the first frame, and each key of a typed query. */
export function browseOnIndex(bin: string): Measured {
  const name = "index: browse 100,000 indexed facts in a terminal";
  return {
    name,
    async measure() {
      const path = factFile(100_000);
      indexed(bin, path);
      process.env.UNICEF_KZ_CACHE_DIR = CACHE;
      const typed = "полиомиелит права детей memorandum";
      const { firstFrame, keys } = await browseTimes(bin, path, typed);
      const p95 = percentile(keys, 0.95);
      const met = firstFrame <= 500 && p95 < 16;
      return [
        `${name}: first frame; ${keys.length} keys`,
        "",
        `${ms(firstFrame)}; keys ${ms(median(keys))} median, ${ms(p95)} p95, ${ms(Math.max(...keys))} slowest`,
        "",
        "≤ 500 ms; p95 < 16 ms",
        "",
        met ? "target met" : "target missed",
      ];
    },
  };
}
