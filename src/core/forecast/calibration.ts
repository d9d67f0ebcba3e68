/**
 * Calibrated probabilities: each stage's win rate measured from the user's own closed deals, to use in
 * place of the default ladder (and to show beside it, so the difference is seen).
 *
 * Measured win rate of stage k = won deals ÷ closed deals (won or lost) that reached stage k, "reached" as
 * metrics' FunnelTally defines it. Open deals are left out: their end is unknown.
 */
import { FunnelTally } from "../metrics";
import type { Deal } from "../pipeline";
import type { SchemeStage, StageScheme } from "../stages";

/** One stage's default and measured probability. */
export interface CalibratedStage {
  readonly index: number;
  readonly stage: SchemeStage;
  /** The scheme's probability (the default ladder or the user's list). */
  readonly defaultProbability: number;
  /** Won ÷ closed deals that reached the stage; `null` when no closed deal reached it. */
  readonly measured: number | null;
  /** Closed deals (won or lost) that reached the stage: what the measure rests on. */
  readonly closed: number;
}

/**
 * Each stage's win rate measured from the closed deals, beside the scheme's probability.
 * @example
 * // one won deal, one lost at 谈判, one lost at 意向
 * calibratedProbabilities(deals, DEFAULT_SCHEME)[5] // { index: 5, stage: 谈判客户, defaultProbability: 0.75, measured: 0.5, closed: 2 }
 */
export function calibratedProbabilities(
  deals: readonly Pick<Deal, "position" | "lostAtIndex">[],
  scheme: Pick<StageScheme, "stages">,
): CalibratedStage[] {
  const closed = new FunnelTally(scheme);
  for (const deal of deals) {
    if (deal.position.kind === "open") continue;
    closed.add(deal.position, deal.position.kind === "lost" ? deal.lostAtIndex : null);
  }
  const won = closed.reached(scheme.stages.length - 1);
  return scheme.stages.map((stage, index) => {
    const reached = closed.reached(index);
    return {
      index,
      stage,
      defaultProbability: stage.probability,
      measured: reached === 0 ? null : won / reached,
      closed: reached,
    };
  });
}

/**
 * The probabilities to forecast with: each stage's measured win rate, or its default where nothing was
 * measured. Pass it as `ForecastOptions.probabilities`.
 * @example calibratedLadder(calibratedProbabilities(deals, DEFAULT_SCHEME)) // [0.12, 0.15, …, 1]
 */
export function calibratedLadder(stages: readonly CalibratedStage[]): number[] {
  return stages.map((stage) => stage.measured ?? stage.defaultProbability);
}
