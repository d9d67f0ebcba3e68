/**
 * An open-addressing table of item numbers by hash (linear probing, 4 bytes a slot, filled up to 80 %, grown by
 * half), for sets whose items are kept elsewhere — the deals of a stream (sharedTexts.ts), the fingerprints of
 * its rows (rowFingerprints.ts): the table holds only the numbers; the caller says what an item's hash is and
 * whether an item is the one looked for. Growing leaves only the small old table behind; a table told how many
 * items to expect is made that large at once and does not grow for them.
 */

/** The table is grown once more than this share of its slots is filled. */
const MOST_FILLED = 0.8;
const FIRST_SIZE = 1024;

/**
 * Item numbers by a 32-bit hash of each item.
 * @example
 * const slots = new IndexSlots((item) => hashOf(names[item]));
 * if (slots.find(hashOf(name), (item) => names[item] === name) < 0) slots.add(names.push(name) - 1);
 */
export class IndexSlots {
  private size: number;
  /** Per slot, 1 + an item's number (0: empty). */
  private slots: Int32Array;
  private count = 0;
  /** The empty slot where the last {@link find} stopped; −1 after an add. */
  private vacant = -1;

  /**
   * @param hashAt the 32-bit hash of item `item`, as {@link find} is given it (to file items again when grown).
   * @param expected how many items are expected (0: unknown; a safe integer): the table starts large enough for them.
   */
  constructor(
    private readonly hashAt: (item: number) => number,
    expected = 0,
  ) {
    this.size = expected > 0 ? Math.max(FIRST_SIZE, Math.ceil(expected / MOST_FILLED) + 1) : FIRST_SIZE;
    this.slots = new Int32Array(this.size);
  }

  /**
   * The first item filed under `hash` that `isIt` accepts, else −1: then {@link add} files a new item there.
   * Every item filed must be one `hashAt` can hash by now.
   */
  find(hash: number, isIt: (item: number) => boolean): number {
    if (this.count + 1 > this.size * MOST_FILLED) this.grow();
    const size = this.size;
    let slot = slotOf(hash, size);
    for (;;) {
      const item = this.slots[slot] - 1;
      if (item < 0) break;
      if (isIt(item)) return item;
      slot = slot + 1 === size ? 0 : slot + 1;
    }
    this.vacant = slot;
    return -1;
  }

  /**
   * Files `item` under the hash the last {@link find} looked for and did not find.
   * @throws Error when the last call was not such a find (a programming error).
   */
  add(item: number): void {
    if (this.vacant < 0) throw new Error("IndexSlots.add must follow a find that found nothing.");
    this.slots[this.vacant] = item + 1;
    this.vacant = -1;
    this.count += 1;
  }

  private grow(): void {
    const old = this.slots;
    const size = Math.ceil(this.size * 1.5);
    this.size = size;
    this.slots = new Int32Array(size);
    for (const kept of old) {
      if (kept === 0) continue;
      let slot = slotOf(this.hashAt(kept - 1), size);
      while (this.slots[slot] !== 0) slot = slot + 1 === size ? 0 : slot + 1;
      this.slots[slot] = kept;
    }
  }
}

/** The home slot of a 32-bit hash in a table of `size` slots. */
function slotOf(hash: number, size: number): number {
  return Math.floor((hash >>> 0) * (size / 4294967296));
}
