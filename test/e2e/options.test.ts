// Options a new user gets wrong, each refused in one line that says what to do instead, and the
// ids of `show`: typed in capitals, or mistyped.
import assert from "node:assert/strict";
import { test } from "node:test";
import { run } from "../helpers.js";

/** What a refused line prints: nothing on stdout, one line on stderr, and the exit code. */
const refused = (args: string[], env: Record<string, string> = {}) => {
  const { stdout, stderr, status } = run(args, { env });
  return { stdout, stderr, status };
};

test("--year, --from, --to and --fields given twice are refused, not silently the last one", () => {
  const range = "give one year, or a range with --from and --to";
  const cases: [string[], string][] = [
    [["events", "--year", "1994", "--year", "2000"], `--year: given twice ("1994" and "2000"); ${range}`],
    [["list", "--from", "1994", "--from", "2000"], '--from: given twice ("1994" and "2000"); give it once'],
    [["timeline", "--to", "2000", "-y", "1994", "--to", "2014"], '--to: given twice ("2000" and "2014"); give it once'],
    [["search", "polio", "-y", "1994", "-y2002"], `--year: given twice ("1994" and "2002"); ${range}`],
    [
      ["list", "--fields", "id,kind", "--fields", "date"],
      '--fields: given twice ("id,kind" and "date"); name them all at once, comma-separated: --fields id,date',
    ],
  ];
  for (const [args, message] of cases) {
    const stderr = `unicef-kz: ${message}; see \`unicef-kz ${args[0]} --help\`\n`;
    assert.deepEqual(refused(args), { stdout: "", stderr, status: 2 }, args.join(" "));
  }
  // Once each, they still work together.
  assert.equal(
    run(["events", "--from", "2000", "--to", "2001", "--fields", "id"]).stdout,
    "optional-protocols-signed\nbasic-agreement-ratified\n",
  );
});

test("score is a field of a search for words only: elsewhere --fields refuses it and lists the fields there are", () => {
  const unknown = refused(["list", "--fields", "id,nope"]);
  assert.equal(unknown.status, 2);
  assert.doesNotMatch(unknown.stderr, /score/);
  for (const args of [
    ["list", "--fields", "id,score"],
    ["events", "--fields", "score"],
    ["agreements", "--fields", "score", "--json"],
    ["search", "--kind", "agreement", "--fields", "score"],
    ["show", "first-mission", "--fields", "score"],
  ]) {
    assert.deepEqual(
      refused(args),
      { ...unknown, stderr: unknown.stderr.replace('"nope"', '"score"') },
      args.join(" "),
    );
  }
  assert.equal(
    run(["search", "polio", "--fields", "score,id", "--limit", "1"]).stdout,
    "1\tfirst-project-immunisation\n",
  );
});

test("an empty --data or UNICEF_KZ_DATA is refused in one line; completion still prints its script", () => {
  const data = {
    stdout: "",
    stderr: "unicef-kz: --data is empty; give a fact file, or '-' for standard input\n",
    status: 2,
  };
  for (const args of [
    ["list", "--data", ""],
    ["show", "first-mission", "-d", ""],
    ["search", "polio", "--data="],
    ["validate", "--data", ""],
  ]) {
    assert.deepEqual(refused(args), data, args.join(" "));
  }
  const variable = {
    stdout: "",
    stderr: "unicef-kz: UNICEF_KZ_DATA is empty; set it to a fact file, or unset it for the shipped facts\n",
    status: 2,
  };
  assert.deepEqual(refused(["events"], { UNICEF_KZ_DATA: "" }), variable);
  assert.deepEqual(refused(["timeline"], { UNICEF_KZ_DATA: "" }), variable);
  // --data names the file, so the empty variable is not asked about.
  assert.equal(run(["programs", "--data", "data/unicef-kz.json"], { env: { UNICEF_KZ_DATA: "" } }).status, 0);
  assert.deepEqual(run(["completion", "bash"], { env: { UNICEF_KZ_DATA: "" } }), run(["completion", "bash"]));
});

test("a mistake on a command's line points to that command's help; one before any command, to the program's", () => {
  const cases: [string[], string][] = [
    [["show", "--plain"], "unicef-kz: unknown option '--plain'; see `unicef-kz show --help`\n"],
    [["show"], "unicef-kz: missing required argument 'id'; see `unicef-kz show --help`\n"],
    [["events", "--limit", "3"], "unicef-kz: unknown option '--limit'; see `unicef-kz events --help`\n"],
    [
      ["list", "--kind", "treaty"],
      'unicef-kz: --kind: "treaty" is not a kind; use event, program, agreement; see `unicef-kz list --help`\n',
    ],
    [["--plain", "list"], "unicef-kz: unknown option '--plain'; see `unicef-kz --help`\n"],
    [["--plain"], "unicef-kz: unknown option '--plain'; see `unicef-kz --help`\n"],
    [["serch", "polio"], "unicef-kz: unknown command 'serch' (did you mean search?); see `unicef-kz --help`\n"],
    // An output option where there is none points to the command that prints the same facts with it.
    [
      ["timeline", "--json"],
      "unicef-kz: unknown option '--json'; `unicef-kz events --json` prints these facts; see `unicef-kz timeline --help`\n",
    ],
    [
      ["browse", "--csv"],
      "unicef-kz: unknown option '--csv'; `unicef-kz search <words> --csv` prints these facts; see `unicef-kz browse --help`\n",
    ],
    [["timeline", "--jsn"], "unicef-kz: unknown option '--jsn'; see `unicef-kz timeline --help`\n"],
    // The line as typed, filters and words kept.
    [
      ["--lang", "ru", "timeline", "--from", "2000", "--json"],
      "unicef-kz: unknown option '--json'; `unicef-kz --lang ru events --from 2000 --json` prints these facts; see `unicef-kz timeline --help`\n",
    ],
    [
      ["browse", "права детей", "--json"],
      "unicef-kz: unknown option '--json'; `unicef-kz search 'права детей' --json` prints these facts; see `unicef-kz browse --help`\n",
    ],
  ];
  for (const [args, stderr] of cases)
    assert.deepEqual(refused(args), { stdout: "", stderr, status: 2 }, args.join(" "));
});

test("show takes an id typed in another case as that id", () => {
  assert.deepEqual(run(["show", "FIRST-MISSION", "--json"]), run(["show", "first-mission", "--json"]));
  assert.equal(
    run(["show", "Memorandum-Child-Rights", "First-Mission", "--fields", "id"]).stdout,
    '{"id":"memorandum-child-rights"}\n{"id":"first-mission"}\n',
  );
});

test("show suggests only ids that are really close: a typo or two away, or begun with the words typed", () => {
  const suggested = (id: string) => refused(["show", id]);
  const unknown = (id: string, hint: string) => ({
    stdout: "",
    stderr: `unicef-kz: no fact with id "${id}"; ${hint}\n`,
    status: 1,
  });
  const none = "list ids with `unicef-kz list` or `unicef-kz search <words>`";
  assert.deepEqual(suggested("nope"), unknown("nope", none));
  assert.deepEqual(suggested("agreement"), unknown("agreement", none));
  assert.deepEqual(suggested("frist-mission"), unknown("frist-mission", "did you mean first-mission?"));
  assert.deepEqual(suggested("FIRST-MISSON"), unknown("FIRST-MISSON", "did you mean first-mission?"));
  assert.deepEqual(suggested("memorandum-signd"), unknown("memorandum-signd", "did you mean memorandum-signed?"));
  assert.deepEqual(
    suggested("polio-free"),
    unknown("polio-free", "did you mean polio-free-certification, polio-free-recertification?"),
  );
  assert.deepEqual(
    suggested("memorandum"),
    unknown("memorandum", "did you mean memorandum-signed, memorandum-child-rights?"),
  );
});
