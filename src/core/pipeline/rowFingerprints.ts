/**
 * The rows of a table seen so far, by a 64-bit fingerprint of their cells as duplicateRows compares them (blank
 * cells are one value, texts trimmed, trailing blanks ignored, each value with its type), so that a row copying an
 * earlier one is found without keeping the earlier row's cells (pipelineStream.ts).
 *
 * The rows are numbered as the caller keeps them (the deals of a stream). Each one's fingerprint — two 32-bit
 * hashes, FNV-1a and a multiply–rotate hash — is kept in blocks of typed arrays that are never copied (8 bytes a
 * row), and found through a table of row numbers (indexSlots.ts, 4 bytes a slot): a million rows take about 14 MB,
 * and growing leaves only the small table behind. Two different rows are taken for copies only if both hashes
 * collide (about one chance in 10^7 for a million rows).
 */
import { isBlankCell } from "../kernel";
import { IndexSlots } from "./indexSlots";

/** The seeds of the two 32-bit hashes. */
const SEED_A = 0x811c9dc5;
const SEED_B = 0x9747b28c;
/** The fingerprints a block holds (2^16). */
const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;

/**
 * The rows seen, by their fingerprints (see the module notes).
 * @example
 * const seen = new RowFingerprints();
 * seen.firstOf(["D1", "谈判"], 0) // -1: new, remembered as row 0
 * seen.firstOf([" D1 ", "谈判", ""], 1) // 0: a copy of row 0
 */
export class RowFingerprints {
  private readonly blocksA: Uint32Array[] = [];
  private readonly blocksB: Uint32Array[] = [];
  /** The rows remembered, by their mixed fingerprint. */
  private readonly rows: IndexSlots;
  private readonly sameAsHashed = (row: number): boolean =>
    this.hashA(row) === this.a && this.hashB(row) === this.b;
  private a = 0;
  private b = 0;

  /** @param expected how many rows are expected (0: unknown): the table of fingerprints is made for them at once. */
  constructor(expected = 0) {
    this.rows = new IndexSlots((row) => mixed(this.hashA(row), this.hashB(row)), expected);
  }

  /**
   * The number of the first row remembered with the cells of `values`; else −1, and the row is remembered as
   * number `index` (each number once; numbers may be passed over).
   */
  firstOf(values: readonly unknown[], index: number): number {
    this.hash(values);
    const first = this.rows.find(mixed(this.a, this.b), this.sameAsHashed);
    if (first >= 0) return first;
    const block = index >>> BLOCK_BITS;
    while (this.blocksA.length <= block) {
      this.blocksA.push(new Uint32Array(BLOCK));
      this.blocksB.push(new Uint32Array(BLOCK));
    }
    this.blocksA[block][index & (BLOCK - 1)] = this.a;
    this.blocksB[block][index & (BLOCK - 1)] = this.b;
    this.rows.add(index);
    return -1;
  }

  private hashA(index: number): number {
    return this.blocksA[index >>> BLOCK_BITS][index & (BLOCK - 1)];
  }

  private hashB(index: number): number {
    return this.blocksB[index >>> BLOCK_BITS][index & (BLOCK - 1)];
  }

  private unit(code: number): void {
    this.a = Math.imul(this.a ^ code, 0x01000193);
    const b = Math.imul(this.b ^ code, 0x5bd1e995);
    this.b = (b << 13) | (b >>> 19);
  }

  /** A 32-bit integer (−0 as 0, as its text has it) by its two halves, without making its text. */
  private int32(value: number): void {
    this.unit(value & 0xffff);
    this.unit(value >>> 16);
  }

  private text(text: string): void {
    this.unit(text.length);
    for (let i = 0; i < text.length; i++) this.unit(text.charCodeAt(i));
  }

  /** Hashes the cells into `a` and `b`. */
  private hash(values: readonly unknown[]): void {
    this.a = SEED_A;
    this.b = SEED_B;
    let last = values.length - 1;
    while (last >= 0 && isBlankCell(values[last])) last--;
    for (let i = 0; i <= last; i++) {
      const cell = values[i];
      if (isBlankCell(cell)) {
        this.unit(0);
        continue;
      }
      const value = typeof cell === "string" ? cell.trim() : cell;
      const type = typeof value;
      this.unit(type.charCodeAt(0) + (type === "bigint" ? 1 : 0));
      if (typeof value === "number" && (value | 0) === value) this.int32(value);
      else this.text(String(value));
    }
    this.a >>>= 0;
    this.b >>>= 0;
  }
}

/** The two hashes of a fingerprint mixed into one, to file it by. */
function mixed(a: number, b: number): number {
  return (a ^ Math.imul(b, 0x27d4eb2d)) >>> 0;
}
