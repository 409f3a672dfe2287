import ansiEscapes from "ansi-escapes";
import type { FactBook } from "../facts/factbook.js";
import type { Fact } from "../facts/schema.js";
import type { OutputContext } from "../render/context.js";
import type { SearchEngine, SearchHit } from "../search/engine.js";
import { type BrowseKey, type BrowseState, initialState, update } from "./state.js";
import { renderFrame } from "./view.js";

/** The browse screen on a terminal: the state, the hits it implies, and the frames drawn of them. */
export class BrowseScreen {
  private state: BrowseState;
  private hits: SearchHit[] = [];
  private listHeight = 1;

  constructor(
    private readonly terminal: { input: NodeJS.ReadStream; output: NodeJS.WriteStream },
    private readonly book: FactBook,
    private readonly engine: SearchEngine,
    private readonly ctx: OutputContext,
    query: string,
  ) {
    this.state = initialState(query);
    this.search();
  }

  /** Raw mode, the alternate screen, and a frame on it. */
  enter(): void {
    this.terminal.input.setRawMode(true);
    this.terminal.output.write(ansiEscapes.enterAlternativeScreen);
    this.draw();
  }

  /** The terminal as it was: cooked mode, the main screen, the cursor shown. */
  leave(): void {
    this.terminal.input.setRawMode(false);
    this.terminal.output.write(ansiEscapes.cursorShow + ansiEscapes.exitAlternativeScreen);
  }

  /** Draws the frame for the state and the terminal's size, in one write. */
  readonly draw = (): void => {
    const { output } = this.terminal;
    const { book } = this;
    const frame = renderFrame(
      this.state,
      this.hits,
      book.facts.length,
      book,
      { ...this.ctx, width: output.columns },
      output.rows,
    );
    this.listHeight = frame.listHeight;
    const body = frame.lines
      .map((line, row) => ansiEscapes.cursorTo(0, row) + line + ansiEscapes.eraseEndLine)
      .join("");
    output.write(ansiEscapes.cursorHide + body + ansiEscapes.cursorTo(frame.cursorColumn, 0) + ansiEscapes.cursorShow);
  };

  /** Applies a key: redraws, or says how it ends the session ("quit", or the fact chosen). */
  press(key: BrowseKey): "quit" | { chosen: Fact } | undefined {
    const next = update(this.state, key, this.hits.length, this.listHeight);
    if (next === "quit") return "quit";
    const chosen = this.hits[this.state.selected];
    if (next === "choose") return chosen ? { chosen: chosen.fact } : undefined;
    const searchAgain = next.query !== this.state.query || next.kind !== this.state.kind;
    this.state = next;
    if (searchAgain) this.search();
    this.draw();
    return undefined;
  }

  /** The hits for the query as typed so far, among the facts of the kind chosen (the cut-offs are relative to those). */
  private search(): void {
    const { book } = this;
    const { kind, query } = this.state;
    const eligible = kind === undefined ? undefined : (index: number) => book.facts[index]?.kind === kind;
    this.hits =
      query.trim() === ""
        ? book.facts
            .filter((fact) => kind === undefined || fact.kind === kind)
            .map((fact) => ({ fact, score: 0, matchedTerms: [] }))
        : this.engine.search(query, { eligible, asYouType: true });
  }
}
