import { emitKeypressEvents, type Interface, type Key } from "node:readline";
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

/** How a browse session ended: with a fact chosen (Enter), or left (Esc, Ctrl-C, SIGTERM). */
export type BrowseEnd = { chosen: Fact } | { left: "key" | "signal" };

// Readline waits this long after Esc for the rest of an escape sequence; a person pressing Esc
// should not wait half a second, and a terminal sends a sequence's bytes together.
const ESCAPE_TIMEOUT_MS = 50;

/**
 * Runs the full-screen view until it ends, and always restores the terminal: main screen,
 * cursor shown, raw mode off, listeners removed; on an error too, which is then rethrown.
 */
export function browseOnTerminal(
  terminal: Terminal,
  book: FactBook,
  engine: SearchEngine,
  ctx: OutputContext,
  query: string,
): Promise<BrowseEnd> {
  const { input, output } = terminal;
  let state = initialState(query);
  let hits: SearchHit[] = [];
  let listHeight = 1;
  const search = () => {
    const { kind } = state;
    const eligible = kind === undefined ? undefined : (index: number) => book.facts[index]?.kind === kind;
    hits =
      state.query.trim() === ""
        ? book.facts
            .filter((fact) => kind === undefined || fact.kind === kind)
            .map((fact) => ({ fact, score: 0, matchedTerms: [] }))
        : engine.search(state.query, { eligible, asYouType: true });
  };
  const draw = () => {
    const frame = renderFrame(state, hits, book.facts.length, book, { ...ctx, width: output.columns }, output.rows);
    listHeight = frame.listHeight;
    const body = frame.lines
      .map((line, row) => ansiEscapes.cursorTo(0, row) + line + ansiEscapes.eraseEndLine)
      .join("");
    output.write(ansiEscapes.cursorHide + body + ansiEscapes.cursorTo(frame.cursorColumn, 0) + ansiEscapes.cursorShow);
  };

  return new Promise<BrowseEnd>((resolve, reject) => {
    const finish = (end: BrowseEnd | Error) => {
      input.off("keypress", onKey);
      output.off("resize", draw);
      process.off("SIGTERM", onSignal);
      process.off("SIGHUP", onSignal);
      input.setRawMode(false);
      input.pause();
      output.write(ansiEscapes.cursorShow + ansiEscapes.exitAlternativeScreen);
      if (end instanceof Error) reject(end);
      else resolve(end);
    };
    const onSignal = () => finish({ left: "signal" });
    const onKey = (text: string | undefined, key: Key | undefined) => {
      try {
        const pressed = browseKey(text, key);
        if (pressed === undefined) return;
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
      input.setRawMode(true);
      input.resume();
      input.on("keypress", onKey);
      output.on("resize", draw);
      process.on("SIGTERM", onSignal);
      process.on("SIGHUP", onSignal);
      output.write(ansiEscapes.enterAlternativeScreen);
      search();
      draw();
    } catch (error) {
      finish(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
