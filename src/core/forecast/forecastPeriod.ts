/**
 * The forecast of one period (by close date, both ends included): the won amount already closed in it,
 * plus the open deals expected to close in it, each an independent win/lose event with its stage
 * probability (the scheme's, or calibrated ones passed as options).
 *
 * - expected = won + the weighted pipeline of those open deals (exactly `weightedPipeline`, so it agrees
 *   with FUNNEL.WEIGHTED); stdev = √Σ amount² × p × (1 − p).
 * - P10 / P50 / P90 and the probability of reaching the target come from the distribution of the total
 *   (distribution.ts: exact when small enough, else the normal approximation where its proven error is
 *   within the simulation's tolerance, else a seeded simulation).
 * - commit / best case / pipeline: full amounts by stage (categories.ts).
 *
 * Deals without a close date belong to no period; lost deals count nowhere. An open deal whose expected
 * close date has passed still counts in the period of that date (overdue deals are the health report's).
 */
import { CompensatedSum, fail, ok, type Result } from "../kernel";
import type { StageScheme } from "../stages";
import { PipelineTotals } from "../metrics";
import { categoryOf } from "./categories";
import { totalDistribution, type WinLoseEvents } from "./distribution";
import { checkPeriod, resolveForecastOptions, type ForecastPeriodBounds } from "./forecastOptions";
import {
  dealColumnsOf,
  isWonCode,
  LOST_CODE,
  stageIndexOfCode,
  type ForecastDeals,
} from "./forecastDealColumns";
import type { ForecastOptions, PeriodForecast } from "./types";

/** The figures of a period that need no distribution: all of {@link PeriodForecast} but the range. */
export type PeriodFigures = Omit<PeriodForecast, "p10" | "p50" | "p90" | "method" | "probabilityOfTarget">;

/** The figures of a period and the win/lose events (its open deals) its range is computed from. */
interface PeriodSelection {
  readonly figures: PeriodFigures;
  /** Empty unless asked for: the figures alone need no list of the deals. */
  readonly events: WinLoseEvents;
}

/**
 * The period's figures from one pass over the deals, and with `withEvents` its open deals as win/lose events
 * for the range; without, no list is built (a whole column's forecast allocates nothing per deal here).
 */
function selectPeriod(
  deals: ForecastDeals,
  scheme: Pick<StageScheme, "stages">,
  period: ForecastPeriodBounds,
  options: ForecastOptions | undefined,
  withEvents: boolean,
): Result<{ selection: PeriodSelection; target: number | null; seed: number; simulations: number }> {
  const checked = checkPeriod(period);
  if (!checked.ok) return checked;
  const resolved = resolveForecastOptions(scheme, options);
  if (!resolved.ok) return resolved;
  const { probabilities, target, seed, simulations } = resolved.value;
  const [first, last] = [Math.floor(period.from), Math.floor(period.to)];
  const won = new CompensatedSum();
  const byCategory = {
    commit: new CompensatedSum(),
    bestCase: new CompensatedSum(),
    pipeline: new CompensatedSum(),
  };
  const variance = new CompensatedSum();
  // The weighted pipeline added deal by deal as weightedPipeline adds it: the same figure as FUNNEL.WEIGHTED.
  const stages = scheme.stages.map((stage, k) => ({ ...stage, probability: probabilities[k] }));
  const pipeline = new PipelineTotals({ stages });
  let openDeals = 0;
  const columns = dealColumnsOf(deals);
  const { amounts, closeDates, stageCodes } = columns;
  // The events take at most every deal: sized once, cut to the open deals of the period at the end.
  const [eventAmounts, chances] = withEvents
    ? [new Float64Array(columns.length), new Float64Array(columns.length)]
    : [new Float64Array(0), new Float64Array(0)];
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    const code = stageCodes[i];
    if (!Number.isFinite(amount)) {
      return fail("VALUE", {
        en: `Deal ${i + 1}: the amount (${amount}) is not a number.`,
        zh: `第 ${i + 1} 个商机：金额（${amount}）不是数字。`,
      });
    }
    if (code === LOST_CODE) continue;
    // An unknown close date is NaN, in no period.
    const day = Math.floor(closeDates[i]);
    if (!(day >= first && day <= last)) continue;
    if (isWonCode(code)) {
      won.add(amount);
      continue;
    }
    const index = stageIndexOfCode(code);
    const p = probabilities[index];
    if (p === undefined) throw new RangeError(`Stage index ${index} is not a stage of the scheme.`);
    byCategory[categoryOf(index, resolved.value)].add(amount);
    variance.add(amount * amount * p * (1 - p));
    pipeline.addOpen(amount, index);
    if (withEvents) {
      eventAmounts[openDeals] = amount;
      chances[openDeals] = p;
    }
    openDeals++;
  }
  const commit = won.value + byCategory.commit.value;
  const figures: PeriodFigures = {
    from: period.from,
    to: period.to,
    won: won.value,
    expected: won.value + pipeline.weighted,
    stdev: Math.sqrt(Math.max(0, variance.value)),
    commit,
    bestCase: commit + byCategory.bestCase.value,
    pipeline: byCategory.pipeline.value,
    openDeals,
  };
  return ok({
    selection: {
      figures,
      events: { amounts: eventAmounts.subarray(0, openDeals), probabilities: chances.subarray(0, openDeals) },
    },
    target,
    seed,
    simulations,
  });
}

/**
 * The figures of a period that need no distribution (won, expected, stdev, commit, best case, pipeline,
 * open deals): cheap even for many deals. Errors (VALUE): a period that ends before it starts, bad
 * options (see `resolveForecastOptions`), an amount that is not a finite number.
 * @example periodFigures(deals, DEFAULT_SCHEME, { from: 45839, to: 45930 }) // ok({ won: 50, expected: 165, … })
 */
export function periodFigures(
  deals: ForecastDeals,
  scheme: Pick<StageScheme, "stages">,
  period: ForecastPeriodBounds,
  options?: ForecastOptions,
): Result<PeriodFigures> {
  const selected = selectPeriod(deals, scheme, period, options, false);
  return selected.ok ? ok(selected.value.selection.figures) : selected;
}

/**
 * The forecast of a period, as a result: {@link periodFigures} plus P10 / P50 / P90 of the total, the
 * method that gave them and the probability of reaching `options.target`. Same errors as periodFigures.
 * @example forecastOf(deals, DEFAULT_SCHEME, { from: 45839, to: 45930 }, { target: 200 }) // ok({ p50: 150, probabilityOfTarget: 0.2, … })
 */
export function forecastOf(
  deals: ForecastDeals,
  scheme: Pick<StageScheme, "stages">,
  period: ForecastPeriodBounds,
  options?: ForecastOptions,
): Result<PeriodForecast> {
  const selected = selectPeriod(deals, scheme, period, options, true);
  if (!selected.ok) return selected;
  const { selection, target, seed, simulations } = selected.value;
  const { figures, events } = selection;
  const distribution = totalDistribution(events, seed, simulations);
  return ok({
    ...figures,
    p10: figures.won + distribution.percentile(0.1),
    p50: figures.won + distribution.percentile(0.5),
    p90: figures.won + distribution.percentile(0.9),
    method: distribution.method,
    probabilityOfTarget: target === null ? null : distribution.probabilityAtLeast(target - figures.won),
  });
}
