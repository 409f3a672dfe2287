// Fact ids, to find a fact's place by its id (`show`) without reading them all: open addressing
// by a hash of the id, each slot a place + 1 (0: empty), the id's text checked on a hit.

/** The ids in file order, and the table of their places. */
export interface IdTable {
  ids: readonly string[];
  table: Int32Array;
}

export function idTable(ids: readonly string[]): IdTable {
  let size = 16;
  while (size < ids.length * 2) size *= 2;
  const table = new Int32Array(size);
  ids.forEach((id, place) => {
    let slot = idHash(id) & (size - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
    table[slot] = place + 1;
  });
  return { ids, table };
}

/** The slots to look in for an id, in order, until one is empty. */
export function* idSlots(id: string, size: number): Generator<number> {
  const start = idHash(id) & (size - 1);
  for (let step = 0; step < size; step += 1) yield (start + step) & (size - 1);
}

/** FNV-1a over the id's UTF-16 units. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
