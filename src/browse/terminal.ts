import { closeSync, openSync } from "node:fs";
import { constants } from "node:os";
import { emitKeypressEvents, type Interface, type Key } from "node:readline";
import { ReadStream, WriteStream } from "node:tty";
import ansiEscapes from "ansi-escapes";
import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "../render/context.js";
import type { SearchEngine, SearchHit } from "../search/engine.js";
import { browseKey } from "./keys.js";
import { initialState, update } from "./state.js";
import { renderFrame } from "./view.js";

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
 * raw mode and the alternate screen again and redraws. `stop` stops the process (tests pass their own).
 */
export function browseOnTerminal(
  terminal: Terminal,
  book: FactBook,
  engine: SearchEngine,
  ctx: OutputContext,
  query: string,
  stop: () => void = stopProcess,
): Promise<BrowseEnd> {
  const { input, output } = terminal;
  let state = initialState(query);
  let hits: SearchHit[] = [];
  let listHeight = 1;
  const search = () => {
    const all =
      state.query.trim() === ""
        ? book.facts.map((fact) => ({ fact, score: 0, matchedTerms: [] }))
        : engine.search(state.query);
    hits = state.kind === undefined ? all : all.filter((hit) => hit.fact.kind === state.kind);
  };
  const draw = () => {
    const frame = renderFrame(state, hits, book.facts.length, book, { ...ctx, width: output.columns }, output.rows);
    listHeight = frame.listHeight;
    const body = frame.lines
      .map((line, row) => ansiEscapes.cursorTo(0, row) + line + ansiEscapes.eraseEndLine)
      .join("");
    output.write(ansiEscapes.cursorHide + body + ansiEscapes.cursorTo(frame.cursorColumn, 0) + ansiEscapes.cursorShow);
  };
  const enterScreen = () => {
    input.setRawMode(true);
    output.write(ansiEscapes.enterAlternativeScreen);
    draw();
  };
  const leaveScreen = () => {
    input.setRawMode(false);
    output.write(ansiEscapes.cursorShow + ansiEscapes.exitAlternativeScreen);
  };

  return new Promise<BrowseEnd>((resolve, reject) => {
    const listeners: [NodeJS.Signals, () => void][] = [
      ...FATAL_SIGNALS.map((signal): [NodeJS.Signals, () => void] => [
        signal,
        () => finish({ left: "signal", signal: constants.signals[signal] }),
      ]),
      ["SIGTSTP", () => suspend()],
      ["SIGCONT", () => enterScreen()],
    ];
    const finish = (end: BrowseEnd | Error) => {
      input.off("keypress", onKey);
      output.off("resize", draw);
      for (const [signal, listener] of listeners) process.off(signal, listener);
      input.pause();
      leaveScreen();
      if (end instanceof Error) reject(end);
      else resolve(end);
    };
    const suspend = () => {
      leaveScreen();
      // Without its listener, SIGTSTP does what it does by default: stop the process.
      const [, onStop] = listeners.find(([signal]) => signal === "SIGTSTP") ?? [];
      if (onStop) process.off("SIGTSTP", onStop);
      stop();
      if (onStop) process.on("SIGTSTP", onStop);
    };
    const onKey = (text: string | undefined, key: Key | undefined) => {
      try {
        const pressed = browseKey(text, key);
        if (pressed === undefined) return;
        if (pressed === "suspend") return suspend();
        const next = update(state, pressed, hits.length, listHeight);
        if (next === "quit") return finish({ left: "key" });
        const chosen = hits[state.selected];
        if (next === "choose") return chosen ? finish({ chosen: chosen.fact }) : undefined;
        const searchAgain = next.query !== state.query || next.kind !== state.kind;
        state = next;
        if (searchAgain) search();
        draw();
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    };
    try {
      // emitKeypressEvents reads only escapeCodeTimeout from the interface it is given.
      emitKeypressEvents(input, { escapeCodeTimeout: ESCAPE_TIMEOUT_MS } as unknown as Interface);
      input.resume();
      input.on("keypress", onKey);
      output.on("resize", draw);
      for (const [signal, listener] of listeners) process.on(signal, listener);
      search();
      enterScreen();
    } catch (error) {
      finish(error instanceof Error ? error : new Error(String(error)));
    }
  });
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
