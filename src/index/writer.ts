import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { checksum } from "../checksum.js";
import type { FileKey } from "./key.js";
import {
  align8,
  BLOCK_SIZE,
  encodeHeader,
  headerLength,
  SECTIONS,
  type SectionName,
  type SectionPlace,
} from "./layout.js";

const BUFFER = 1 << 20;

/**
 * Writes an index file: to a temporary file beside it, renamed over it once whole, so that a
 * search never sees half an index, and two processes writing at once leave one whole index.
 * Any failure to write (a read-only or full directory) is thrown; `abandon` removes what was
 * written.
 */
export class IndexWriter {
  private readonly fd: number;
  private readonly temporary: string;
  private readonly sections = {} as Record<SectionName, SectionPlace>;
  private readonly headerLength: number;
  /** The bytes handed to the file so far (written, or in `buffer`), from its start. */
  private appended: number;
  private readonly buffer = Buffer.allocUnsafeSlow(BUFFER);
  private buffered = 0;
  private readonly blockChecksums: number[] = [];
  /** The block being filled: its checksum is taken when it is whole. */
  private readonly block = new Uint8Array(BLOCK_SIZE);
  private blockFill = 0;

  constructor(
    private readonly path: string,
    private readonly key: FileKey,
  ) {
    makeDirectory(dirname(path));
    // Unique enough with the process id; "wx" refuses a name that is taken.
    const nonce = Math.floor(Math.random() * 2 ** 48).toString(16);
    this.temporary = `${path}.${process.pid}-${nonce}.tmp`;
    this.fd = openSync(this.temporary, "wx", 0o600);
    this.headerLength = headerLength(key.realPath);
    this.appended = this.headerLength;
  }

  /** Writes a section whole; sections go in the order SECTIONS lists them. */
  section(name: SectionName, bytes: Uint8Array): void {
    this.start(name);
    this.write(bytes);
    this.end(name);
  }

  /** Writes a section piece by piece: `write` is handed a function that writes the next piece. */
  sectionInPieces(name: SectionName, write: (piece: (bytes: Uint8Array) => void) => void): void {
    this.start(name);
    write((bytes) => this.write(bytes));
    this.end(name);
  }

  /** Writes the block checksums and the header, and puts the file in place; returns its size. */
  finish(): number {
    const expected = SECTIONS.find((name) => this.sections[name] === undefined);
    if (expected !== undefined) throw new Error(`index section ${expected} was not written`);
    if (this.blockFill > 0) this.endBlock();
    this.flush();
    const table = Buffer.from(Uint32Array.from(this.blockChecksums).buffer);
    const blockTable = { offset: this.position, length: table.length };
    this.writeAt(table, this.position);
    const header = encodeHeader({
      key: this.key,
      headerLength: this.headerLength,
      sections: this.sections,
      blockTable,
      blockTableChecksum: checksum(table),
    });
    this.writeAt(header, 0);
    const size = fstatSync(this.fd).size;
    closeSync(this.fd);
    renameSync(this.temporary, this.path);
    return size;
  }

  /** Removes the temporary file, after a failure. */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
    rmSync(this.temporary, { force: true });
  }

  private start(name: SectionName): void {
    const index = SECTIONS.indexOf(name);
    if (SECTIONS.slice(index).some((later) => this.sections[later] !== undefined) || this.sections[name]) {
      throw new Error(`index section ${name} written out of order`);
    }
    const padding = align8(this.position) - this.position;
    if (padding > 0) this.write(new Uint8Array(padding));
    this.sections[name] = { offset: this.position, length: 0 };
  }

  private end(name: SectionName): void {
    const place = this.sections[name];
    place.length = this.position - place.offset;
  }

  /** Where the next byte of the body goes. */
  private get position(): number {
    return this.appended + this.blockFill;
  }

  /** Appends to the body, a block at a time, each with its checksum. */
  private write(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length; ) {
      const take = Math.min(bytes.length - at, BLOCK_SIZE - this.blockFill);
      this.block.set(bytes.subarray(at, at + take), this.blockFill);
      this.blockFill += take;
      if (this.blockFill === BLOCK_SIZE) this.endBlock();
      at += take;
    }
  }

  private endBlock(): void {
    const block = this.block.subarray(0, this.blockFill);
    this.blockChecksums.push(checksum(block));
    this.append(block);
    this.blockFill = 0;
  }

  private append(bytes: Uint8Array): void {
    if (this.buffered + bytes.length > BUFFER) this.flush();
    if (bytes.length >= BUFFER) {
      this.writeAt(bytes, this.appended);
    } else {
      this.buffer.set(bytes, this.buffered);
      this.buffered += bytes.length;
    }
    this.appended += bytes.length;
  }

  private flush(): void {
    if (this.buffered === 0) return;
    this.writeAt(this.buffer.subarray(0, this.buffered), this.appended - this.buffered);
    this.buffered = 0;
  }

  private writeAt(bytes: Uint8Array, position: number): void {
    for (let written = 0; written < bytes.length; ) {
      written += writeSync(this.fd, bytes, written, bytes.length - written, position + written);
    }
  }
}

/**
 * Makes a directory and those above it that are missing. Not mkdirSync's `recursive`, which on
 * Node 20 never returns for a path under /proc.
 */
export function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && statSync(dir).isDirectory()) return;
    if (code !== "ENOENT" || dirname(dir) === dir) throw error;
    makeDirectory(dirname(dir));
    mkdirSync(dir, { mode: 0o700 });
  }
}
