import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { FactBook } from "../facts/factbook.js";
import { FACT_KINDS } from "../facts/kinds.js";
import { type FactFilter, passesFilter } from "../facts/query.js";
import { type Fact, isFact } from "../facts/schema.js";
import { idSlots } from "./ids.js";
import { LINKS, type LinkKind } from "./links.js";
import { DamagedIndex, type IndexFile } from "./reader.js";

// Facts closer than this in the file are read together, in pieces of up to PIECE bytes.
const NEAR = 4096;
const PIECE = 1 << 20;

/**
 * The facts of an indexed file, read one by one where the index says each lies. A fact that is
 * not what the index says (the file changed since it was checked) throws DamagedIndex: the
 * command then reads the file without its index.
 */
export class IndexedFacts {
  readonly count: number;
  private readonly read = new Map<number, Fact>();
  private readonly fd: number;
  /** The fact file's size in bytes, which every fact lies within. */
  private readonly size: number;

  /** `path`: the fact file the index was made from; `name`: how output names it. */
  constructor(
    readonly index: IndexFile,
    path: string,
    readonly name: string,
  ) {
    this.count = index.meta.factCount;
    this.fd = openSync(path, "r");
    this.size = fstatSync(this.fd).size;
  }

  close(): void {
    closeSync(this.fd);
    this.index.close();
  }

  /** The fact at this place in the file. */
  fact(place: number): Fact {
    return this.read.get(place) ?? (this.facts([place])[0] as Fact);
  }

  /**
   * The facts at these places, in file order. Facts that lie close together in the file are read
   * in one piece: a listing of many facts reads most of the file.
   */
  facts(places: Iterable<number>): Fact[] {
    const sorted = [...new Set(places)].sort((a, b) => a - b);
    this.readFacts(sorted.filter((place) => !this.read.has(place)));
    return sorted.map((place) => this.read.get(place) as Fact);
  }

  /** Reads these facts (in file order) into `read`, checking each is the fact indexed there. */
  private readFacts(places: readonly number[]): void {
    if (places.length === 0) return;
    const spans = this.spansOf(places);
    for (let first = 0; first < places.length; ) {
      let last = first;
      const start = spans[2 * first] ?? 0;
      while (
        last + 1 < places.length &&
        (spans[2 * last + 2] ?? 0) - (spans[2 * last + 1] ?? 0) < NEAR &&
        (spans[2 * last + 3] ?? 0) - start < PIECE
      ) {
        last += 1;
      }
      const bytes = Buffer.allocUnsafe((spans[2 * last + 1] ?? 0) - start);
      const length = readSync(this.fd, bytes, 0, bytes.length, start);
      for (let at = first; at <= last; at += 1) {
        const text = bytes.toString("utf8", (spans[2 * at] ?? 0) - start, (spans[2 * at + 1] ?? 0) - start);
        this.read.set(places[at] ?? 0, this.checked(places[at] ?? 0, text, length === bytes.length));
      }
      first = last + 1;
    }
  }

  private checked(place: number, text: string, whole: boolean): Fact {
    let fact: unknown;
    try {
      fact = whole ? JSON.parse(text) : undefined;
    } catch {
      // not where the index says
    }
    if (!isFact(fact) || fact.id !== this.idOf(place)) throw new DamagedIndex(`fact ${place} has changed`);
    return fact;
  }

  /**
   * The spans of these places (in file order), two numbers each: each within the file and after
   * the last, or the index is damaged (a read at a place that is none would fail otherwise).
   */
  private spansOf(places: readonly number[]): Float64Array {
    const spans = this.spansAsSaved(places);
    for (let at = 0; at < places.length; at += 1) {
      const start = spans[2 * at] ?? 0;
      const end = spans[2 * at + 1] ?? 0;
      const after = at === 0 ? 0 : (spans[2 * at - 1] ?? 0);
      if (
        !(Number.isSafeInteger(start) && Number.isSafeInteger(end) && after <= start && start < end && end <= this.size)
      )
        throw new DamagedIndex(`fact ${places[at]} is said to lie at ${start}–${end} of the file`);
    }
    return spans;
  }

  private spansAsSaved(places: readonly number[]): Float64Array {
    const first = places[0] ?? 0;
    const last = places[places.length - 1] ?? 0;
    if (places.length > (last - first) / 8) {
      const all = this.index.float64s("spans", 2 * first, 2 * last + 2);
      return Float64Array.from(
        places.flatMap((place) => [all[2 * (place - first)] ?? 0, all[2 * (place - first) + 1] ?? 0]),
      );
    }
    return Float64Array.from(places.flatMap((place) => [...this.index.float64s("spans", 2 * place, 2 * place + 2)]));
  }

  /** The id of the fact at this place, as the index has it. */
  idOf(place: number): string {
    const [start = 0, end = 0] = this.index.uint32s("idOffsets", place, place + 2);
    return Buffer.from(this.index.bytes("idText", 2 * start, 2 * end)).toString("utf16le");
  }

  /** The place of the fact with this id, if there is one. */
  placeOf(id: string): number | undefined {
    const size = this.index.meta.idTableSize;
    for (const slot of idSlots(id, size)) {
      const [entry = 0] = this.index.uint32s("idTable", slot, slot + 1);
      if (entry === 0) return undefined;
      if (entry > this.count) throw new DamagedIndex("an id's place is past the facts");
      if (this.idOf(entry - 1) === id) return entry - 1;
    }
    return undefined;
  }

  /** Every id, in file order (for "did you mean" when an id is not found). */
  ids(): string[] {
    const offsets = this.index.uint32s("idOffsets");
    const text = Buffer.from(this.index.bytes("idText")).toString("utf16le");
    return Array.from({ length: this.count }, (_, place) => text.slice(offsets[place], offsets[place + 1]));
  }

  /**
   * Which facts pass a filter, by place; undefined when it keeps every fact. The kinds, and the
   * years if the filter has some, are read whole once: rankFacts asks of every fact.
   */
  eligible(filter: FactFilter): ((place: number) => boolean) | undefined {
    if (!filter.kinds?.length && filter.from === undefined && filter.to === undefined) return undefined;
    const kinds = this.index.bytes("kinds");
    const dated = filter.from !== undefined || filter.to !== undefined;
    const starts = dated ? this.index.uint32s("yearStarts") : undefined;
    const years = dated ? this.index.uint16s("years") : undefined;
    return (place) => {
      const kind = FACT_KINDS[kinds[place] ?? -1];
      if (kind === undefined) throw new DamagedIndex(`fact ${place} has no kind`);
      return passesFilter(
        kind,
        () => [...(years?.subarray(starts?.[place] ?? 0, starts?.[place + 1] ?? 0) ?? [])],
        filter,
      );
    };
  }

  /** The places of the facts a filter keeps, in file order. */
  passing(filter: FactFilter): number[] {
    const keeps = this.eligible(filter);
    const places: number[] = [];
    for (let place = 0; place < this.count; place += 1) if (!keeps || keeps(place)) places.push(place);
    return places;
  }

  /** The facts that these facts link to, or that link to them, in one of the ways the index keeps (see links.ts). */
  linked(kind: LinkKind, places: Iterable<number>): number[] {
    const [startsName, targetsName] = LINKS[kind];
    const chosen = [...places];
    // Many facts: both tables read whole, once, rather than piece by piece.
    const whole = chosen.length > this.count / 64;
    const allStarts = whole ? this.index.uint32s(startsName) : undefined;
    const allTargets = whole ? this.index.uint32s(targetsName) : undefined;
    const found: number[] = [];
    for (const place of chosen) {
      const [start = 0, end = 0] = allStarts
        ? allStarts.subarray(place, place + 2)
        : this.index.uint32s(startsName, place, place + 2);
      const targets = allTargets ? allTargets.subarray(start, end) : this.index.uint32s(targetsName, start, end);
      for (const target of targets) {
        if (target >= this.count) throw new DamagedIndex(`${kind} links past the facts`);
        found.push(target);
      }
    }
    return found;
  }

  /** These facts, those their dates come from, and the agreements an event of them is a milestone of (its JSON names them), by place. */
  withDating(places: Iterable<number>): Map<number, Fact> {
    const shown = [...places];
    const linked = [...this.linked("dating", shown), ...this.linked("markedBy", shown)];
    const sorted = [...new Set([...shown, ...linked])].sort((a, b) => a - b);
    const facts = this.facts(sorted);
    return new Map(sorted.map((place, at) => [place, facts[at] as Fact]));
  }

  /** A book of these facts (see FactBook), in file order. */
  book(places: Iterable<number>): FactBook {
    return new FactBook(this.facts(places), this.name, this.index.meta.programmeAreas);
  }
}
