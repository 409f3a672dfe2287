import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { stripVTControlCharacters } from "node:util";
import { BIN, run, shippedBook } from "../helpers.js";

const book = shippedBook();
const quoteOf = (id: string) => book.byId.get(id)?.source.quote ?? "";

/** Runs `ask` under a real pseudo-terminal (util-linux `script`) of the given width. */
function askInTerminal(question: string, columns: number, env: Record<string, string> = {}) {
  const result = spawnSync("script", ["-qec", `stty cols ${columns} rows 50; ${BIN} ask ${question}`, "/dev/null"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TERM: "xterm-256color", LANG: "C.UTF-8", ...env },
  });
  return { screen: result.stdout.replaceAll("\r\n", "\n"), status: result.status };
}

test("ask in a pipe: the answer line, the fact (title and id), then the source quote; exit 0", () => {
  assert.deepEqual(run(["ask", "когда", "ратифицировали", "основное", "соглашение"]), {
    stdout: [
      "10 апреля 2001 — Ратифицировано Основное соглашение о сотрудничестве.",
      "",
      "Ратифицировано Основное соглашение о сотрудничестве (basic-agreement-ratified)",
      "",
      "Источник",
      `  ${quoteOf("basic-agreement-ratified")}`,
      "",
    ].join("\n"),
    stderr: "",
    status: 0,
  });
});

test("ask answers with both facts when two answer equally well, and the quote they share once", () => {
  assert.deepEqual(run(["ask", "who signed the optional protocols?"]), {
    stdout: [
      "N. Nazarbayev, President of the Republic of Kazakhstan. Signed: September 2000. Place: Millennium Summit.",
      "",
      "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography (optional-protocol-sale-of-children)",
      "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict (optional-protocol-armed-conflict)",
      "",
      "Source",
      `  ${quoteOf("optional-protocol-sale-of-children")}`,
      "",
    ].join("\n"),
    stderr: "",
    status: 0,
  });
});

test("ask says when the source gives no date, and what it says instead", () => {
  const { stdout, status } = run(["ask", "when was the unicef office established"]);
  assert.equal(status, 0);
  assert.equal(
    stdout.split("\n").slice(0, 3).join("\n"),
    "The source gives no date; it says only: no later than 1994.\n\nUNICEF Office in Kazakhstan established (unicef-office-established)",
  );
});

test("ask answers in the question's language; --lang overrides it", () => {
  const firstLine = (args: string[]) => run(["ask", ...args]).stdout.split("\n")[0];
  assert.equal(firstLine(["где", "подписали", "меморандум"]), "Астана. Подписано: 18 февраля 2014.");
  assert.equal(firstLine(["где", "подписали", "меморандум", "--lang", "en"]), "Astana. Signed: 18 February 2014.");
  assert.equal(
    firstLine(["rjulf", "gjlgbcfkb", "vtvjhfylev"]),
    "18 февраля 2014 — В Астане подписан Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.",
  );
});

test("ask counts with the list, and a programmes' count rests on the sentence introducing them", () => {
  const { stdout, status } = run(["ask", "сколько", "программ"]);
  assert.equal(status, 0);
  const lines = stdout.split("\n");
  assert.deepEqual(lines.slice(0, 7), [
    "3 программы: Социальная политика и управление знаниями; Здоровье и развитие детей и подростков; Охрана детства.",
    "",
    "Социальная политика и управление знаниями (social-policy-knowledge-management)",
    "Здоровье и развитие детей и подростков (child-adolescent-health)",
    "Охрана детства (child-protection)",
    "",
    "Источник",
  ]);
  assert.equal(lines[7], `  ${book.programmeAreas?.source.quote}`);
});

test("ask --json: question, asks, answer, facts as show --json gives them, quotes; one line in a pipe", () => {
  const result = run(["ask", "what", "happened", "in", "1994", "--json"]);
  assert.equal(result.status, 0);
  assert.equal(result.stdout.split("\n").length, 2);
  const answer = JSON.parse(result.stdout);
  assert.deepEqual(Object.keys(answer), ["question", "asks", "answer", "facts", "quotes"]);
  assert.deepEqual(
    { ...answer, facts: answer.facts.map((fact: { id: string }) => fact.id) },
    {
      question: "what happened in 1994",
      asks: "year",
      answer:
        "In 1994: Regular programmes of the Government of Kazakhstan and UNICEF begin; 25 November 1994 — Basic Cooperation Agreement signed.",
      facts: ["regular-programmes-start", "basic-agreement-signed"],
      quotes: [quoteOf("regular-programmes-start"), quoteOf("basic-agreement-signed")],
    },
  );
  const agreement = JSON.parse(run(["ask", "where", "was", "the", "memorandum", "signed", "--json"]).stdout).facts[0];
  assert.deepEqual(agreement.milestones, [{ stage: "signed", event: "memorandum-signed", date: "2014-02-18" }]);
});

test("no fact answers: the answer says so and ask exits 1; JSON has no facts", () => {
  assert.deepEqual(run(["ask", "who", "is", "the", "president", "of", "france"]), {
    stdout: "No fact in the source answers this question.\n",
    stderr: "",
    status: 1,
  });
  assert.deepEqual(run(["ask", "что", "произошло", "в", "1999", "году", "--json"]), {
    stdout:
      '{"question":"что произошло в 1999 году","asks":"year","answer":"Источник не называет событий 1999 года.","facts":[],"quotes":[]}\n',
    stderr: "",
    status: 1,
  });
});

test("ask without a question, or with nothing to look for, is bad usage: one line, exit 2", () => {
  assert.deepEqual(run(["ask"]), {
    stdout: "",
    stderr: "unicef-kz: missing required argument 'question'; see `unicef-kz ask --help`\n",
    status: 2,
  });
  assert.deepEqual(run(["ask", "когда?"]), {
    stdout: "",
    stderr: "unicef-kz: the question names nothing to look for; ask e.g. `unicef-kz ask когда подписали меморандум`.\n",
    status: 2,
  });
});

test("ask in a terminal: wrapped to its width, the answer bold, the id dim; --json is pretty", () => {
  const { screen, status } = askInTerminal("когда ратифицировали основное соглашение", 60);
  assert.equal(status, 0);
  assert.ok(screen.startsWith("\u001b[1m10\u001b[22m \u001b[1mапреля\u001b[22m"), "bold answer");
  assert.ok(screen.includes("\u001b[2m(basic-agreement-ratified)\u001b[22m"), "dim id");
  assert.equal(
    stripVTControlCharacters(screen),
    [
      "10 апреля 2001 — Ратифицировано Основное соглашение о",
      "сотрудничестве.",
      "",
      "Ратифицировано Основное соглашение о сотрудничестве",
      "(basic-agreement-ratified)",
      "",
      "Источник",
      "  Основное соглашение о сотрудничестве между Правительством",
      "  Республики Казахстан и Детским Фондом ООН, подписанное 25",
      "  ноября 1994 года, было ратифицировано 10 апреля 2001 года",
      "",
    ].join("\n"),
  );
  assert.ok(
    !askInTerminal("когда ратифицировали основное соглашение", 60, { NO_COLOR: "1" }).screen.includes("\u001b["),
  );
  assert.match(
    askInTerminal("кто подписал меморандум --json", 80).screen,
    /^\{\n {2}"question": "кто подписал меморандум",\n {2}"asks": "who",\n/,
  );
});

test("ask has help with examples, and completion offers it", () => {
  const help = run(["ask", "--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: unicef-kz ask \[options\] <question\.\.\.>$/m);
  assert.match(help.stdout, /^ {2}\$ unicef-kz ask когда ратифицировали основное соглашение$/m);
  assert.match(help.stdout, /^ {2}\$ unicef-kz ask "who signed the memorandum\?"$/m);
  assert.match(
    run(["--help"]).stdout,
    /^ {2}ask \[options\] <question\.\.\.> +answer a question in Russian or English/m,
  );
  const bash = run(["completion", "bash"]).stdout;
  assert.match(bash, /"search ask browse /);
  assert.match(bash, /^ {4}ask\) opts="--json" ;;$/m);
});
