/**
 * Finding the rows that share a key (a deal id, an opportunity name) in a large table without a JS
 * map of every key: an open-addressing hash table in two typed arrays (the row and the 32-bit hash of
 * its key), so a million rows cost 16 MB for the moment of the search and one pass.
 */

/** FNV-1a, 32 bits, over the UTF-16 code units of a text. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The groups of rows 0 … count − 1 whose keys are equal (`null`: the row has no key), each group's
 * rows ascending, the groups in order of their first row. Keys held once are not returned.
 * @example repeatedKeys(5, (row) => ["a", "b", "a", null, "b"][row]) // [[0, 2], [1, 4]]
 */
export function repeatedKeys(count: number, keyOf: (row: number) => string | null): number[][] {
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const slotRow = new Int32Array(size).fill(-1);
  const slotHash = new Uint32Array(size);
  const groups = new Map<number, number[]>();
  for (let row = 0; row < count; row++) {
    const key = keyOf(row);
    if (key === null) continue;
    const hash = hashOf(key);
    let slot = hash & mask;
    for (;;) {
      const first = slotRow[slot];
      if (first < 0) {
        slotRow[slot] = row;
        slotHash[slot] = hash;
        break;
      }
      if (slotHash[slot] === hash && keyOf(first) === key) {
        const group = groups.get(first);
        if (group === undefined) groups.set(first, [first, row]);
        else group.push(row);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return [...groups.values()].sort((a, b) => a[0] - b[0]);
}
