/**
 * Calibrated probabilities: each stage's win rate measured from the user's own closed deals, to use in
 * place of the default ladder (and to show beside it, so the difference is seen).
 *
 * Measured win rate of stage k = won deals ÷ closed deals (won or lost) that reached stage k, "reached" as
 * metrics' FunnelTally defines it. Open deals are left out: their end is unknown.
 */
import { type Bilingual, shownName } from "../kernel";
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
  deals: readonly Pick<Deal, "position" | "lostAtIndex" | "reachedIndex">[],
  scheme: Pick<StageScheme, "stages">,
): CalibratedStage[] {
  const closed = new FunnelTally(scheme);
  for (const deal of deals) {
    if (deal.position.kind === "open") continue;
    closed.add(deal.position, deal.position.kind === "lost" ? deal.lostAtIndex : null, deal.reachedIndex);
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
 * Fewest closed deals a measured win rate should rest on: a rate from 1–4 closed deals (0 %, 25 %,
 * 33 %, 50 % …) says little. Our choice, not in source. Below it the rate carries a warning, and the
 * forecast falls back to the default where the user asks.
 */
export const FEW_CLOSED_DEALS = 5;

/**
 * Whether a stage's measured win rate rests on few closed deals: measured, from fewer than
 * {@link FEW_CLOSED_DEALS}.
 * @example restsOnFewDeals({ measured: 0.5, closed: 2 }) // true
 * @example restsOnFewDeals({ measured: null, closed: 0 }) // false
 */
export function restsOnFewDeals(stage: Pick<CalibratedStage, "measured" | "closed">): boolean {
  return stage.measured !== null && stage.closed < FEW_CLOSED_DEALS;
}

/** How {@link calibratedLadder} treats a rate measured from few closed deals. */
export interface LadderOptions {
  /**
   * Use the default probability for a stage whose rate rests on fewer than {@link FEW_CLOSED_DEALS}
   * closed deals (see {@link restsOnFewDeals}), rather than that rate. Default false.
   */
  readonly defaultWhenFewDeals?: boolean;
}

/**
 * The probabilities to forecast with: each stage's measured win rate, or its default where nothing was
 * measured (and, with `defaultWhenFewDeals`, where the rate rests on fewer than five closed deals). Pass
 * it as `ForecastOptions.probabilities`.
 * @example calibratedLadder(calibratedProbabilities(deals, DEFAULT_SCHEME)) // [0.12, 0.15, …, 1]
 * @example calibratedLadder(stages, { defaultWhenFewDeals: true }) // defaults where 1–4 closed deals
 */
export function calibratedLadder(stages: readonly CalibratedStage[], options: LadderOptions = {}): number[] {
  return stages.map((stage) =>
    stage.measured === null || (options.defaultWhenFewDeals === true && restsOnFewDeals(stage))
      ? stage.defaultProbability
      : stage.measured,
  );
}

/**
 * The warning for measured win rates that rest on few closed deals: the stages given (pass those before
 * the won stage, whose rate is 1 by definition) measured from 1–4 closed deals, each with its count;
 * `null` when there are none.
 * @example
 * fewDealsWarning(calibratedProbabilities(deals, DEFAULT_SCHEME).slice(0, -1))
 * // { en: "Measured from fewer than 5 closed deals: 谈判客户 (2) … treat these rates with caution …", zh: "…" }
 */
export function fewDealsWarning(stages: readonly CalibratedStage[]): Bilingual | null {
  const few = stages.filter(restsOnFewDeals);
  if (few.length === 0) return null;
  const list = (language: "zh" | "en", separator: string) =>
    few.map((stage) => `${shownName(stage.stage.name[language])} (${stage.closed})`).join(separator);
  return {
    en: `Measured from fewer than ${FEW_CLOSED_DEALS} closed deals: ${list("en", ", ")}. A win rate from so few deals says little: treat it with caution, or use the default probability for these stages.`,
    zh: `以下阶段的赢单率只来自不足 ${FEW_CLOSED_DEALS} 个已结束商机：${list("zh", "、")}。样本太少，测算结果参考价值有限：请谨慎使用，或对这些阶段改用默认概率。`,
  };
}
