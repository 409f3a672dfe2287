// --json and --ndjson on a terminal: JSON.stringify escapes only C0 controls, so DEL, C1 controls
// (CSI U+009B, an OSC 52 clipboard write as U+009D…U+009C) and bidi overrides are written as \u
// escapes; the JSON reads back the same. In a pipe, the exact text.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { createContext } from "../../src/render/context.js";
import { renderJson, renderNdjson } from "../../src/render/json.js";
import { BIN, run, shippedJson } from "../helpers.js";

const HOSTILE = "a\u009b31mred\u009d52;c;aGVsbG8=\u009c\u007f\u202eevil\u2066\u0085\u2028";
const ESCAPED = "a\\u009b31mred\\u009d52;c;aGVsbG8=\\u009c\\u007f\\u202eevil\\u2066\\u0085\\u2028";
const TERMINAL_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028]/;

test("at a terminal, JSON and NDJSON escape what the terminal would act on; in a pipe, the text is exact", () => {
  const value = [{ title: HOSTILE, [HOSTILE]: 1 }];
  const terminal = createContext({ prettyJson: true });
  const pipe = createContext({ prettyJson: false });
  const pretty = renderJson(value, terminal);
  assert.equal(pretty, `[\n  {\n    "title": "${ESCAPED}",\n    "${ESCAPED}": 1\n  }\n]\n`);
  assert.deepEqual(JSON.parse(pretty), value);
  assert.equal(renderNdjson(value, terminal), `{"title":"${ESCAPED}","${ESCAPED}":1}\n`);
  assert.equal(renderJson(value, pipe), `${JSON.stringify(value)}\n`);
  assert.equal(renderNdjson(value, pipe), `${JSON.stringify(value[0])}\n`);
  assert.match(renderJson(value, pipe), TERMINAL_UNSAFE);
});

test("under a real terminal, show --json and events --ndjson write no C1 control; a pipe gets them", () => {
  const file = shippedJson();
  file.facts[0].title.en = HOSTILE;
  const path = join(mkdtempSync(join(tmpdir(), "unicef-kz-json-")), "hostile.json");
  writeFileSync(path, JSON.stringify(file));
  for (const args of ["show first-mission --json", "events --ndjson --year 1992"]) {
    const screen = spawnSync("script", ["-qec", `${BIN} ${args} --data ${path}`, "/dev/null"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", TERM: "xterm-256color" },
    });
    assert.equal(screen.status, 0);
    assert.doesNotMatch(screen.stdout, TERMINAL_UNSAFE, args);
    assert.ok(screen.stdout.includes(ESCAPED), args);
    const text = screen.stdout.replaceAll("\r\n", "\n");
    const fact = JSON.parse(args.startsWith("show") ? text : (text.split("\n")[0] ?? ""));
    assert.equal(fact.title.en, HOSTILE, args);
    const piped = run([...args.split(" "), "--data", path]);
    assert.ok(piped.stdout.includes(HOSTILE), args);
  }
});
