/**
 * The deals of a forecast kept as columns: amounts, close dates and stage codes in typed arrays. A reader that
 * turns a whole column of cells into the deals of a period adds each deal without allocating an object for
 * it (or a slot of an array of references, whose growth costs several times a typed array's), and the
 * forecast reads the columns in one pass.
 */
import { LOST_POSITION, type StagePosition } from "../stages";
import type { ForecastDeal } from "./types";

/** The capacity of new columns; they double when full. */
const FIRST_CAPACITY = 256;

/** The stage code of a lost deal (see {@link ForecastDealColumns.stageCodes}). */
export const LOST_CODE = -1;

/** A position as a stage code: 2 × index for an open deal, 2 × index + 1 for a won one, {@link LOST_CODE}. */
const codeOf = (position: StagePosition): number =>
  position.kind === "lost" ? LOST_CODE : 2 * position.index + (position.kind === "won" ? 1 : 0);

/**
 * Whether a stage code other than {@link LOST_CODE} is a won deal's.
 * @example isWonCode(13) // true
 */
export const isWonCode = (code: number): boolean => (code & 1) === 1;

/**
 * The stage index of a stage code other than {@link LOST_CODE}.
 * @example stageIndexOfCode(13) // 6
 */
export const stageIndexOfCode = (code: number): number => code >> 1;

/** The position a stage code stands for. */
const positionOf = (code: number): StagePosition =>
  code === LOST_CODE
    ? LOST_POSITION
    : { kind: isWonCode(code) ? "won" : "open", index: stageIndexOfCode(code) };

/**
 * Deals as columns: deal i is (`amounts[i]`, `stageCodes[i]`, `closeDates[i]`), a close date `NaN` when it is
 * unknown. Columns grow as deals are added.
 * @example
 * const deals = new ForecastDealColumns();
 * deals.add(100, { kind: "open", index: 5 }, 45870);
 * [deals.length, deals.amounts[0]] // [1, 100]
 */
export class ForecastDealColumns {
  private amountColumn = new Float64Array(FIRST_CAPACITY);
  private closeColumn = new Float64Array(FIRST_CAPACITY);
  private codeColumn = new Int32Array(FIRST_CAPACITY);
  private count = 0;

  /** How many deals. */
  get length(): number {
    return this.count;
  }

  /** The amounts, deal by deal (a view: valid until the next {@link add}). */
  get amounts(): Float64Array {
    return this.amountColumn.subarray(0, this.count);
  }

  /** The close dates as serials, `NaN` when unknown (a view: valid until the next {@link add}). */
  get closeDates(): Float64Array {
    return this.closeColumn.subarray(0, this.count);
  }

  /**
   * The positions as stage codes (a view: valid until the next {@link add}): 2 × the stage index for an open
   * deal, 2 × the stage index + 1 for a won one, {@link LOST_CODE} for a lost one.
   */
  get stageCodes(): Int32Array {
    return this.codeColumn.subarray(0, this.count);
  }

  /**
   * Adds one deal; a `null` close date is kept as `NaN`.
   * @example deals.add(250, WON, null)
   */
  add(amount: number, position: StagePosition, closeDate: number | null): void {
    const i = this.count;
    if (i === this.amountColumn.length) this.grow();
    this.amountColumn[i] = amount;
    this.closeColumn[i] = closeDate ?? Number.NaN;
    this.codeColumn[i] = codeOf(position);
    this.count = i + 1;
  }

  /**
   * The deals as objects, in order (for a caller that wants them one by one).
   * @example deals.toDeals() // [{ amount: 100, position: { kind: "open", index: 5 }, closeDate: 45870 }]
   */
  toDeals(): ForecastDeal[] {
    const deals: ForecastDeal[] = [];
    for (let i = 0; i < this.count; i++) {
      const closeDate = this.closeColumn[i];
      deals.push({
        amount: this.amountColumn[i],
        position: positionOf(this.codeColumn[i]),
        closeDate: Number.isNaN(closeDate) ? null : closeDate,
      });
    }
    return deals;
  }

  private grow(): void {
    const [amounts, closes, codes] = [
      new Float64Array(2 * this.count),
      new Float64Array(2 * this.count),
      new Int32Array(2 * this.count),
    ];
    amounts.set(this.amountColumn);
    closes.set(this.closeColumn);
    codes.set(this.codeColumn);
    [this.amountColumn, this.closeColumn, this.codeColumn] = [amounts, closes, codes];
  }
}

/** Deals as a forecast takes them: objects, or columns. */
export type ForecastDeals = readonly ForecastDeal[] | ForecastDealColumns;

/**
 * The columns of each list of deals copied so far: a report forecasts the same deals for dozens of periods,
 * and copies them once. (The lists are read-only; a list is let go with its columns.)
 */
const COPIED = new WeakMap<readonly ForecastDeal[], ForecastDealColumns>();

/**
 * The deals as columns: columns as they are, objects copied into columns (once per list).
 * @example dealColumnsOf([{ amount: 100, position: open5, closeDate: null }]).closeDates[0] // NaN
 */
export function dealColumnsOf(deals: ForecastDeals): ForecastDealColumns {
  if (deals instanceof ForecastDealColumns) return deals;
  const copied = COPIED.get(deals);
  if (copied !== undefined && copied.length === deals.length) return copied;
  const columns = new ForecastDealColumns();
  for (const deal of deals) columns.add(deal.amount, deal.position, deal.closeDate);
  COPIED.set(deals, columns);
  return columns;
}
