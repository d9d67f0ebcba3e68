/**
 * Pipeline totals over OPEN deals: won deals are revenue already, lost deals are gone; neither is pipeline.
 *
 * Both functions take the amounts and positions as parallel columns (plain numbers and shared position
 * objects) and allocate nothing per row, so a million-row range is one pass.
 */
import { CompensatedSum } from "./numbers";
import type { StagePosition, StageScheme } from "./stageScheme";

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
  const stages = scheme.stages;
  const probabilities = new Float64Array(stages.length);
  for (let k = 0; k < stages.length; k++) probabilities[k] = stages[k].probability;
  const total = new CompensatedSum();
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i];
    if (position.kind !== "open") continue;
    total.add(amounts[i] * probabilities[stageIndex(position.index, stages.length)]);
  }
  return total.value;
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
