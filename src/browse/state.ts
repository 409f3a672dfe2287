import type { FactKind } from "../facts/schema.js";

/** What the browse screen shows, apart from the hits it implies: the query, the choice, the filter. */
export interface BrowseState {
  query: string;
  /** Where typing goes in the query, in UTF-16 units. */
  cursor: number;
  /** The selected hit, and the first hit shown (the list scrolls to keep the selection in view). */
  selected: number;
  top: number;
  kind: FactKind | undefined;
}

export type BrowseKey =
  | { insert: string }
  | "backspace"
  | "delete"
  | "delete-word"
  | "clear"
  | "left"
  | "right"
  | "home"
  | "end"
  | "up"
  | "down"
  | "page-up"
  | "page-down"
  | "next-kind"
  | "choose"
  | "quit"
  /** Ctrl-Z: the terminal session stops the process; the state stays as it is. */
  | "suspend";

/** Tab cycles the kind filter in this order. */
export const KIND_CYCLE: readonly (FactKind | undefined)[] = [undefined, "event", "program", "agreement"];

export function initialState(query: string): BrowseState {
  return { query, cursor: query.length, selected: 0, top: 0, kind: undefined };
}

/**
 * The state after a key, or what the key ends: "choose" (Enter on a hit) or "quit" (Esc, Ctrl-C).
 * `hitCount` and `listHeight` are those of the screen the key was pressed on.
 */
export function update(
  state: BrowseState,
  key: BrowseKey,
  hitCount: number,
  listHeight: number,
): BrowseState | "choose" | "quit" {
  if (key === "quit") return "quit";
  if (key === "choose") return hitCount > 0 ? "choose" : state;
  const query = editQuery(state, key);
  if (query) return { ...state, ...query, selected: 0, top: 0 };
  if (key === "next-kind") {
    const next = KIND_CYCLE[(KIND_CYCLE.indexOf(state.kind) + 1) % KIND_CYCLE.length];
    return { ...state, kind: next, selected: 0, top: 0 };
  }
  const page = Math.max(1, listHeight);
  const moves: Partial<Record<Exclude<BrowseKey, { insert: string }>, number>> = {
    up: -1,
    down: 1,
    "page-up": -page,
    "page-down": page,
  };
  const move = typeof key === "string" ? moves[key] : undefined;
  if (move === undefined) return moveCursor(state, key);
  const selected = Math.max(0, Math.min(hitCount - 1, state.selected + move));
  return { ...state, selected, top: scrolledTop(state.top, selected, page) };
}

/** The query and cursor after an editing key, or undefined if the key does not edit. */
function editQuery(state: BrowseState, key: BrowseKey): Pick<BrowseState, "query" | "cursor"> | undefined {
  const { query, cursor } = state;
  if (typeof key === "object") {
    return { query: query.slice(0, cursor) + key.insert + query.slice(cursor), cursor: cursor + key.insert.length };
  }
  if (key === "backspace" && cursor > 0) {
    const start = previousCharacter(query, cursor);
    return { query: query.slice(0, start) + query.slice(cursor), cursor: start };
  }
  if (key === "delete" && cursor < query.length) {
    return { query: query.slice(0, cursor) + query.slice(nextCharacter(query, cursor)), cursor };
  }
  if (key === "delete-word" && cursor > 0) {
    // As in a shell: spaces before the cursor, then the word before them.
    const before = query.slice(0, cursor).replace(/\S*\s*$/u, "");
    return { query: before + query.slice(cursor), cursor: before.length };
  }
  if (key === "clear") return { query: query.slice(cursor), cursor: 0 };
  return undefined;
}

function moveCursor(state: BrowseState, key: BrowseKey): BrowseState {
  const { query, cursor } = state;
  if (key === "left") return { ...state, cursor: previousCharacter(query, cursor) };
  if (key === "right") return { ...state, cursor: nextCharacter(query, cursor) };
  if (key === "home") return { ...state, cursor: 0 };
  if (key === "end") return { ...state, cursor: query.length };
  return state;
}

/** The first row shown, moved as little as possible to keep `selected` among `height` rows. */
export function scrolledTop(top: number, selected: number, height: number): number {
  if (selected < top) return selected;
  if (selected >= top + height) return selected - height + 1;
  return top;
}

// A character outside the Basic Multilingual Plane is two UTF-16 units: step over both.
function previousCharacter(text: string, index: number): number {
  if (index <= 0) return 0;
  const unit = text.charCodeAt(index - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && index >= 2 ? index - 2 : index - 1;
}

function nextCharacter(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const unit = text.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length ? index + 2 : index + 1;
}
