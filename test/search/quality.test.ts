// Search quality, measured on the judged queries beside two peers a user could pick instead:
// plain Fuse.js with its defaults, and MiniSearch as its docs suggest for search as you type
// (fuzzy 0.2, the last word a prefix). Every search returns all it finds: no limit.
import assert from "node:assert/strict";
import { test } from "node:test";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { SearchEngine } from "../../src/search/engine.js";
import { shippedBook } from "../helpers.js";
import { JUDGED_QUERIES, type JudgedQuery } from "./judged-queries.js";

const book = shippedBook();
const TEXT_FIELDS = ["title.ru", "title.en", "summary.ru", "summary.en", "source.quote"];

/** A search that returns fact ids, best first. */
type Searcher = (query: string) => string[];

const unicefKz = (): Searcher => {
  const engine = new SearchEngine(book);
  return (query) => engine.search(query).map((hit) => hit.fact.id);
};

const plainFuse = (): Searcher => {
  const fuse = new Fuse(book.facts, { keys: TEXT_FIELDS });
  return (query) => fuse.search(query).map((result) => result.item.id);
};

const miniSearch = (): Searcher => {
  const index = new MiniSearch({
    fields: TEXT_FIELDS,
    extractField: (fact, field) => field.split(".").reduce((value, key) => value?.[key], fact),
  });
  index.addAll(book.facts);
  return (query) =>
    index
      .search(query, { fuzzy: 0.2, prefix: (_term, i, terms) => i === terms.length - 1 })
      .map((result) => String(result.id));
};

interface Quality {
  precision: number;
  recall: number;
  ndcg: number;
  prefixes: number;
}

/** Precision, recall and nDCG@10 of one query's results; a query with nothing relevant wants nothing back. */
function judge(found: readonly string[], judged: JudgedQuery): Omit<Quality, "prefixes"> {
  const relevant = new Set(judged.relevant);
  if (relevant.size === 0) {
    const right = found.length === 0 ? 1 : 0;
    return { precision: right, recall: 1, ndcg: right };
  }
  const hits = found.filter((id) => relevant.has(id)).length;
  const gain = (ids: readonly boolean[]) =>
    ids.slice(0, 10).reduce((sum, hit, i) => sum + (hit ? 1 / Math.log2(i + 2) : 0), 0);
  return {
    precision: found.length === 0 ? 0 : hits / found.length,
    recall: hits / relevant.size,
    ndcg: gain(found.map((id) => relevant.has(id))) / gain([...relevant].map(() => true)),
  };
}

/** The mean of each figure over the judged queries; prefixes: the share of typed-word queries that find all they should. */
function measure(search: Searcher, failures?: string[]): Quality {
  const sums = { precision: 0, recall: 0, ndcg: 0 };
  let prefixAnswered = 0;
  const prefixQueries = JUDGED_QUERIES.filter((judged) => judged.kind === "prefix");
  for (const judged of JUDGED_QUERIES) {
    const found = search(judged.query);
    const quality = judge(found, judged);
    sums.precision += quality.precision;
    sums.recall += quality.recall;
    sums.ndcg += quality.ndcg;
    if (judged.kind === "prefix" && quality.recall === 1) prefixAnswered += 1;
    if (quality.precision < 1 || quality.recall < 1)
      failures?.push(`${judged.query} → ${found.join(", ") || "(nothing)"}`);
  }
  const count = JUDGED_QUERIES.length;
  return {
    precision: sums.precision / count,
    recall: sums.recall / count,
    ndcg: sums.ndcg / count,
    prefixes: prefixAnswered / prefixQueries.length,
  };
}

const figures = (quality: Quality) =>
  `precision ${quality.precision.toFixed(3)}, recall ${quality.recall.toFixed(3)}, nDCG@10 ${quality.ndcg.toFixed(3)}, prefixes ${(100 * quality.prefixes).toFixed(1)}%`;

test("search shows what was meant: precision, recall, nDCG@10 and prefixes on the judged queries, beside its peers", (t) => {
  const failures: string[] = [];
  const ours = measure(unicefKz(), failures);
  t.diagnostic(`judged queries: ${JUDGED_QUERIES.length}`);
  t.diagnostic(`unicef-kz:          ${figures(ours)}`);
  t.diagnostic(`plain Fuse.js:      ${figures(measure(plainFuse()))}`);
  t.diagnostic(`MiniSearch (fuzzy 0.2, prefix): ${figures(measure(miniSearch()))}`);
  for (const failure of failures) t.diagnostic(`not exact: ${failure}`);
  assert.ok(JUDGED_QUERIES.length >= 60);
  assert.ok(ours.precision >= 0.95, figures(ours));
  assert.ok(ours.recall >= 0.98, figures(ours));
  assert.ok(ours.ndcg >= 0.98, figures(ours));
  assert.ok(ours.prefixes >= 0.98, figures(ours));
});
