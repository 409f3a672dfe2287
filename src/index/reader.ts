import { closeSync, constants, fstatSync, openSync, readSync, rmSync, statSync } from "node:fs";
import packageJson from "../../package.json" with { type: "json" };
import { checksum } from "../checksum.js";
import { type FileKey, sameKey } from "./key.js";
import { BLOCK_SIZE, decodeHeader, type Header, type IndexMeta, SECTIONS, type SectionName } from "./layout.js";

/**
 * The fact file an index file was made from, as its header says; undefined if it is no index of
 * this format (damaged, foreign, of another format version). A file that cannot be read throws.
 */
export function indexedFactFile(path: string): string | undefined {
  const fd = openRegularFile(path);
  if (fd === undefined) return undefined;
  try {
    return decodeHeader(readAt(fd, 0, FIRST_READ), (length) => readAt(fd, 0, length))?.key.realPath;
  } finally {
    closeSync(fd);
  }
}

/**
 * A regular file opened to read, without waiting: a named pipe in its place (an index's, a lock's)
 * would wait for a writer for ever. Undefined if it is no regular file; failing to open throws.
 */
export function openRegularFile(path: string): number | undefined {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (fstatSync(fd).isFile()) return fd;
  } catch {
    // As no file.
  }
  closeSync(fd);
  return undefined;
}

/** Thrown when an index turns out to be damaged as it is read: the search is then made without it. */
export class DamagedIndex extends Error {}

const FIRST_READ = 64 * 1024;

/**
 * A saved index, open for reading: nothing is read until asked for, and every block is checked
 * against its checksum when it is first read. A block that fails throws DamagedIndex.
 */
export class IndexFile {
  private readonly blocks = new Map<number, Buffer>();
  readonly meta: IndexMeta;

  private constructor(
    private readonly path: string,
    private readonly fd: number,
    private readonly header: Header,
    private readonly blockChecksums: Uint32Array,
  ) {
    this.meta = JSON.parse(Buffer.from(this.bytes("meta")).toString("utf8")) as IndexMeta;
  }

  /**
   * The index at `path` if it is whole, of this format and program version, and made from the
   * fact file as `key` says it is now; undefined otherwise (none, another file's, stale, damaged).
   */
  static open(path: string, key: FileKey): IndexFile | undefined {
    let fd: number | undefined;
    try {
      fd = openRegularFile(path);
    } catch {
      return undefined;
    }
    if (fd === undefined) return undefined;
    try {
      const index = IndexFile.check(path, fd, key);
      if (index) return index;
    } catch {
      // A read that failed, or bytes that are no index: as good as none.
    }
    closeSync(fd);
    return undefined;
  }

  private static check(path: string, fd: number, key: FileKey): IndexFile | undefined {
    const header = decodeHeader(readAt(fd, 0, FIRST_READ), (length) => readAt(fd, 0, length));
    if (!header || !sameKey(header.key, key)) return undefined;
    const { blockTable, headerLength } = header;
    const bodyLength = blockTable.offset - headerLength;
    if (bodyLength < 0 || blockTable.length !== 4 * Math.ceil(bodyLength / BLOCK_SIZE)) return undefined;
    if (fstatSync(fd).size !== blockTable.offset + blockTable.length) return undefined;
    const table = readAt(fd, blockTable.offset, blockTable.length);
    if (table.length !== blockTable.length || checksum(table) !== header.blockTableChecksum) return undefined;
    const sectionsFit = SECTIONS.every((name) => {
      const { offset, length } = header.sections[name];
      return offset >= headerLength && length >= 0 && offset + length <= blockTable.offset && offset % 8 === 0;
    });
    if (!sectionsFit) return undefined;
    const blockChecksums = new Uint32Array(table.buffer, table.byteOffset, table.length / 4);
    const index = new IndexFile(path, fd, header, blockChecksums);
    const { meta } = index;
    return meta.program === packageJson.version && Number.isSafeInteger(meta.factCount) ? index : undefined;
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Removes the index file, found damaged, unless another process has put a new one in its place. */
  remove(): void {
    try {
      if (statSync(this.path).ino === fstatSync(this.fd).ino) rmSync(this.path, { force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }

  /** A section's length in bytes. */
  length(name: SectionName): number {
    return this.header.sections[name].length;
  }

  /** Bytes `start` to `end` of a section (all of it by default), checked. */
  bytes(name: SectionName, start = 0, end = this.length(name)): Uint8Array {
    const section = this.header.sections[name];
    if (start < 0 || end < start || end > section.length)
      throw new DamagedIndex(`${name}: ${start}–${end} is outside it`);
    const from = section.offset + start - this.header.headerLength;
    const to = section.offset + end - this.header.headerLength;
    if (to === from) return new Uint8Array(0);
    const first = Math.floor(from / BLOCK_SIZE);
    const last = Math.floor((to - 1) / BLOCK_SIZE);
    this.readBlocks(first, last);
    if (first === last) return this.block(first).subarray(from - first * BLOCK_SIZE, to - first * BLOCK_SIZE);
    const joined = Buffer.allocUnsafeSlow(to - from);
    for (let block = first; block <= last; block += 1) {
      const bytes = this.block(block);
      const start = Math.max(from, block * BLOCK_SIZE) - block * BLOCK_SIZE;
      const end = Math.min(to, (block + 1) * BLOCK_SIZE) - block * BLOCK_SIZE;
      bytes.copy(joined, block * BLOCK_SIZE + start - from, start, end);
    }
    return joined;
  }

  /** Elements `start` to `end` of a section of 32-bit unsigned integers. */
  uint32s(name: SectionName, start = 0, end = this.length(name) / 4): Uint32Array {
    const bytes = this.bytes(name, start * 4, end * 4);
    return new Uint32Array(bytes.buffer, bytes.byteOffset, end - start);
  }

  /** Elements `start` to `end` of a section of 16-bit unsigned integers. */
  uint16s(name: SectionName, start = 0, end = this.length(name) / 2): Uint16Array {
    const bytes = this.bytes(name, start * 2, end * 2);
    return new Uint16Array(bytes.buffer, bytes.byteOffset, end - start);
  }

  /** Elements `start` to `end` of a section of 64-bit floats. */
  float64s(name: SectionName, start = 0, end = this.length(name) / 8): Float64Array {
    const bytes = this.bytes(name, start * 8, end * 8);
    return new Float64Array(bytes.buffer, bytes.byteOffset, end - start);
  }

  private block(block: number): Buffer {
    const bytes = this.blocks.get(block);
    if (!bytes) throw new DamagedIndex(`block ${block} was not read`);
    return bytes;
  }

  /** Reads and checks the blocks from `first` to `last` not read yet, each run of them in one read. */
  private readBlocks(first: number, last: number): void {
    const bodyLength = this.header.blockTable.offset - this.header.headerLength;
    for (let block = first; block <= last; block += 1) {
      if (this.blocks.has(block)) continue;
      let end = block;
      while (end < last && !this.blocks.has(end + 1)) end += 1;
      const start = block * BLOCK_SIZE;
      const length = Math.min((end + 1) * BLOCK_SIZE, bodyLength) - start;
      const bytes = readAt(this.fd, this.header.headerLength + start, length);
      if (bytes.length !== length) throw new DamagedIndex("cut short");
      for (let at = block; at <= end; at += 1) {
        const piece = bytes.subarray((at - block) * BLOCK_SIZE, (at - block + 1) * BLOCK_SIZE);
        if (checksum(piece) !== this.blockChecksums[at]) throw new DamagedIndex(`block ${at} fails its checksum`);
        this.blocks.set(at, piece);
      }
      block = end;
    }
  }
}

/** Up to `length` bytes from `position`, in a buffer of its own (so that typed arrays can look at it). */
function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafeSlow(length);
  let read = 0;
  while (read < length) {
    const got = readSync(fd, bytes, read, length - read, position + read);
    if (got === 0) break;
    read += got;
  }
  return bytes.subarray(0, read);
}
