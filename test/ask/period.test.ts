import assert from "node:assert/strict";
import { test } from "node:test";
import { holds, type Period, soleDate, within } from "../../src/ask/period.js";
import { phrases } from "../../src/ask/phrases.js";

const DATES = ["1992-02", "1994", "1994-11-25", "2000-09", "2001-04-10", "2002-06", "2011", "2014-02-18"];
const inPeriod = (period: Period) => DATES.filter((date) => holds(period, date));

test("a period holds the dates within its own, or between its bounds, each bound included or not", () => {
  assert.deepEqual(inPeriod(within("1994")), ["1994", "1994-11-25"]);
  assert.deepEqual(inPeriod(within("2002", "2011")), ["2002-06", "2011"]);
  assert.deepEqual(inPeriod(within("199")), ["1992-02", "1994", "1994-11-25"]);
  // A date less precise than the period is not within it: 1994 may or may not be November 1994.
  assert.deepEqual(inPeriod(within("1994-11")), ["1994-11-25"]);
  assert.deepEqual(inPeriod({ to: { date: "1994", included: false } }), ["1992-02"]);
  assert.deepEqual(inPeriod({ to: { date: "1994", included: true } }), ["1992-02", "1994", "1994-11-25"]);
  assert.deepEqual(inPeriod({ from: { date: "2002", included: false } }), ["2011", "2014-02-18"]);
  assert.deepEqual(inPeriod({ from: { date: "2002", included: true } }), ["2002-06", "2011", "2014-02-18"]);
  const from2000to2002 = { from: { date: "2000", included: true }, to: { date: "2002", included: true } };
  assert.deepEqual(inPeriod(from2000to2002), ["2000-09", "2001-04-10", "2002-06"]);
  // A year alone may be on either side of a month within it; but all of it is since its January.
  assert.deepEqual(inPeriod({ to: { date: "1994-06", included: true } }), ["1992-02"]);
  assert.deepEqual(inPeriod({ from: { date: "2011-01", included: false } }), ["2014-02-18"]);
  assert.deepEqual(inPeriod({ from: { date: "2011-01", included: true } }), ["2011", "2014-02-18"]);
  assert.deepEqual(inPeriod({ to: { date: "1994-12-31", included: true } }), ["1992-02", "1994", "1994-11-25"]);
  const all1994 = { from: { date: "1994-01", included: true }, to: { date: "1994-12", included: true } };
  assert.deepEqual(inPeriod(all1994), ["1994", "1994-11-25"]);
  assert.deepEqual(
    [soleDate(within("2002")), soleDate(within("2002", "2011")), soleDate(from2000to2002)],
    ["2002", undefined, undefined],
  );
});

test("a period in the answer's words, in each language", () => {
  const periods: Period[] = [
    within("2002", "2011"),
    { to: { date: "1994", included: false } },
    { from: { date: "2010", included: false } },
    { from: { date: "2010", included: true } },
    { to: { date: "2002-06", included: true } },
    { from: { date: "2000", included: true }, to: { date: "2002", included: true } },
    { from: { date: "199", included: true }, to: { date: "2014-02-18", included: false } },
  ];
  assert.deepEqual(periods.map(phrases("en").inPeriod), [
    "in 2002 and in 2011",
    "before 1994",
    "after 2010",
    "since 2010",
    "until June 2002",
    "from 2000 to 2002",
    "since the 1990s and before 18 February 2014",
  ]);
  assert.deepEqual(periods.map(phrases("ru").inPeriod), [
    "в 2002 году и в 2011 году",
    "до 1994 года",
    "после 2010 года",
    "с 2010 года",
    "по июнь 2002 года",
    "с 2000 года по 2002 год",
    "с 1990-х годов до 18 февраля 2014 года",
  ]);
  assert.equal(
    phrases("ru").noEvents({ to: { date: "1990", included: false } }),
    "Источник не называет событий до 1990 года.",
  );
});
