/**
 * Pipeline health (销售漏斗的分析): everything the report sheet and the task pane show, computed from the
 * user's table as read — headline figures overall and per owner, per-stage figures, the bottleneck,
 * the weighted pipeline by close month and the abnormal deals.
 *
 * Definitions (the figures' help text; details in each module):
 * - Overall and per owner: metrics/headline.ts (open and weighted pipeline, win rate, average won size,
 *   average sales cycle, velocity = open deals × win rate × average won size ÷ average cycle days).
 * - Per stage: stageHealth.ts (current, reached, amount, weighted, conversion, days in stage, stuck).
 *   Lost deals whose stage of loss is unknown are counted by the options' rule (metrics' FunnelTally);
 *   `unknownLoss` says how many there are and which rule counted them.
 * - Bottleneck (障碍和瓶颈): the stage before won, reached by at least one deal, with the lowest
 *   next-step conversion; and the stage with the longest median days in stage. The earlier stage wins
 *   a tie; `null` when no stage qualifies.
 * - Weighted pipeline by close month: open deals with an amount and an expected close date, grouped by
 *   the calendar month of that date (overdue months included), sorted by month.
 * - Anomalies: anomalies.ts.
 */
import { monthKey, CompensatedSum, fail, ok, type Result } from "../kernel";
import type { StageScheme } from "../stages";
import { findAnomalies } from "./anomalies";
import { DEFAULT_UNKNOWN_LOSS, headlineFigures, isLossStageUnknown, ownerHealth } from "../metrics";
import { DEFAULT_STUCK_FACTOR, stageHealth } from "./stageHealth";
import type { Deal, PipelineRead } from "../pipeline";
import type { HealthOptions, MonthPipeline, PipelineHealth, StageHealth } from "./types";

/**
 * Checks analysis options a user typed: the as-of date must be a finite serial date and the stuck
 * factor (default {@link DEFAULT_STUCK_FACTOR}) a number above 0; else a VALUE failure that says so.
 * @example checkHealthOptions({ asOf: 45838 }) // ok({ asOf: 45838, stuckFactor: 2 })
 * @example checkHealthOptions({ asOf: 45838, stuckFactor: 0 }) // VALUE
 */
export function checkHealthOptions(
  options: HealthOptions,
): Result<Required<Pick<HealthOptions, "asOf" | "stuckFactor">> & HealthOptions> {
  if (!Number.isFinite(options.asOf) || options.asOf < 0) {
    return fail("VALUE", {
      zh: "统计日期无效：请给出一个日期。",
      en: "The as-of date is not valid: give a date.",
    });
  }
  const stuckFactor = options.stuckFactor ?? DEFAULT_STUCK_FACTOR;
  if (!Number.isFinite(stuckFactor) || stuckFactor <= 0) {
    return fail("VALUE", {
      zh: `停滞倍数 ${String(stuckFactor)} 无效：应为大于 0 的数字（默认 ${DEFAULT_STUCK_FACTOR}，即阶段中位天数的 2 倍）。`,
      en: `The stuck factor ${String(stuckFactor)} is not valid: use a number above 0 (default ${DEFAULT_STUCK_FACTOR}, twice the stage median).`,
    });
  }
  const checked = { asOf: options.asOf, stuckFactor };
  return ok(options.unknownLoss === undefined ? checked : { ...checked, unknownLoss: options.unknownLoss });
}

/**
 * The health of a pipeline (see the module definitions).
 * @throws RangeError when the options are not valid (check user input with {@link checkHealthOptions}),
 *   or a deal's position is not a stage of `scheme` (a programming error).
 * @example
 * const health = pipelineHealth(read, DEFAULT_SCHEME, { asOf: 45838 });
 * health.overall.winRate // 0.5
 * health.bottleneck // { conversion: 2, time: 5 }
 */
export function pipelineHealth(
  read: PipelineRead,
  scheme: StageScheme,
  options: HealthOptions,
): PipelineHealth {
  const checked = checkHealthOptions(options);
  if (!checked.ok) throw new RangeError(checked.error.message.en);
  const stages = stageHealth(read.deals, scheme, checked.value);
  return {
    asOf: checked.value.asOf,
    scheme,
    overall: headlineFigures(read.deals, scheme),
    stages,
    owners: ownerHealth(read.deals, scheme),
    bottleneck: bottleneckOf(stages),
    weightedByCloseMonth: weightedByCloseMonth(read.deals, scheme),
    anomalies: findAnomalies(read, scheme, stages, checked.value),
    rowsRead: read.rowsRead,
    rowsUsed: read.rowsUsed,
    skipped: read.skipped,
    unknownLoss: {
      count: unknownLossCount(read.deals),
      rule: checked.value.unknownLoss ?? DEFAULT_UNKNOWN_LOSS,
    },
    stageDateColumns: read.stageDates?.length ?? 0,
    ...(read.stageDates !== undefined && read.stageDates.length > 0 ? { stageDates: read.stageDates } : {}),
    historiesInRowOrder: read.histories.every((history) =>
      history.every((deal, i) => i === 0 || history[i - 1].row < deal.row),
    ),
  };
}

/** How many deals are lost at an unknown stage (counted, not listed: a large table has many lost deals). */
function unknownLossCount(deals: readonly Deal[]): number {
  let count = 0;
  for (const deal of deals) {
    if (isLossStageUnknown(deal.position, deal.lostAtIndex, deal.reachedIndex)) count += 1;
  }
  return count;
}

/**
 * The bottleneck stages: lowest next-step conversion (stages before won, reached > 0) and longest
 * median days in stage; the earlier stage wins a tie, `null` when none qualifies.
 * Tested surface: exported for its tests.
 * @example bottleneckOf(stages) // { conversion: 2, time: 5 }
 */
export function bottleneckOf(stages: readonly StageHealth[]): PipelineHealth["bottleneck"] {
  let conversion: StageHealth | null = null;
  let time: StageHealth | null = null;
  for (const stage of stages) {
    const rate = stage.nextStepConversion;
    if (
      stage.reached > 0 &&
      rate !== null &&
      (conversion === null || rate < (conversion.nextStepConversion ?? 1))
    ) {
      conversion = stage;
    }
    const days = stage.medianDaysInStage;
    if (days !== null && (time === null || days > (time.medianDaysInStage ?? 0))) time = stage;
  }
  return { conversion: conversion?.index ?? null, time: time?.index ?? null };
}

/**
 * Open and weighted amount of the open deals by the month of their expected close date, sorted by month.
 * @example weightedByCloseMonth(read.deals, DEFAULT_SCHEME) // [{ month: "2025-07", open: 300, weighted: 130 }, …]
 */
export function weightedByCloseMonth(deals: readonly Deal[], scheme: StageScheme): MonthPipeline[] {
  const months = new Map<string, { open: CompensatedSum; weighted: CompensatedSum }>();
  const monthOfDay = new Map<number, string>(); // many deals share a close date
  const probabilities = Float64Array.from(scheme.stages, (stage) => stage.probability);
  for (const deal of deals) {
    if (deal.position.kind !== "open" || deal.amount === null || deal.closeDate === null) continue;
    const day = Math.floor(deal.closeDate);
    let month = monthOfDay.get(day);
    if (month === undefined) {
      month = monthKey(day);
      monthOfDay.set(day, month);
    }
    let sums = months.get(month);
    if (sums === undefined) {
      sums = { open: new CompensatedSum(), weighted: new CompensatedSum() };
      months.set(month, sums);
    }
    sums.open.add(deal.amount);
    sums.weighted.add(deal.amount * probabilities[deal.position.index]);
  }
  return [...months]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, sums]) => ({
      month,
      open: sums.open.value,
      weighted: sums.weighted.value,
    }));
}
