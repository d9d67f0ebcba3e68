/**
 * Per-stage health (机会阶段转化率 and 机会升迁耗时): for each stage of the scheme, the deals now in it,
 * the deals that reached it, their amount and weighted amount, next-step and cumulative conversion
 * (conversion.ts), and — where dates allow — how long the open deals have been in it so far, and how
 * many of them are stuck.
 *
 * Definitions (the figures' help text):
 * - Current, reached and conversion: as metrics' FunnelTally defines them.
 * - Amount: the amounts of the deals now in the stage (blank amounts add nothing). Weighted amount:
 *   amount × the stage's probability (weighted.ts) — for the won stage the won amount (probability 1).
 * - Days in stage: open deals with a stage-entered date on or before the as-of date, entered → as-of in
 *   whole days; average and median over those deals (`null` when there are none, and for the won stage).
 * - Stuck: an open deal whose days in stage exceed stuckFactor × the stage's median. A stage whose
 *   median is 0 days flags no deal (a threshold of 0 days would flag every deal that is not brand new).
 */
import { FunnelTally, stageConversions, type UnknownLossRule } from "../metrics";
import { daysBetween, CompensatedSum } from "../kernel";
import type { StageScheme } from "../stages";
import type { Deal } from "../pipeline";
import type { StageHealth } from "./types";

/** Stuck means more than this many times the stage's median days, unless the options say otherwise. */
export const DEFAULT_STUCK_FACTOR = 2;

/**
 * The whole days an OPEN deal has spent in its stage at `asOf`; `null` for a won or lost deal, a deal
 * without a stage-entered date, or one whose stage-entered date is after `asOf`.
 * @example openDaysInStage({ ...deal, position: { kind: "open", index: 5 }, stageEntered: 45658 }, 45778) // 120
 */
export function openDaysInStage(deal: Deal, asOf: number): number | null {
  const entered = deal.stageEntered;
  if (deal.position.kind !== "open" || entered === null) return null;
  if (!Number.isFinite(entered) || !Number.isFinite(asOf)) return null;
  const days = daysBetween(entered, asOf);
  return days >= 0 ? days : null;
}

/**
 * How many times the stage median a deal's days in stage are, when that makes it stuck (more than
 * `stuckFactor` × the median); `null` when it is not stuck, or the median is unknown or 0.
 * @example stuckRatio(120, 40, 2) // 3
 * @example stuckRatio(70, 40, 2) // null
 */
export function stuckRatio(days: number, median: number | null, stuckFactor: number): number | null {
  if (median === null || median <= 0) return null;
  return days > stuckFactor * median ? days / median : null;
}

/**
 * The median of some numbers (the mean of the two middle ones for an even count); `null` for none.
 * @example median([5, 1, 3, 10]) // 4
 */
export function median(values: ArrayLike<number>): number | null {
  return sortedMedian(Float64Array.from(values).sort());
}

/** The median of numbers in ascending order; `null` for none. */
function sortedMedian(sorted: ArrayLike<number>): number | null {
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function average(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  const sum = new CompensatedSum();
  for (let i = 0; i < values.length; i++) sum.add(values[i]);
  return sum.value / values.length;
}

/** What the stage figures are computed for. */
export interface StageHealthOptions {
  /** The day the days in stage are counted to (Excel serial). */
  readonly asOf: number;
  /** Stuck = days in stage above this × the stage median. Default {@link DEFAULT_STUCK_FACTOR}. */
  readonly stuckFactor?: number;
  /** What to do with lost deals whose stage of loss is unknown (metrics' FunnelTally). Default "firstStage". */
  readonly unknownLoss?: UnknownLossRule;
}

/** One stage's running figures: amounts summed as they come, days in stage kept for the median. */
interface StageRun {
  readonly amount: CompensatedSum;
  readonly weighted: CompensatedSum;
  /** The open deals' days in the stage, in deal order (as many as were counted for the stage). */
  readonly days: Float64Array;
  filled: number;
}

/**
 * The figures of every stage of `scheme`, in order (see the module definitions). Two passes over the deals: the
 * first counts the open deals' days in stage per stage, the second keeps them in typed arrays of that length (for
 * the medians: 8 bytes a deal) and sums the amounts.
 * @throws RangeError when a deal's position or stage of loss is not a stage of the scheme.
 * @example stageHealth(read.deals, DEFAULT_SCHEME, { asOf: 45838 })[5].medianDaysInStage // 41
 */
export function stageHealth(
  deals: readonly Deal[],
  scheme: StageScheme,
  options: StageHealthOptions,
): StageHealth[] {
  const count = scheme.stages.length;
  const stuckFactor = options.stuckFactor ?? DEFAULT_STUCK_FACTOR;
  const tally = new FunnelTally(scheme, { unknownLoss: options.unknownLoss });
  const dated = new Float64Array(count);
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i];
    if (deal.position.kind === "open" && openDaysInStage(deal, options.asOf) !== null) {
      dated[deal.position.index] += 1;
    }
  }
  const runs: StageRun[] = scheme.stages.map((_, index) => ({
    amount: new CompensatedSum(),
    weighted: new CompensatedSum(),
    days: new Float64Array(dated[index]),
    filled: 0,
  }));
  const probabilities = Float64Array.from(scheme.stages, (stage) => stage.probability);
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i];
    tally.add(deal.position, deal.lostAtIndex, deal.reachedIndex);
    if (deal.position.kind === "lost") continue;
    const run = runs[deal.position.index];
    if (deal.amount !== null) {
      run.amount.add(deal.amount);
      if (deal.position.kind === "open") run.weighted.add(deal.amount * probabilities[deal.position.index]);
    }
    const inStage = openDaysInStage(deal, options.asOf);
    if (inStage !== null) run.days[run.filled++] = inStage;
  }
  return stageConversions(tally, scheme).map((conversion, index): StageHealth => {
    const { amount, weighted, days } = runs[index];
    const averageDays = average(days);
    const medianDays = sortedMedian(days.sort());
    const won = index === count - 1;
    let stuck = 0;
    for (let i = 0; i < days.length; i++)
      if (stuckRatio(days[i], medianDays, stuckFactor) !== null) stuck += 1;
    return {
      index,
      stage: conversion.stage,
      current: conversion.current,
      reached: conversion.reached,
      amount: amount.value,
      weightedAmount: won ? amount.value * conversion.stage.probability : weighted.value,
      nextStepConversion: conversion.nextStepConversion,
      cumulativeConversion: conversion.cumulativeConversion,
      averageDaysInStage: averageDays,
      medianDaysInStage: medianDays,
      stuck,
    };
  });
}
