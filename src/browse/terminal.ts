import { closeSync, openSync } from "node:fs";
import { constants } from "node:os";
import { emitKeypressEvents, type Interface, type Key } from "node:readline";
import { ReadStream, WriteStream } from "node:tty";
import ansiEscapes from "ansi-escapes";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "../render/context.js";
import { browseKey } from "./keys.js";
import { BrowseScreen } from "./screen.js";
import type { BrowseSource } from "./source.js";
import type { EnterPrints } from "./view.js";

/** The terminal browse runs on: both ends must be TTYs. */
export interface Terminal {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

/** How a browse session ended: with a fact chosen (Enter), or left (Esc, Ctrl-C, a signal, by its number). */
export type BrowseEnd = { chosen: Fact } | { left: "key" } | { left: "signal"; signal: number };

// Readline waits this long after Esc for the rest of an escape sequence; a person pressing Esc
// should not wait half a second, and a terminal sends a sequence's bytes together.
const ESCAPE_TIMEOUT_MS = 50;

// Every signal that ends a process and that a program can catch (SIGKILL and SIGSTOP cannot be;
// SIGSEGV, SIGBUS, SIGFPE and SIGILL from a real fault leave nothing safe to run; Node takes
// SIGUSR1 for its inspector and ignores SIGPIPE). Each restores the terminal before it ends browse.
const FATAL_SIGNALS = [
  "SIGHUP",
  "SIGINT",
  "SIGQUIT",
  "SIGTERM",
  "SIGUSR2",
  "SIGALRM",
  "SIGVTALRM",
  "SIGXCPU",
  "SIGXFSZ",
  "SIGIO",
  "SIGPWR",
  "SIGSYS",
  "SIGTRAP",
  "SIGABRT",
  "SIGSTKFLT",
].filter((name): name is NodeJS.Signals => name in constants.signals);

/** Stops the process as Ctrl-Z does, until it is continued: SIGTSTP, with no listener left to catch it. */
function stopProcess(): void {
  process.kill(process.pid, "SIGTSTP");
}

/**
 * Runs the full-screen view until it ends, and always restores the terminal: main screen,
 * cursor shown, raw mode off, listeners removed; on an error too, which is then rethrown. As
 * full-screen programs do, Ctrl-Z and SIGTSTP restore the terminal and stop; SIGCONT (`fg`) sets
 * raw mode and the alternate screen again and redraws. `stop` stops the process (tests pass their own);
 * `enterPrints` says in the footer what Enter prints.
 */
export function browseOnTerminal(
  terminal: Terminal,
  source: BrowseSource,
  ctx: OutputContext,
  query: string,
  stop: () => void = stopProcess,
  enterPrints: EnterPrints = "fact",
): Promise<BrowseEnd> {
  const { input, output } = terminal;
  return new Promise<BrowseEnd>((resolve, reject) => {
    let screen: BrowseScreen | undefined;
    const signals = listenToSignals(
      {
        end: (signal) => finish({ left: "signal", signal }),
        stopping: () => screen?.leave(),
        continued: () => screen?.enter(),
      },
      stop,
    );
    const finish = (end: BrowseEnd | Error) => {
      input.off("keypress", onKey);
      screen?.pauseWarmUp();
      if (screen) output.off("resize", screen.draw);
      signals.close();
      input.pause();
      // The terminal as it was, even if the screen could not be made.
      input.setRawMode(false);
      output.write(ansiEscapes.cursorShow + ansiEscapes.exitAlternativeScreen);
      if (end instanceof Error) reject(end);
      else resolve(end);
    };
    const failed = (error: unknown) => finish(error instanceof Error ? error : new Error(String(error)));
    const onKey = (text: string | undefined, key: Key | undefined) => {
      try {
        const pressed = browseKey(text, key);
        if (pressed === undefined || screen === undefined) return;
        if (pressed === "suspend") return signals.suspend();
        const end = screen.press(pressed);
        if (end === "quit") finish({ left: "key" });
        else if (end) finish(end);
      } catch (error) {
        failed(error);
      }
    };
    try {
      // emitKeypressEvents reads only escapeCodeTimeout from the interface it is given.
      emitKeypressEvents(input, { escapeCodeTimeout: ESCAPE_TIMEOUT_MS } as unknown as Interface);
      input.resume();
      input.on("keypress", onKey);
      screen = new BrowseScreen(terminal, source, ctx, query, enterPrints);
      output.on("resize", screen.draw);
      screen.enter();
    } catch (error) {
      failed(error);
    }
  });
}

/** What browse does on a signal: end (a fatal one, by its number), restore the terminal to stop, take it again. */
interface SignalHandlers {
  end(signal: number): void;
  stopping(): void;
  continued(): void;
}

/**
 * Listens for the signals browse handles, until `close`. `suspend` (Ctrl-Z, or SIGTSTP) calls
 * `stopping`, then `stop` with no SIGTSTP listener, so that the signal does what it does by
 * default: stop the process; SIGCONT (`fg`) calls `continued`.
 */
function listenToSignals(handlers: SignalHandlers, stop: () => void): { suspend(): void; close(): void } {
  const suspend = () => {
    handlers.stopping();
    process.off("SIGTSTP", suspend);
    stop();
    process.on("SIGTSTP", suspend);
  };
  const listeners: [NodeJS.Signals, () => void][] = [
    ...FATAL_SIGNALS.map((signal): [NodeJS.Signals, () => void] => [
      signal,
      () => handlers.end(constants.signals[signal]),
    ]),
    ["SIGTSTP", suspend],
    ["SIGCONT", handlers.continued],
  ];
  for (const [signal, listener] of listeners) process.on(signal, listener);
  return {
    suspend,
    close: () => {
      for (const [signal, listener] of listeners) process.off(signal, listener);
    },
  };
}

/** A terminal of its own, opened on /dev/tty, and let go with `close`. */
export interface OwnTerminal extends Terminal {
  close(): void;
}

/**
 * The controlling terminal (/dev/tty), for `browse --print-id`, whose standard output is a pipe
 * to the shell's `$(…)`, as fzf draws; undefined when the process has none.
 */
export function openControllingTerminal(): OwnTerminal | undefined {
  let reading: number | undefined;
  let writing: number | undefined;
  try {
    reading = openSync("/dev/tty", "r");
    writing = openSync("/dev/tty", "w");
  } catch {
    if (reading !== undefined) closeSync(reading);
    return undefined;
  }
  const input = new ReadStream(reading);
  const output = new WriteStream(writing);
  // Node follows the size of its own standard streams only: this one is asked again on SIGWINCH.
  const resized = () => (output as WriteStream & { _refreshSize(): void })._refreshSize();
  process.on("SIGWINCH", resized);
  return {
    input,
    output,
    close: () => {
      process.off("SIGWINCH", resized);
      input.destroy();
      output.destroy();
    },
  };
}
