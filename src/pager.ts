// The pager: long output for a person goes through $PAGER, as git and gh send it. Loaded only
// when a terminal is to show more lines than it has.
import { spawn } from "node:child_process";

// What the shell says when it cannot find the command.
const NOT_FOUND = 127;

/**
 * Shows text through a pager command, run by the shell as git runs $PAGER, and waits until the
 * reader leaves it. Unless set, LESS is FRX (leave at once if it fits, keep colour, leave the
 * text on the screen) and LV is -c. False when the pager could not run, so nothing was shown.
 */
export function page(command: string, text: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      stdio: ["pipe", "inherit", "inherit"],
      env: { LESS: "FRX", LV: "-c", ...process.env },
    });
    // Ctrl-C belongs to the pager while it shows the text (less stays; q leaves), as with git.
    const ignore = () => {};
    process.on("SIGINT", ignore);
    const done = (shown: boolean) => {
      process.off("SIGINT", ignore);
      resolve(shown);
    };
    child.on("error", () => done(false));
    child.on("close", (code) => done(code !== NOT_FOUND));
    // A reader who leaves before the end closes the pipe: that is not a failure.
    child.stdin.on("error", () => {});
    child.stdin.end(text);
  });
}
