// browse as a person meets it: started in a pseudo-terminal (util-linux `script`), then keys typed
// one at a time, each timed from the key to the end of the frame it brings (a frame ends by
// showing the cursor again).
import { spawn } from "node:child_process";

const FRAME_END = "\u001b[?25h";

export interface BrowseTimes {
  /** From starting the process to its first whole frame, in milliseconds. */
  firstFrame: number;
  /** From each key to its frame, in milliseconds. */
  keys: number[];
}

/** Runs `bin browse --data path` in a terminal of 100 × 30, types `typed`, and leaves with Esc. */
export async function browseTimes(bin: string, path: string, typed: string): Promise<BrowseTimes> {
  const started = process.hrtime.bigint();
  const command = `stty cols 100 rows 30; exec '${bin}' browse --data '${path}'`;
  const child = spawn("script", ["-qfec", command, "/dev/null"], {
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, TERM: "xterm-256color", LANG: "C.UTF-8" },
  });
  let screen = "";
  let waiting: (() => void) | undefined;
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (text: string) => {
    screen += text;
    if (waiting && screen.includes(FRAME_END)) waiting();
  });
  const frame = () =>
    new Promise<number>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`browse drew no frame; the screen shows:\n${screen}`)), 60_000);
      const done = () => {
        clearTimeout(timeout);
        waiting = undefined;
        screen = "";
        resolve(Number(process.hrtime.bigint() - started) / 1e6);
      };
      if (screen.includes(FRAME_END)) done();
      else waiting = done;
    });
  const firstFrame = await frame();
  const keys: number[] = [];
  for (const character of typed) {
    const pressed = Number(process.hrtime.bigint() - started) / 1e6;
    child.stdin.write(character);
    keys.push((await frame()) - pressed);
  }
  child.stdin.write("\u001b");
  await new Promise((resolve) => child.on("close", resolve));
  return { firstFrame, keys };
}
