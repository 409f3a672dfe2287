import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { BIN, ROOT, run, SHIPPED_TEXT, shippedJson } from "../helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "unicef-kz-"));
const writeTemp = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

test("search prints plain records in a pipe, best first, and exits 0", () => {
  const result = run(["search", "полиомиелит"]);
  assert.equal(result.status, 0);
  assert.equal(result.stderr, "");
  const ids = result.stdout
    .trim()
    .split("\n")
    .map((line) => line.split("\t")[1]);
  assert.deepEqual(ids.slice(0, 3), [
    "first-project-immunisation",
    "polio-free-certification",
    "polio-free-recertification",
  ]);
  assert.equal(
    result.stdout.split("\n")[0],
    "0.95\tfirst-project-immunisation\tevent\t\tUNICEF's first project in Kazakhstan: immunisation of all children against measles and polio",
  );
});

test("search --json is an array of facts with the file's field names plus score", () => {
  const result = run(["search", "measles", "--json"]);
  assert.equal(result.status, 0);
  const hits = JSON.parse(result.stdout);
  assert.equal(result.stdout.split("\n").length, 2, "compact in a pipe");
  assert.equal(hits[0].id, "first-project-immunisation");
  assert.deepEqual(Object.keys(hits[0]), [
    "id",
    "kind",
    "relativeDate",
    "title",
    "summary",
    "tags",
    "keywords",
    "related",
    "source",
    "score",
  ]);
  assert.equal(hits[0].score, 1);
});

test("nothing matched exits 1; --json still prints []", () => {
  assert.deepEqual(run(["search", "bitcoin"]), { stdout: "", stderr: "", status: 1 });
  assert.deepEqual(run(["search", "футбол", "--json"]), { stdout: "[]\n", stderr: "", status: 1 });
});

test("search filters by kind, year range and limit", () => {
  const ids = (args: string[]) =>
    JSON.parse(run(["search", ...args, "--json"]).stdout).map((hit: { id: string }) => hit.id);
  assert.deepEqual(ids(["полиомиелит", "--kind", "program"]), ["child-adolescent-health"]);
  assert.deepEqual(ids(["полиомиелит", "--year", "2011"]), ["polio-free-recertification"]);
  assert.deepEqual(ids(["полиомиелит", "--from", "2000", "--limit", "1"]), ["polio-free-certification"]);
  // Equal scores keep the file's order.
  assert.deepEqual(ids(["signed", "--kind", "agreement", "--to", "2000"]), [
    "basic-cooperation-agreement",
    "optional-protocol-sale-of-children",
    "optional-protocol-armed-conflict",
  ]);
});

test("--ndjson prints one fact per line", () => {
  const lines = run(["events", "--ndjson", "--year", "1994"]).stdout.trim().split("\n");
  assert.deepEqual(
    lines.map((line) => JSON.parse(line).id),
    ["regular-programmes-start", "basic-agreement-signed"],
  );
});

test("events lists dated events in date order; coarse dates first; milestones included", () => {
  const result = run(["events"]);
  assert.equal(result.status, 0);
  assert.equal(
    result.stdout,
    [
      "1992-02\tfirst-mission\tFirst UNICEF and WHO mission to independent Kazakhstan",
      "1994\tregular-programmes-start\tRegular programmes of the Government of Kazakhstan and UNICEF begin",
      "1994-11-25\tbasic-agreement-signed\tBasic Cooperation Agreement signed",
      "2000-09\toptional-protocols-signed\tOptional Protocols to the Convention on the Rights of the Child signed",
      "2001-04-10\tbasic-agreement-ratified\tBasic Cooperation Agreement ratified",
      "2002-06\tpolio-free-certification\tKazakhstan certified polio-free",
      '2007\tmdg-plus-agenda\tGovernment of Kazakhstan commits to the "MDG plus" agenda',
      "2011\tpolio-free-recertification\tKazakhstan certified polio-free again",
      "2014-02-18\tmemorandum-signed\tMemorandum of Understanding on the protection and promotion of children's rights in Kazakhstan signed in Astana",
      "",
    ].join("\n"),
  );
  assert.equal(run(["events", "--from", "2007"]).stdout.split("\n").length - 1, 3);
  assert.equal(run(["events", "--to", "1992"]).stdout.split("\n").length - 1, 1);
  assert.equal(run(["events", "--year", "1993"]).status, 1);
});

test("events in a table print dates as the source gives them, in the display language", () => {
  const en = run(["events", "--table", "--year", "1992"], { env: { COLUMNS: "120" } }).stdout;
  assert.match(en, /│ 1992 │ February 1992 │ First UNICEF and WHO mission/);
  const ru = run(["events", "--table", "--year", "1994"], { env: { COLUMNS: "120", LANG: "ru_RU.UTF-8" } }).stdout;
  assert.match(ru, /│ 1994 │ 1994 +│ Начало работы по регулярным программам/);
  // The office is dated only as before the programmes of 1994: never listed as an event of 1994.
  assert.doesNotMatch(ru, /Организовано Представительство/);
  assert.match(ru, /25 ноября 1994/);
  assert.doesNotMatch(ru, /1994-01-01|01\.01\.1994/);
});

test("programs and agreements list in plain records", () => {
  assert.equal(
    run(["programs", "--lang", "ru"])
      .stdout.split("\n")
      .map((line) => line.split("\t")[1])
      .slice(0, 3)
      .join(" | "),
    "Социальная политика и управление знаниями | Здоровье и развитие детей и подростков | Охрана детства",
  );
  assert.equal(
    run(["agreements"]).stdout.split("\n")[0],
    "basic-cooperation-agreement\t1994-11-25\t2001-04-10\t\tBasic Cooperation Agreement between the Government of the Republic of Kazakhstan and the United Nations Children's Fund\tGovernment of the Republic of Kazakhstan; United Nations Children's Fund (UNICEF)",
  );
});

test("agreements --json carries each milestone's date", () => {
  const agreements = JSON.parse(run(["agreements", "--json"]).stdout);
  assert.deepEqual(agreements[0].milestones, [
    { stage: "signed", event: "basic-agreement-signed", date: "1994-11-25" },
    { stage: "ratified", event: "basic-agreement-ratified", date: "2001-04-10" },
  ]);
});

test("show prints one fact in full; --json prints the fact", () => {
  const card = run(["show", "memorandum-child-rights"], { env: { COLUMNS: "200" } });
  assert.equal(card.status, 0);
  for (const expected of [
    "Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan",
    "Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане",
    "memorandum-child-rights · agreement · 18 February 2014",
    "Jun Kukita (Representative of the United Nations Children's Fund (UNICEF))",
    "Signed: 18 February 2014 (memorandum-signed)",
    "memorandum-signed — Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan signed in Astana",
    "18 февраля 2014 года в Астане Представитель Детского фонда ООН (ЮНИСЕФ) Джун Кукита",
  ]) {
    assert.ok(card.stdout.includes(expected), expected);
  }
  assert.equal(JSON.parse(run(["show", "first-mission", "--json"]).stdout).date, "1992-02");
});

test("a mistyped id gets 'did you mean'", () => {
  const result = run(["show", "memorandum-signd"]);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, "");
  assert.match(result.stderr, /^unicef-kz: no fact with id "memorandum-signd"; did you mean memorandum-signed/);
  assert.equal(result.stderr.split("\n").length, 2);
});

const usageErrors: [string[], RegExp][] = [
  [["serch", "x"], /^unicef-kz: unknown command 'serch' \(did you mean search\?\)/],
  [["search", "x", "--limt", "2"], /^unicef-kz: unknown option '--limt' \(did you mean --limit\?\)/],
  [["search", "x", "--limit", "abc"], /"abc" is not a whole number of 1 or more/],
  [["search", "x", "--limit", "0"], /"0" is not a whole number of 1 or more/],
  [["events", "--year", "19x4"], /"19x4" is not a year; give four digits/],
  [["events", "--from", "2010", "--to", "2000"], /^unicef-kz: --from 2010 is after --to 2000; swap them\.$/m],
  [["search", "x", "--kind", "meeting"], /"meeting" is not a kind; use event, program, agreement/],
  [["search", "x", "--json", "--ndjson"], /choose one of --json, --ndjson/],
  [["events", "--lang", "de"], /"de" is not a language; use ru or en/],
  [["search"], /^unicef-kz: search needs a query or a filter, e\.g\. `unicef-kz search полиомиелит`/],
  [["events", "extra"], /^unicef-kz: unexpected argument "extra" for events; see `unicef-kz events --help`$/m],
  [
    ["events", "1994"],
    /^unicef-kz: unexpected argument "1994" for events; to keep one year: `unicef-kz events --year 1994`$/m,
  ],
  [
    ["validate", "a.json", "b.json"],
    /^unicef-kz: unexpected argument "b.json" for validate; see `unicef-kz validate --help`$/m,
  ],
  [["show"], /missing required argument 'id'/],
  [["show", "first-mission", "--plain"], /^unicef-kz: unknown option '--plain'/],
  [
    ["events", "--table", "--fields", "id"],
    /^unicef-kz: --fields chooses what --plain, --csv and --json print, not --table\.$/m,
  ],
  [["events", "--json", "--header"], /^unicef-kz: --header goes with --plain \(--csv always has one\), not --json\.$/m],
  [
    ["events", "--fields", "id,titel"],
    /^unicef-kz: --fields: no field "titel"; fields are id, kind, date, relativeDate, relativeDate\.relation, relativeDate\.event, title, title\.ru, title\.en, /,
  ],
  [["events", "--fields", ","], /^unicef-kz: --fields needs at least one field name/],
  [["events", "--csv", "--plain"], /^unicef-kz: choose one of --csv, --plain\.$/m],
  [["completion", "tcsh"], /unknown shell "tcsh"; use one of: bash, zsh, fish/],
];

for (const [args, message] of usageErrors) {
  test(`usage error: ${args.join(" ")} → one line, exit 2`, () => {
    const result = run(args);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, "");
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trimEnd().split("\n").length, 1, result.stderr);
    assert.doesNotMatch(result.stderr, /at .*\.js:\d+/);
  });
}

test("--data, UNICEF_KZ_DATA and '-' read another fact file", () => {
  const file = shippedJson();
  file.facts = file.facts
    .filter((fact: { kind: string }) => fact.kind === "program")
    .map((fact: object) => ({ ...fact, related: [] }));
  const path = writeTemp("programs-only.json", JSON.stringify(file));
  assert.equal(run(["events", "--data", path]).status, 1);
  assert.equal(run(["programs", "--data", path]).stdout.split("\n").length - 1, 3);
  assert.equal(run(["programs"], { env: { UNICEF_KZ_DATA: path } }).stdout.split("\n").length - 1, 3);
  assert.equal(
    run(["--data", "-", "programs", "--json"], { input: JSON.stringify(file) }).stdout.startsWith("[{"),
    true,
  );
});

test("a bad fact file gets one line naming the file and the place, and exit 2", () => {
  const bad = shippedJson();
  bad.facts[3].date = "2001-02-30";
  const path = writeTemp("bad.json", JSON.stringify(bad, null, 2));
  const result = run(["events", "--data", path]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `unicef-kz: ${path}: facts[3].date: must be a date that exists, got "2001-02-30"\n`);
  const missing = run(["events", "--data", join(tmp, "nope.json")]);
  assert.equal(missing.status, 2);
  assert.match(
    missing.stderr,
    /nope\.json: cannot read it \(no such file\); check the path given with --data or UNICEF_KZ_DATA\n$/,
  );
  const broken = run(["events", "--data", writeTemp("broken.json", '{"facts": [\n  {"id": }\n]}')]);
  assert.match(broken.stderr, /broken\.json: not valid JSON: line 2, column 10: expected a value\n$/);
});

test("validate says what a good file holds and everything wrong with a bad one", () => {
  assert.deepEqual(run(["validate", `${ROOT}data/unicef-kz.json`]), {
    stdout: `${ROOT}data/unicef-kz.json: valid, 20 facts (13 events, 3 programs, 4 agreements)\n`,
    stderr: "",
    status: 0,
  });
  const bad = shippedJson();
  bad.facts[0].date = "1992-13";
  bad.facts[1].related = ["x"];
  const path = writeTemp("two-problems.json", JSON.stringify(bad));
  const result = run(["validate", path]);
  assert.equal(result.status, 2);
  // The schema's problem and the link's, in one run.
  assert.equal(
    result.stderr,
    `unicef-kz: ${path}: facts[0].date: must be a date that exists, got "1992-13"\n` +
      `unicef-kz: ${path}: facts[1].related[0]: links to "x", but no fact has that id\n` +
      `unicef-kz: ${path}: 2 problems; see \`unicef-kz schema\` for the format\n`,
  );
  // A fact the schema refuses still has its links checked.
  bad.facts[0].date = "1992-02";
  bad.facts[1].title.en = 1;
  const same = writeTemp("same-fact.json", JSON.stringify(bad));
  assert.equal(
    run(["validate", same]).stderr,
    `unicef-kz: ${same}: facts[1].title.en: expected a string, got 1\n` +
      `unicef-kz: ${same}: facts[1].related[0]: links to "x", but no fact has that id\n` +
      `unicef-kz: ${same}: 2 problems; see \`unicef-kz schema\` for the format\n`,
  );
  assert.equal(
    run(["validate", "-"], { input: SHIPPED_TEXT }).stdout,
    "(standard input): valid, 20 facts (13 events, 3 programs, 4 agreements)\n",
  );
});

test("schema prints the checked-in JSON Schema", () => {
  assert.deepEqual(
    JSON.parse(run(["schema"]).stdout),
    JSON.parse(readFileSync(`${ROOT}data/facts.schema.json`, "utf8")),
  );
});

test("completion scripts name commands, options and kinds, and ask unicef-kz for fact ids", () => {
  const bash = run(["completion", "bash"]).stdout;
  assert.match(bash, /^complete -F _unicef_kz unicef-kz$/m);
  assert.match(
    bash,
    /"search ask browse list events programs agreements show timeline validate schema index completion help"/,
  );
  assert.match(bash, /unicef-kz "\$\{data\[@\]\}" list --plain --fields id 2>\/dev\/null/);
  assert.match(bash, /"event program agreement"/);
  const syntax = spawnSync("bash", ["-n"], { input: bash });
  assert.equal(syntax.status, 0, String(syntax.stderr));
  const fish = run(["completion", "fish"]).stdout;
  assert.match(fish, /^complete -c unicef-kz -n '__fish_seen_subcommand_from search' -s e -l exact -d /m);
  assert.match(fish, /^complete -c unicef-kz -n '__fish_seen_subcommand_from validate' -F$/m);
  assert.equal(spawnSync("fish", ["--no-config", "-n", writeTemp("completion.fish", fish)]).status, 0);
  const zsh = run(["completion", "zsh"]).stdout;
  assert.match(zsh, /^#compdef unicef-kz\n/);
  assert.equal(spawnSync("zsh", ["-n"], { input: zsh }).status, 0);
});

test("help has examples and the global options on every command; --version prints the version", () => {
  const listed = run([]).stdout.split("Commands:\n")[1]?.split("\n\n")[0] ?? "";
  const commands = [...listed.matchAll(/^ {2}([a-z]+) .*$/gm)].map((match) => match[1]);
  assert.deepEqual(commands, [
    "search",
    "ask",
    "browse",
    "list",
    "events",
    "programs",
    "agreements",
    "show",
    "timeline",
    "validate",
    "schema",
    "index",
    "completion",
    "help",
  ]);
  for (const command of commands.filter((name) => name !== "help")) {
    const help = run([command ?? "", "--help"]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Examples:\n {2}\$ /, command);
    for (const option of ["-d, --data <file>", "-l, --lang <lang>", "--no-color", "--no-pager"]) {
      assert.match(
        help.stdout,
        new RegExp(`^Global Options:\\n(?: .*\\n)*? {2}${option} `, "m"),
        `${command} ${option}`,
      );
    }
  }
  assert.match(run(["show", "--help"]).stdout, /--json +print each fact as a JSON object/);
  assert.match(run(["search", "--help"]).stdout, /\| jq/);
  // `help <command>` is the same help, as with git and gh; so are global options before a command.
  assert.deepEqual(run(["help", "search"]), run(["search", "--help"]));
  assert.deepEqual(run(["--lang", "ru", "events", "--help"]), run(["events", "--help"]));
  const bare = run([]);
  assert.equal(bare.status, 0);
  assert.match(bare.stdout, /Commands:\n/);
  assert.equal(run(["--version"]).stdout, `${JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).version}\n`);
});

test("piping into head ends quietly with exit 0, and a pipe gets all of a large output", () => {
  const file = shippedJson();
  const [first] = file.facts;
  file.facts = Array.from({ length: 10000 }, (_, i) => ({ ...first, id: `fact-${i}`, related: [] }));
  const path = writeTemp("large.json", JSON.stringify(file));
  const output = execFileSync(
    "bash",
    [
      "-c",
      `"${BIN}" events --data "${path}" | head -n 1; echo "status=\${PIPESTATUS[0]}"; "${BIN}" events --json --data "${path}" | cat | wc -c`,
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  const [line, status, bytes] = output.trim().split("\n");
  assert.equal(line, "1992-02\tfact-0\tFirst UNICEF and WHO mission to independent Kazakhstan");
  assert.equal(status, "status=0");
  const full = run(["events", "--json", "--data", path]).stdout;
  assert.equal(Number(bytes), Buffer.byteLength(full));
  assert.equal(JSON.parse(full).length, 10000);
});

test("a full pipe that another program made non-blocking still gets all of a large output", () => {
  const file = shippedJson();
  const [first] = file.facts;
  file.facts = Array.from({ length: 10000 }, (_, i) => ({ ...first, id: `fact-${i}`, related: [] }));
  const path = writeTemp("large-for-slow-reader.json", JSON.stringify(file));
  // Python sets O_NONBLOCK on the pipe it shares with the tool; the reader sleeps, the pipe
  // fills, and a write fails with EAGAIN instead of waiting.
  const parent = [
    "import fcntl, os, subprocess, sys",
    "fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK)",
    "sys.exit(subprocess.run(sys.argv[1:]).returncode)",
  ].join("\n");
  const output = execFileSync(
    "bash",
    [
      "-c",
      `python3 -c "$0" "$@" | (sleep 1; cat); echo "status=\${PIPESTATUS[0]}"`,
      parent,
      BIN,
      "events",
      "--json",
      "--data",
      path,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const expected = `${run(["events", "--json", "--data", path]).stdout}status=0\n`;
  assert.ok(expected.length > 1 << 20, "more than a pipe holds");
  // Compared as lengths first: a diff of two 7 MB texts would bury the failure.
  assert.equal(output.length, expected.length);
  assert.ok(output === expected, "the output differs");
});

test("the shipped file, once edited, is checked again, not taken as the build checked it", () => {
  // A copy of the built tool whose data/unicef-kz.json differs from the text the build checked.
  const copy = mkdtempSync(join(tmpdir(), "unicef-kz-copy-"));
  for (const part of ["bin", "dist", "data", "package.json"])
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  const edited = SHIPPED_TEXT.replace('"date": "1992-02"', '"date": "1992-13"');
  assert.notEqual(edited, SHIPPED_TEXT);
  writeFileSync(join(copy, "data", "unicef-kz.json"), edited);
  const result = spawnSync(join(copy, "bin", "unicef-kz"), ["events", "--json"], { encoding: "utf8" });
  rmSync(copy, { recursive: true });
  assert.equal(result.stdout, "");
  assert.equal(
    result.stderr,
    `unicef-kz: ${copy}/data/unicef-kz.json: facts[0].date: must be a date that exists, got "1992-13"\n`,
  );
  assert.equal(result.status, 2);
});

test("colour follows the terminal, NO_COLOR, --no-color and FORCE_COLOR", () => {
  const esc = "\u001b[";
  assert.ok(!run(["events", "--table"]).stdout.includes(esc), "no colour in a pipe");
  assert.ok(run(["events", "--table"], { env: { FORCE_COLOR: "1" } }).stdout.includes(esc));
  assert.ok(!run(["events", "--table", "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout.includes(esc));
  assert.ok(!run(["events", "--table"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout.includes(esc));
});

test("text from a hostile fact file cannot drive the terminal; JSON keeps it exactly", () => {
  const file = shippedJson();
  const hostile = "Evil\u001b]0;pwned\u0007 \u001b[2J\u001b[31mred\r\b\u202eabc\u200b title";
  file.facts[0].title.en = hostile;
  const path = writeTemp("hostile.json", JSON.stringify(file));
  for (const args of [
    ["events", "--table"],
    ["events"],
    ["show", "first-mission"],
    ["timeline"],
    ["search", "mission", "--table"],
  ]) {
    const out = run([...args, "--data", path], { env: { FORCE_COLOR: "0" } }).stdout;
    assert.ok(out.includes("Evil red abc title") || out.includes("Evil"), args.join(" "));
    assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f\u202e\u200b]/, args.join(" "));
  }
  assert.equal(JSON.parse(run(["show", "first-mission", "--json", "--data", path]).stdout).title.en, hostile);
});

test("the README's script examples run as written", () => {
  const readme = readFileSync(`${ROOT}README.md`, "utf8");
  const section = readme.slice(
    readme.indexOf("## Use it from scripts"),
    readme.indexOf("\n## ", readme.indexOf("## Use it from scripts") + 5),
  );
  // A blank line that ends a code block is the formatter's, not part of the output.
  const examples = [...section.matchAll(/^\$ (.+)\n((?:(?!\$ |```).*\n)*?)\n*(?=\$ |```)/gm)];
  assert.ok(examples.length >= 4, "examples found");
  for (const [, command, expected] of examples) {
    const output = execFileSync("bash", ["-c", `set -o pipefail; ${command?.replaceAll("unicef-kz", BIN)}`], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
    });
    assert.equal(output, expected, command);
  }
});
