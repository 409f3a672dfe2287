import assert from "node:assert/strict";
import { test } from "node:test";
import { Command } from "commander";
import { renderManPage, roff } from "../../src/render/man.js";

test("roff escapes backslashes, dashes, a leading dot or quote, and all that is not ASCII", () => {
  assert.equal(
    roff("a\\b --json\n.x\n'y 'z\nкорь ↑"),
    "a\\eb \\-\\-json\n\\&.x\n\\&'y 'z\n\\[u043A]\\[u043E]\\[u0440]\\[u044C] \\[u2191]",
  );
  assert.equal(roff("👍"), "\\[u1F44D]");
});

test("the man page has the program's options, commands, their options and the text after each list", () => {
  const program = new Command("tool")
    .description("does things")
    .version("1.2.3", "-V, --version")
    .option("-d, --data <file>", "read this file")
    .addHelpText("after", "\nExamples:\n  $ tool go --fast");
  program
    .command("go")
    .description("go somewhere")
    .option("--fast", "quickly")
    .addHelpText(
      "after",
      "Notes:\n  .hidden\n\nWhat it answers:\n  когда, when\n      the date,\n      if any\n  где\n      the place",
    );
  program.configureOutput({ writeOut: () => {} });
  assert.equal(
    renderManPage(program),
    `.TH TOOL 1 "" "tool 1.2.3" "User Commands"
.nh
.ad l
.SH NAME
tool \\- does things
.SH SYNOPSIS
\\fBtool\\fR [options] [command]
.SH DESCRIPTION
does things
.PP
.nf
Examples:
  $ tool go \\-\\-fast
.fi
.SH OPTIONS
.TP
\\fB\\-V, \\-\\-version\\fR
output the version number
.TP
\\fB\\-d, \\-\\-data <file>\\fR
read this file
.TP
\\fB\\-h, \\-\\-help\\fR
display help for command
.SH COMMANDS
.SS "go [options]"
go somewhere
.TP
\\fB\\-\\-fast\\fR
quickly
.TP
\\fB\\-h, \\-\\-help\\fR
display help for command
.PP
Notes:
.br
\\&.hidden
.PP
What it answers:
.TP
\\[u043A]\\[u043E]\\[u0433]\\[u0434]\\[u0430], when
the date, if any
.TP
\\[u0433]\\[u0434]\\[u0435]
the place
.SS "help [command]"
display help for command
`,
  );
});

test("the top-level help's exit status, environment and see-also blocks are sections of the man page", () => {
  const program = new Command("tool")
    .description("does things")
    .addHelpText(
      "after",
      "\nExit status:\n  0    done\n  2    not done\n\nEnvironment:\n  TOOL_HOME   where it lives\n\nSee also:\n  jq(1)\n",
    );
  program.configureOutput({ writeOut: () => {} });
  const page = renderManPage(program);
  assert.ok(
    page.endsWith(
      ".SH EXIT STATUS\n.PP\n.nf\n  0    done\n  2    not done\n.fi\n.SH ENVIRONMENT\n.PP\n.nf\n  TOOL_HOME   where it lives\n.fi\n.SH SEE ALSO\n.PP\njq(1)\n",
    ),
    page,
  );
  assert.equal(page.includes("Exit status:"), false, "the heading is the section's");
});
