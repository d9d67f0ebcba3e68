/**
 * Pipeline totals over OPEN deals: won deals are revenue already, lost deals are gone; neither is pipeline.
 *
 * The functions take the amounts and positions as parallel columns (plain numbers and shared position
 * objects); {@link PipelineTotals} takes one deal at a time, for callers that read deals from cells and
 * keep none of them. Nothing is allocated per row, so a million-row range is one pass.
 */
import { CompensatedSum } from "../kernel";
import type { StagePosition, StageScheme } from "../stages";

/**
 * The open and the stage-weighted pipeline, counted one deal at a time (nothing kept per deal): the
 * figures of {@link openPipeline} and {@link weightedPipeline}, summed in the same order.
 * @example
 * const totals = new PipelineTotals(DEFAULT_SCHEME);
 * totals.add(100, intent); // open at 意向 (20 %)
 * totals.add(50, won);     // won: not pipeline
 * [totals.open, totals.weighted] // [100, 20]
 */
export class PipelineTotals {
  private readonly probabilities: Float64Array;
  private readonly openTotal = new CompensatedSum();
  private readonly weightedTotal = new CompensatedSum();

  /** Empty totals for a scheme's probabilities. @example new PipelineTotals(DEFAULT_SCHEME).weighted // 0 */
  constructor(scheme: Pick<StageScheme, "stages">) {
    this.probabilities = Float64Array.from(scheme.stages, (stage) => stage.probability);
  }

  /**
   * Counts one deal; won and lost deals add nothing. A NaN amount makes the totals NaN.
   * @throws RangeError when an open position's index is not a stage of the scheme.
   * @example totals.add(200, { kind: "open", index: 4 }) // + 200 open, + 110 weighted
   */
  add(amount: number, position: StagePosition): void {
    if (position.kind === "open") this.addOpen(amount, position.index);
  }

  /**
   * Counts one open deal at the stage of index `stage`.
   * @throws RangeError when the index is not a stage of the scheme.
   * @example totals.addOpen(200, 4) // + 200 open, + 110 weighted
   */
  addOpen(amount: number, stage: number): void {
    const probabilities = this.probabilities;
    this.openTotal.add(amount);
    this.weightedTotal.add(amount * probabilities[stageIndex(stage, probabilities.length)]);
  }

  /** The open pipeline so far: Σ amount over open deals. @example totals.open // 300 */
  get open(): number {
    return this.openTotal.value;
  }

  /** The weighted pipeline so far: Σ amount × probability over open deals. @example totals.weighted // 130 */
  get weighted(): number {
    return this.weightedTotal.value;
  }
}

/**
 * The stage-weighted (expected) pipeline — the figure finance calls the weighted pipeline:
 * Σ amount × probability of the deal's stage, over OPEN deals only (won and lost deals are excluded:
 * they are not pipeline). The probability of a stage is `scheme.stages[index].probability`
 * (the default ladder, the workbook's own, or rates measured from history).
 *
 * Amounts must be finite numbers (the caller coerces blanks and text); a NaN amount makes the total NaN.
 * @throws RangeError when the columns differ in length or a position's index is not a stage of the scheme.
 * @example
 * // 100 at 意向 (20%), 200 at 认可 (55%), 50 won, 80 lost, default ladder
 * weightedPipeline([100, 200, 50, 80], [intent, acknowledged, won, lost], DEFAULT_SCHEME) // 130
 */
export function weightedPipeline(
  amounts: ArrayLike<number>,
  positions: ArrayLike<StagePosition>,
  scheme: Pick<StageScheme, "stages">,
): number {
  assertSameLength(amounts, positions);
  const totals = new PipelineTotals(scheme);
  for (let i = 0; i < positions.length; i++) totals.add(amounts[i], positions[i]);
  return totals.weighted;
}

/**
 * The open pipeline: the plain (unweighted) sum of the amounts of OPEN deals; won and lost deals are
 * excluded. Same columns as {@link weightedPipeline}; no scheme is needed since no probability is applied.
 *
 * Amounts must be finite numbers (the caller coerces blanks and text); a NaN amount makes the total NaN.
 * @throws RangeError when the columns differ in length.
 * @example openPipeline([100, 200, 50, 80], [intent, acknowledged, won, lost]) // 300
 */
export function openPipeline(amounts: ArrayLike<number>, positions: ArrayLike<StagePosition>): number {
  assertSameLength(amounts, positions);
  const total = new CompensatedSum();
  for (let i = 0; i < positions.length; i++) {
    if (positions[i].kind === "open") total.add(amounts[i]);
  }
  return total.value;
}

function assertSameLength(amounts: ArrayLike<number>, positions: ArrayLike<StagePosition>): void {
  if (amounts.length !== positions.length) {
    throw new RangeError(`amounts (${amounts.length}) and positions (${positions.length}) differ in length.`);
  }
}

function stageIndex(index: number, count: number): number {
  if (!(index >= 0 && index < count && Number.isInteger(index))) {
    throw new RangeError(`Stage index ${index} is outside 0..${count - 1}.`);
  }
  return index;
}
