// Every table, and the timeline, in real terminals from 40 to 200 columns, in both languages: every
// line fits, and no word, number or date is split. In tmux, as a person sees it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDate } from "../../src/render/i18n.js";
import { sanitize } from "../../src/render/sanitize.js";
import { displayWidth } from "../../src/render/wrap.js";
import { run } from "../helpers.js";
import { freshPrompt, openShell, type, waitFor } from "./tmux.js";

const TABLES: string[][] = [
  ["search", "полиомиелит"],
  ["search", "и", "--limit", "20"],
  ["list"],
  ["events"],
  ["programs"],
  ["agreements"],
  ["timeline"],
];

interface Listed {
  title: Record<string, string>;
  date?: string;
  milestones?: { date: string }[];
}

/** The facts a listing shows, from its JSON; the timeline shows the events that have a date. */
function factsShown(args: string[]): Listed[] {
  if (args[0] !== "timeline") return JSON.parse(run([...args, "--json"]).stdout) as Listed[];
  return (JSON.parse(run(["events", "--json"]).stdout) as Listed[]).filter((fact) => fact.date !== undefined);
}

/** The words and dates a listing shows: each must appear whole. */
function expectedWords(args: string[], lang: "en" | "ru", width: number): { words: string[]; dates: string[] } {
  const facts = factsShown(args);
  const words = facts.flatMap((fact) =>
    sanitize(fact.title[lang] ?? "")
      .split(" ")
      .filter((word) => word !== "" && displayWidth(word) <= width),
  );
  const dates = facts.flatMap((fact) => [fact.date ?? [], (fact.milestones ?? []).map((m) => m.date)].flat());
  return { words, dates: dates.map((date) => formatDate(date, lang)) };
}

const SHELL_SETUP = `PS1='$ '; export LANG=C.UTF-8 TERM=xterm-256color`;

/** Runs a listing in a tmux window `width` columns wide: every line fits, no word or date is split. */
async function assertFitsWhole(name: string, args: string[], lang: "en" | "ru", width: number): Promise<void> {
  await freshPrompt(name);
  type(name, `bin/unicef-kz ${args.join(" ")} --lang ${lang} --no-pager; echo "exit=$?"`, "Enter");
  // Lines tmux had to wrap are joined again, so a line too long shows as one.
  const shown = await waitFor(name, (text) => /^exit=0$/m.test(text), `${args.join(" ")} (${lang})`, true);
  const output = shown.split("\n").filter((line) => !line.startsWith("$ ") && !line.startsWith("exit="));
  const what = `${args.join(" ")} --lang ${lang} at ${width}`;
  for (const line of output) assert.ok(displayWidth(line) <= width, `${what}: too wide: ${line}`);
  const text = output.join("\n");
  const { words, dates } = expectedWords(args, lang, width);
  for (const word of words) assert.ok(text.includes(word), `${what}: "${word}" is split\n${text}`);
  for (const date of dates) assert.ok(text.includes(date), `${what}: the date "${date}" is split\n${text}`);
}

for (const width of [40, 60, 80, 200]) {
  test(`at ${width} columns, in English and Russian, every table and the timeline fit with whole words and dates`, async () => {
    const name = await openShell(width, 50, SHELL_SETUP);
    for (const lang of ["en", "ru"] as const) {
      for (const args of TABLES) await assertFitsWhole(name, args, lang, width);
    }
  });
}

test("the timeline at 20, 30 and 34 columns, in English and Russian, fits with whole words and dates", async () => {
  for (const width of [20, 30, 34]) {
    const name = await openShell(width, 50, SHELL_SETUP);
    for (const lang of ["en", "ru"] as const) await assertFitsWhole(name, ["timeline"], lang, width);
  }
});

test("in colour, from 20 to 80 columns, every escape sequence a table prints is whole", () => {
  for (let width = 20; width <= 80; width += 4) {
    for (const args of [...TABLES, ["show", "basic-cooperation-agreement"]]) {
      const { stdout, status } = run(
        [
          ...args,
          ...(args[0] === "show" || args[0] === "timeline" ? [] : ["--table"]),
          "--lang",
          width % 8 === 0 ? "ru" : "en",
        ],
        {
          env: { COLUMNS: String(width), FORCE_COLOR: "1" },
        },
      );
      assert.equal(status, 0);
      assert.ok(stdout.includes("\u001b["), "coloured");
      assert.doesNotMatch(stdout.replace(/\u001b\[[0-9;]*m/g, ""), /\u001b/, `${args.join(" ")} at ${width}`);
    }
  }
});
