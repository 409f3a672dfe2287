// Unsigned integers of 7 bits a byte, the last byte of each under 0x80: postings and letter-pair
// lists are mostly small gaps, most of them one byte.

/** How many bytes a varint of this value takes. */
export function varintLength(value: number): number {
  let length = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) length += 1;
  return length;
}

/** Writes a varint into `bytes` at `at`; returns where it ends. */
export function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  let rest = value;
  let end = at;
  while (rest >= 0x80) {
    bytes[end] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
    end += 1;
  }
  bytes[end] = rest;
  return end + 1;
}

/**
 * Hands each varint of `bytes` to `take`, until it returns false; false if `take` stopped it, or
 * the bytes are not varints (one too long, or cut short).
 */
export function readVarints(bytes: Uint8Array, take: (value: number) => boolean): boolean {
  let value = 0;
  let scale = 1;
  for (let at = 0; at < bytes.length; at += 1) {
    const byte = bytes[at] ?? 0;
    value += (byte & 0x7f) * scale;
    if (byte >= 0x80) {
      scale *= 0x80;
      if (scale > 2 ** 35) return false;
      continue;
    }
    if (!take(value)) return false;
    value = 0;
    scale = 1;
  }
  return scale === 1;
}
