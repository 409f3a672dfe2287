// A query's length and its number of alternatives are bounded: each alternative of an extended
// query is matched against every fact on its own, and 117 KB of `polio | polio …` took 28 s.
import assert from "node:assert/strict";
import { test } from "node:test";
import { UsageError } from "../../src/errors.js";
import { extendedSearch } from "../../src/search/extended.js";
import { run, shippedBook } from "../helpers.js";

const alternatives = (count: number) => Array(count).fill("polio").join(" | ");

test("a query of more than 500 characters is refused in one line; 500 are searched", () => {
  const long = run(["search", "полиомиелит ".repeat(5000)]);
  assert.deepEqual(
    [long.status, long.stderr],
    [2, "unicef-kz: the query is 60000 characters long; the most is 500: shorten it\n"],
  );
  const longest = run(["search", `${"я".repeat(488)} полиомиелит`]);
  assert.deepEqual([longest.status, longest.stderr], [0, ""]);
  assert.equal(
    run(["browse", "x".repeat(501)]).stderr,
    "unicef-kz: the query is 501 characters long; the most is 500: shorten it\n",
  );
});

test("an extended query of more than 10 alternatives is refused in one line; 10 are searched", () => {
  const many = run(["search", alternatives(11)]);
  assert.deepEqual(
    [many.status, many.stderr],
    [2, "unicef-kz: the query joins 11 alternatives with |; the most is 10: search for fewer at a time\n"],
  );
  const most = run(["search", alternatives(10), "--limit", "1"]);
  assert.deepEqual([most.status, most.stderr], [0, ""]);
  // An escaped bar is a bar in the text, not a join.
  assert.doesNotThrow(() => extendedSearch(shippedBook(), `'polio ${"\\| ".repeat(20)}`));
  assert.throws(() => extendedSearch(shippedBook(), alternatives(40)), UsageError);
});
