/**
 * Where the grid's rows are when some rows are taller than the rest (a sheet spec's wrapped text): each row's
 * height and top, and the row at a scroll offset — in logarithmic time, for a million rows with a few custom.
 */

/** Rows of a default height, except a few of their own height. */
export class RowLayout {
  private readonly custom: number[];
  /** extra[i]: what the custom rows up to custom[i] add to the default heights. */
  private readonly extra: number[];

  /**
   * @example const layout = new RowLayout(24, new Map([[2, 60]]));
   */
  constructor(
    readonly defaultHeight: number,
    private readonly heights: ReadonlyMap<number, number> = new Map(),
  ) {
    this.custom = [...heights.keys()].sort((a, b) => a - b);
    let sum = 0;
    this.extra = this.custom.map((row) => (sum += (heights.get(row) ?? defaultHeight) - defaultHeight));
  }

  /** A row's height. @example new RowLayout(24, new Map([[2, 60]])).height(2) // 60 */
  height(row: number): number {
    return this.heights.get(row) ?? this.defaultHeight;
  }

  /** The offset of a row's top edge. @example new RowLayout(24, new Map([[2, 60]])).top(3) // 108 */
  top(row: number): number {
    let low = 0;
    let high = this.custom.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.custom[mid] < row) low = mid + 1;
      else high = mid;
    }
    return row * this.defaultHeight + (low > 0 ? this.extra[low - 1] : 0);
  }

  /**
   * The row an offset falls in (0 for offsets above the first row).
   * @example new RowLayout(24, new Map([[2, 60]])).rowAt(100) // 2
   */
  rowAt(offset: number): number {
    let low = 0;
    // Every row is at least a pixel tall, so the row is at most the offset.
    let high = Math.max(0, Math.floor(offset));
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.top(mid) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
