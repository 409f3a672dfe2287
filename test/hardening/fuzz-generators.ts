// What the property tests of issue #18 generate: data-sized arrays, characters a terminal acts
// on, keys for browse, writes that fail.
import fc from "fast-check";
import { shippedJson } from "../helpers.js";

/** Arrays of data size (past what a spread into a call can pass on the stack), of any kind of item. */
export const largeArray = fc.record({
  length: fc.constantFrom(100_000, 130_000, 200_000),
  item: fc.constantFrom<[string, (index: number) => unknown]>(
    ["numbers", (index) => index],
    ["strings", (index) => `t${index}`],
    ["nulls", () => null],
    ["objects", () => ({})],
    ["milestones", () => ({ stage: "signed", event: "first-mission" })],
    ["dated events", (index) => ({ ...shippedJson().facts[0], id: `e-${index}`, date: String(1900 + (index % 125)) })],
  ),
});
export const dataCommands = [
  ["events"],
  ["timeline"],
  ["validate"],
  ["search", "polio"],
  ["search", "'polio"],
  ["agreements", "--json"],
  ["programs", "--ndjson"],
  ["show", "first-mission"],
];

// What a terminal acts on: DEL, C1 controls (CSI, OSC…ST), bidi embeddings, overrides and isolates.
export const TERMINAL_CONTROLS =
  "\u007f\u0080\u0085\u009b\u009d\u009c\u009f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
export const ACTS_ON_TERMINAL = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
export const terminalCommands = [
  ["show", "first-mission", "--json"],
  ["show", "first-mission", "--ndjson"],
  ["show", "first-mission"],
  ["events", "--json"],
  ["events", "--ndjson"],
  ["events", "--table"],
  ["events", "--plain"],
  ["agreements"],
  ["programs", "--json"],
  ["search", "polio", "--json"],
  ["search", "polio"],
  ["timeline"],
  ["validate"],
];

export const KEYS: Record<string, string> = {
  type: "polio",
  cyrillic: "корь",
  down: "\u001b[B",
  up: "\u001b[A",
  "page down": "\u001b[6~",
  tab: "\t",
  backspace: "\u007f",
  "ctrl-u": "\u0015",
  "ctrl-w": "\u0017",
  "ctrl-z": "\u001a",
};
export const failingRun = fc.record({
  argv: fc.constantFrom<string[]>(
    ["events"],
    ["search", "polio", "--json"],
    ["show", "first-mission"],
    ["--help"],
    ["-V"],
    ["show", "nowhere"],
    ["events", "--year", "19x4"],
    ["timeline"],
  ),
  fd: fc.constantFrom(1, 2),
  code: fc.constantFrom("ENOSPC", "EIO", "EPIPE", "EFBIG", "EBADF"),
  after: fc.oneof(fc.constant(0), fc.nat(20_000)),
  closed: fc.boolean(),
});
