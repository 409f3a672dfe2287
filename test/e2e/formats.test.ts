// Output formats: --csv, --fields, --header, list, show of several facts, and TSV agreeing with JSON.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { run, shippedJson } from "../helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "unicef-kz-formats-"));

test("--csv is RFC 4180: a header, CRLF line ends, fields with commas or quotes quoted", () => {
  assert.deepEqual(run(["events", "--year", "2007", "--csv", "--fields", "id,date,title.en"]), {
    stdout:
      'id,date,title.en\r\nmdg-plus-agenda,2007,"Government of Kazakhstan commits to the ""MDG plus"" agenda"\r\n',
    stderr: "",
    status: 0,
  });
  const agreements = run(["agreements", "--csv"]).stdout.split("\r\n");
  assert.equal(agreements[0], "id,signed,ratified,place.en,title.en,parties.en");
  assert.equal(
    agreements[2],
    'optional-protocol-sale-of-children,2000-09,,Millennium Summit,"Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",Republic of Kazakhstan',
  );
  assert.equal(agreements.length, 6);
  // A line break inside a field stays in the field, quoted; nothing matched still prints the header.
  const file = shippedJson();
  file.facts[0].title.en = "two\nlines";
  const path = join(tmp, "newline.json");
  writeFileSync(path, JSON.stringify(file));
  assert.equal(
    run(["list", "--data", path, "--csv", "--fields", "id,title.en", "--year", "1992"]).stdout,
    'id,title.en\r\nfirst-mission,"two\nlines"\r\n',
  );
  assert.deepEqual(run(["search", "bitcoin", "--csv"]), {
    stdout: "score,id,kind,date,title.en\r\n",
    stderr: "",
    status: 1,
  });
});

test("--fields chooses the fields of --plain and --json by their JSON names; --header names them", () => {
  assert.equal(
    run(["programs", "--plain", "--header", "--fields", "id,title.ru"]).stdout,
    "id\ttitle.ru\nsocial-policy-knowledge-management\tСоциальная политика и управление знаниями\nchild-adolescent-health\tЗдоровье и развитие детей и подростков\nchild-protection\tОхрана детства\n",
  );
  // --fields alone asks for records, in a pipe as in a terminal.
  assert.equal(run(["events", "--year", "2011", "--fields", "date,id"]).stdout, "2011\tpolio-free-recertification\n");
  assert.equal(
    run(["events", "--year", "1994", "--json", "--fields", "id,date"]).stdout,
    '[{"id":"regular-programmes-start","date":"1994"},{"id":"basic-agreement-signed","date":"1994-11-25"}]\n',
  );
  // Nested fields keep their nesting in JSON; arrays are joined with "; " in records.
  assert.equal(
    run(["agreements", "--ndjson", "--fields", "id,title.en,milestones.date"]).stdout.split("\n")[0],
    '{"id":"basic-cooperation-agreement","title":{"en":"Basic Cooperation Agreement between the Government of the Republic of Kazakhstan and the United Nations Children\'s Fund"},"milestones":[{"date":"1994-11-25"},{"date":"2001-04-10"}]}',
  );
  assert.equal(
    run(["agreements", "--fields", "id,milestones.stage,milestones.date,signed,ratified,tags"]).stdout.split("\n")[0],
    "basic-cooperation-agreement\tsigned; ratified\t1994-11-25; 2001-04-10\t1994-11-25\t2001-04-10\tagreement; government; cooperation",
  );
  assert.equal(run(["search", "корь", "--fields", "score,id"]).stdout, "0.95\tfirst-project-immunisation\n");
  // An event that is an agreement's milestone says whose, as its table row does.
  assert.equal(
    run(["events", "--year", "2000", "--json", "--fields", "id,milestoneOf"]).stdout,
    '[{"id":"optional-protocols-signed","milestoneOf":[{"agreement":"optional-protocol-sale-of-children","stage":"signed"},{"agreement":"optional-protocol-armed-conflict","stage":"signed"}]}]\n',
  );
  assert.equal(
    run(["events", "--year", "1994", "--fields", "id,milestoneOf.agreement,milestoneOf.stage"]).stdout,
    "regular-programmes-start\t\t\nbasic-agreement-signed\tbasic-cooperation-agreement\tsigned\n",
  );
});

test("records and JSON agree: each record's field is the JSON's value at that name", () => {
  const pathValue = (record: unknown, field: string): string => {
    // An agreement's date, which the JSON does not give, is its first dated milestone's.
    if (field === "date" && (record as { kind: string }).kind === "agreement") {
      return pathValue(record, "milestones.date").split("; ")[0] ?? "";
    }
    let values: unknown[] = [record];
    for (const key of field.split(".")) {
      values = values.flatMap((value) => {
        const inner = (value as Record<string, unknown>)[key];
        return Array.isArray(inner) ? inner : inner === undefined ? [] : [inner];
      });
    }
    return values.map(String).join("; ");
  };
  for (const args of [["search", "Nazarbayev"], ["search", "и", "--limit", "20"], ["list"], ["events"], ["programs"]]) {
    const [header = "", ...rows] = run([...args, "--plain", "--header"])
      .stdout.trimEnd()
      .split("\n");
    const records = JSON.parse(run([...args, "--json"]).stdout) as unknown[];
    assert.equal(rows.length, records.length, args.join(" "));
    rows.forEach((row, index) => {
      const fields = header.split("\t");
      assert.deepEqual(
        row.split("\t"),
        fields.map((field) => pathValue(records[index], field)),
        `${args.join(" ")}: ${row}`,
      );
    });
  }
  // An agreement has no date of its own in JSON; records give the date a table shows, its first milestone's.
  assert.match(
    run(["search", "Nazarbayev"]).stdout,
    /^0\.9\toptional-protocol-sale-of-children\tagreement\t2000-09\tOptional/,
  );
  assert.equal(JSON.parse(run(["search", "Nazarbayev", "--json"]).stdout)[0].date, undefined);
});

test("list prints every fact, or those of some kinds or years, in the file's order; search with only filters does too", () => {
  const ids = (args: string[]) =>
    run(args)
      .stdout.trimEnd()
      .split("\n")
      .map((line) => line.split("\t")[0]);
  assert.equal(ids(["list"]).length, 20);
  assert.deepEqual(ids(["list", "--kind", "agreement"]), [
    "basic-cooperation-agreement",
    "optional-protocol-sale-of-children",
    "optional-protocol-armed-conflict",
    "memorandum-child-rights",
  ]);
  // By their years: events by their date, agreements by their milestones'.
  assert.deepEqual(ids(["list", "--year", "2001"]), ["basic-agreement-ratified", "basic-cooperation-agreement"]);
  assert.deepEqual(ids(["list", "--kind", "event", "--from", "2007", "--to", "2011"]), [
    "mdg-plus-agenda",
    "polio-free-recertification",
  ]);
  assert.equal(
    run(["list"]).stdout.split("\n")[0],
    "first-mission\tevent\t1992-02\tFirst UNICEF and WHO mission to independent Kazakhstan",
  );
  assert.deepEqual(run(["search", "--kind", "program"]), run(["list", "--kind", "program"]));
  assert.deepEqual(run(["search", "--year", "1994", "--json"]), run(["list", "--year", "1994", "--json"]));
  assert.deepEqual(run(["list", "--year", "1993"]), { stdout: "", stderr: "", status: 1 });
  // With only filters, search shows every fact they keep, or as many as --limit says.
  assert.deepEqual(ids(["search", "--kind", "agreement", "--limit", "2"]), [
    "basic-cooperation-agreement",
    "optional-protocol-sale-of-children",
  ]);
  assert.deepEqual(ids(["search", "--kind", "event", "-n", "1"]), ["first-mission"]);
  assert.equal(ids(["search", "--kind", "event"]).length, 13);
  assert.equal(JSON.parse(run(["search", "--kind", "event", "-n", "3", "--json"]).stdout).length, 3);
});

test("show prints several facts: cards one after another, or one JSON object each", () => {
  const cards = run(["show", "first-mission", "polio-free-certification"], { env: { COLUMNS: "200" } });
  assert.equal(cards.status, 0);
  assert.match(cards.stdout, /^First UNICEF and WHO mission to independent Kazakhstan\n/);
  assert.match(cards.stdout, /\n\nKazakhstan certified polio-free\nКазахстан сертифицирован/);
  const json = run(["show", "first-mission", "polio-free-certification", "--json", "--fields", "id,date"]);
  assert.equal(
    json.stdout,
    '{"id":"first-mission","date":"1992-02"}\n{"id":"polio-free-certification","date":"2002-06"}\n',
  );
  // --fields alone asks for JSON; one id is one object, as before.
  assert.equal(run(["show", "first-mission", "--fields", "id"]).stdout, '{"id":"first-mission"}\n');
  assert.equal(JSON.parse(run(["show", "first-mission", "--json"]).stdout).id, "first-mission");
  assert.equal(run(["show", "first-mission", "first-mission", "--ndjson"]).stdout.split("\n").length, 3);
  // One unknown id: nothing printed, "did you mean", exit 1.
  const unknown = run(["show", "first-mission", "first-misson"]);
  assert.equal(unknown.stdout, "");
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^unicef-kz: no fact with id "first-misson"; did you mean first-mission/);
});

test("timeline takes --year as well as --from and --to", () => {
  assert.equal(
    run(["timeline", "--year", "1994"], { env: { COLUMNS: "100" } }).stdout,
    [
      "●",
      "1994",
      "",
      "1994 ● 1994              Regular programmes of the Government of Kazakhstan and UNICEF begin",
      "     ├ 25 November 1994  Basic Cooperation Agreement signed",
      "",
    ].join("\n"),
  );
  assert.equal(run(["timeline", "--year", "1994", "--from", "1990"]).status, 2);
});

test("a pipe never gets the pager, however long the output", () => {
  const result = run(["list", "--table"], { env: { PAGER: "sed s/^/paged:/", COLUMNS: "40" } });
  assert.equal(result.status, 0);
  assert.doesNotMatch(result.stdout, /paged:/);
});
