/**
 * A 32-bit checksum of the bytes, from `seed`: MurmurHash3's (x86, 32-bit) mixing of four bytes
 * at a time, enough to tell a damaged, cut or foreign file from the one written (saved indexes,
 * and the ends of the fact file an index was made from). Not node:zlib's crc32 or node:crypto:
 * each took 2 to 4 ms to load on every search that read an index; this is in the bundle. FNV-1a,
 * used before, let two flips of a word's top bit in one block cancel out (a word's top bit
 * reached only the top bit of its product); here each word is mixed before it meets the hash.
 */
export function checksum(bytes: Uint8Array, seed = 0): number {
  const whole = bytes.length - (bytes.length % 4);
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice(0, whole);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, whole / 4);
  let hash = mixedWords(words, seed | 0);
  let rest = 0;
  for (let at = bytes.length - 1; at >= whole; at -= 1) rest = (rest << 8) | (bytes[at] ?? 0);
  if (bytes.length > whole) hash ^= mixed(rest);
  hash ^= bytes.length;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The hash after the whole words, each mixed in. A function that ends with its loop: V8 compiles
 * a long loop while it runs, and code after it, never run yet, sent it back to its interpreter
 * at every block read (see OSR_NOTE in search/rank.ts).
 */
function mixedWords(words: Int32Array, seed: number): number {
  let hash = seed;
  for (let at = 0; at < words.length; at += 1) {
    hash ^= mixed(words[at] ?? 0);
    hash = (hash << 13) | (hash >>> 19);
    hash = (Math.imul(hash, 5) + 0xe6546b64) | 0;
  }
  return hash;
}

/** A word of four bytes as MurmurHash3 mixes it in. */
function mixed(word: number): number {
  const scrambled = Math.imul(word, 0xcc9e2d51);
  return Math.imul((scrambled << 15) | (scrambled >>> 17), 0x1b873593);
}
