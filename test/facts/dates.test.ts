import assert from "node:assert/strict";
import { test } from "node:test";
import { compareDates, isSurelyBefore, parsePartialDate } from "../../src/facts/dates.js";

test("partial dates parse at their own precision", () => {
  assert.deepEqual(parsePartialDate("1994"), { year: 1994 });
  assert.deepEqual(parsePartialDate("1992-02"), { year: 1992, month: 2 });
  assert.deepEqual(parsePartialDate("1994-11-25"), { year: 1994, month: 11, day: 25 });
});

test("dates that do not exist are refused", () => {
  for (const bad of [
    "2001-02-30",
    "2001-02-29",
    "1994-13",
    "1994-00",
    "1994-11-31",
    "94",
    "1994-1-5",
    "1994-11-25T00:00",
  ]) {
    assert.equal(parsePartialDate(bad), undefined, bad);
  }
  assert.deepEqual(parsePartialDate("2000-02-29"), { year: 2000, month: 2, day: 29 });
});

test("a coarser date sorts before the finer dates inside it", () => {
  const sorted = ["1994-11-25", "1994", "1992-02", "1994-11", "1992"].sort(compareDates);
  assert.deepEqual(sorted, ["1992", "1992-02", "1994", "1994-11", "1994-11-25"]);
});

test("one date is surely before another only at the precision both share", () => {
  assert.equal(isSurelyBefore("1994-11-25", "2001-04-10"), true);
  assert.equal(isSurelyBefore("2001", "2001-04-10"), false);
  assert.equal(isSurelyBefore("2001-05", "2001-04-10"), false);
});
