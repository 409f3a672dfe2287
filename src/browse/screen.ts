import ansiEscapes from "ansi-escapes";
import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "../render/context.js";
import type { RankedFact, SearchHit } from "../search/engine.js";
import type { FoundFacts } from "../search/rank.js";
import type { BrowseSource } from "./source.js";
import { type BrowseKey, type BrowseState, initialState, update } from "./state.js";
import { type EnterPrints, listHeightFor, renderFrame } from "./view.js";
import { warmUpQueries } from "./warm-up.js";

/**
 * The browse screen on a terminal: the state, the facts it finds, and the frames drawn of them;
 * only the facts on screen are read (from a large file's saved index, see source.ts).
 */
export class BrowseScreen {
  private state: BrowseState;
  private found: FoundFacts = [];
  private listHeight = 1;
  /** The warm-up (see warm-up.ts): not begun, under way (its source and the queries left), or over. */
  private warmUp: "not begun" | { source: BrowseSource; queries: string[] } | "over" = "not begun";
  private idle: NodeJS.Timeout | undefined;
  private nextWarmUp: NodeJS.Immediate | undefined;

  constructor(
    private readonly terminal: { input: NodeJS.ReadStream; output: NodeJS.WriteStream },
    private readonly source: BrowseSource,
    private readonly ctx: OutputContext,
    query: string,
    private readonly enterPrints: EnterPrints = "fact",
  ) {
    this.state = initialState(query);
    this.search();
  }

  /** Raw mode, the alternate screen, and a frame on it. */
  enter(): void {
    this.terminal.input.setRawMode(true);
    this.terminal.output.write(ansiEscapes.enterAlternativeScreen);
    this.draw();
    this.waitForIdle();
  }

  /** The terminal as it was: cooked mode, the main screen, the cursor shown; no warming up. */
  leave(): void {
    this.pauseWarmUp();
    this.terminal.input.setRawMode(false);
    this.terminal.output.write(ansiEscapes.cursorShow + ansiEscapes.exitAlternativeScreen);
  }

  /** Draws the frame for the state and the terminal's size, in one write. */
  readonly draw = (): void => {
    const { output } = this.terminal;
    let shown = onScreen(this.source, this.found, this.state, listHeightFor(output.rows));
    if (this.source.stale) {
      this.search();
      shown = onScreen(this.source, this.found, this.state, listHeightFor(output.rows));
    }
    const { hits, book } = shown;
    const frame = renderFrame(
      this.state,
      hits,
      this.source.total,
      book,
      { ...this.ctx, width: output.columns },
      output.rows,
      this.enterPrints,
    );
    this.listHeight = frame.listHeight;
    const body = frame.lines
      .map((line, row) => ansiEscapes.cursorTo(0, row) + line + ansiEscapes.eraseEndLine)
      .join("");
    output.write(ansiEscapes.cursorHide + body + ansiEscapes.cursorTo(frame.cursorColumn, 0) + ansiEscapes.cursorShow);
  };

  /** Applies a key: redraws, or says how it ends the session ("quit", or the fact chosen). */
  press(key: BrowseKey): "quit" | { chosen: Fact } | undefined {
    this.pauseWarmUp();
    const end = this.applied(key);
    if (end === undefined) this.waitForIdle();
    return end;
  }

  private applied(key: BrowseKey): "quit" | { chosen: Fact } | undefined {
    const next = update(this.state, key, this.found.length, this.listHeight);
    if (next === "quit") return "quit";
    const chosen = this.found.at(this.state.selected);
    if (next === "choose") {
      const fact = chosen && this.source.show([chosen]).hits[0]?.fact;
      if (fact) return { chosen: fact };
      // Not found where it was (see BrowseSource.stale): drawn again, found again.
      this.draw();
      return undefined;
    }
    const searchAgain = next.query !== this.state.query || next.kind !== this.state.kind;
    this.state = next;
    if (searchAgain) this.search();
    this.draw();
    return undefined;
  }

  /** The facts the query as typed so far finds, among those of the kind chosen. */
  private search(): void {
    this.found = this.source.find(this.state.query, this.state.kind);
  }

  /** Warms up once the person has been idle for IDLE_MS, unless it is over. */
  private waitForIdle(): void {
    this.pauseWarmUp();
    if (this.warmUp === "over") return;
    this.idle = setTimeout(() => this.warmUpStep(), IDLE_MS).unref();
  }

  /** No warming up until the person is idle again (a key, the screen left). */
  pauseWarmUp(): void {
    clearTimeout(this.idle);
    clearImmediate(this.nextWarmUp);
  }

  /**
   * Searches and draws, unseen, one warm-up query, then lets the keys waiting in (the next step
   * comes after them). Warming up is only ever a help: on any error it ends, and the person's own
   * keys meet the error, where browse deals with it.
   */
  private warmUpStep(): void {
    try {
      if (this.warmUp === "not begun") this.warmUp = this.beginWarmUp();
      const query = this.warmUp === "over" ? undefined : this.warmUp.queries.shift();
      if (this.warmUp === "over" || query === undefined) {
        this.warmUp = "over";
        return;
      }
      const { source } = this.warmUp;
      const state = initialState(query);
      const { hits, book } = onScreen(source, source.find(query, undefined), state, this.listHeight);
      const { output } = this.terminal;
      renderFrame(state, hits, source.total, book, { ...this.ctx, width: output.columns }, output.rows);
    } catch {
      this.warmUp = "over";
      return;
    }
    this.nextWarmUp = setImmediate(() => this.warmUpStep()).unref();
  }

  /** The warm-up's own source, and the queries made of the first fact it lists. */
  private beginWarmUp(): "over" | { source: BrowseSource; queries: string[] } {
    const source = this.source.warmUpSource?.();
    const first = source?.find("", undefined).at(0);
    const fact = first && source?.show([first]).hits[0]?.fact;
    return source && fact ? { source, queries: warmUpQueries(fact) } : "over";
  }
}

// How long the person is idle before browse warms up: longer than a pause between keys in typing.
const IDLE_MS = 250;

/** The hits on screen (the rows shown and the one selected), at their places in the list, and the book they need. */
function onScreen(source: BrowseSource, found: FoundFacts, state: BrowseState, listHeight: number) {
  const places: number[] = [];
  for (let place = state.top; place < Math.min(state.top + listHeight, found.length); place += 1) places.push(place);
  if (!places.includes(state.selected) && state.selected < found.length) places.push(state.selected);
  const { hits, book } = source.show(places.map((place) => found.at(place) as RankedFact));
  const window: { length: number; [place: number]: SearchHit } = { length: found.length };
  places.forEach((place, at) => {
    const hit = hits[at];
    if (hit) window[place] = hit;
  });
  return { hits: window, book } satisfies { hits: ArrayLike<SearchHit>; book: FactBook };
}
