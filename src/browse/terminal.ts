import { emitKeypressEvents, type Interface, type Key } from "node:readline";
import ansiEscapes from "ansi-escapes";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "../render/context.js";
import type { RankedFact, SearchHit } from "../search/engine.js";
import { browseKey } from "./keys.js";
import type { BrowseSource } from "./source.js";
import { type BrowseState, initialState, update } from "./state.js";
import { listHeightFor, renderFrame } from "./view.js";

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
  source: BrowseSource,
  ctx: OutputContext,
  query: string,
): Promise<BrowseEnd> {
  const { input, output } = terminal;
  let state = initialState(query);
  let found: RankedFact[] = [];
  let listHeight = 1;
  const search = () => {
    found = source.find(state.query, state.kind);
  };
  const draw = () => {
    const { hits, book } = onScreen(source, found, state, listHeightFor(output.rows));
    const frame = renderFrame(state, hits, source.total, book, { ...ctx, width: output.columns }, output.rows);
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
        const next = update(state, pressed, found.length, listHeight);
        if (next === "quit") return finish({ left: "key" });
        const chosen = found[state.selected];
        if (next === "choose")
          return chosen ? finish({ chosen: source.show([chosen]).hits[0]?.fact as Fact }) : undefined;
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

/** The hits on screen (the rows shown and the one selected), at their places in the list, and the book they need. */
function onScreen(source: BrowseSource, found: readonly RankedFact[], state: BrowseState, listHeight: number) {
  const places: number[] = [];
  for (let place = state.top; place < Math.min(state.top + listHeight, found.length); place += 1) places.push(place);
  if (!places.includes(state.selected) && state.selected < found.length) places.push(state.selected);
  const { hits, book } = source.show(places.map((place) => found[place] as RankedFact));
  const window: { length: number; [place: number]: SearchHit } = { length: found.length };
  places.forEach((place, at) => {
    const hit = hits[at];
    if (hit) window[place] = hit;
  });
  return { hits: window, book };
}
