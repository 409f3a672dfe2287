import { agreementsCommand } from "./agreements.js";
import { askCommand } from "./ask.js";
import { browseCommand } from "./browse.js";
import type { CommandSpec } from "./command.js";
import { completionCommand } from "./completion.js";
import { eventsCommand } from "./events.js";
import { indexCommand } from "./index-file.js";
import { listCommand } from "./list.js";
import { programsCommand } from "./programs.js";
import { schemaCommand } from "./schema.js";
import { searchCommand } from "./search.js";
import { showCommand } from "./show.js";
import { timelineCommand } from "./timeline.js";
import { validateCommand } from "./validate.js";

/** Options every command takes, wherever they stand on the line. */
export const GLOBAL_OPTIONS = [
  {
    flags: "-d, --data <file>",
    description: "read facts from this file ('-' for standard input; default: $UNICEF_KZ_DATA, else the shipped facts)",
  },
  {
    flags: "-l, --lang <lang>",
    description:
      "display language: ru or en, or a locale such as en_US; Kazakh (kk) is shown in Russian (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)",
  },
  {
    flags: "--no-color",
    description: "no colour (also NO_COLOR=1, FORCE_COLOR=0 or TERM=dumb; FORCE_COLOR=1 forces it)",
  },
  {
    flags: "--no-pager",
    description: "never page long output in a terminal (pager: $UNICEF_KZ_PAGER, $PAGER, less -FRX)",
  },
  {
    flags: "--no-cache",
    description: "neither read nor write saved indexes of --data files (also UNICEF_KZ_CACHE=0; see `index`)",
  },
] as const;

export const COMMANDS: CommandSpec[] = [
  searchCommand,
  askCommand,
  browseCommand,
  listCommand,
  eventsCommand,
  programsCommand,
  agreementsCommand,
  showCommand,
  timelineCommand,
  validateCommand,
  schemaCommand,
];
COMMANDS.push(
  indexCommand,
  completionCommand(() => COMMANDS, GLOBAL_OPTIONS),
);
