/**
 * Forecast accuracy (预测准确度) over a history: for each period, the forecast each earlier snapshot implied
 * for it (expected, commit, P10–P90: core's forecastOf over the snapshot's deals, exactly what the Forecast
 * view showed that day) against what was actually won in it, and per period the error, the bias and how
 * often the actual fell inside P10–P90.
 *
 * - A snapshot forecasts a period when it was taken before the period ended (asOf < period end); its
 *   forecast counts what was already won in the period plus its open deals closing in it.
 * - The actual of a period is the amount won with a close date in it, as read in the first snapshot taken
 *   on or after the period's last day; `null` while no snapshot has been taken since it ended (its
 *   forecasts are listed, without errors).
 * - error = expected − actual (positive: the forecast was too high); bias = the mean error; the hit rate is
 *   the share of forecasts with P10 ≤ actual ≤ P90.
 */
import { fail, ok, type Result } from "../kernel";
import { forecastDeals, forecastOf, type ForecastOptions, periodFigures } from "../forecast";
import type { StageScheme } from "../stages";
import type { SnapshotHistory } from "./types";

/** A period to check: Excel serials, both ends included, with its label ("2025-Q3"). */
export interface AccuracyPeriod {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

/** The forecast one snapshot implied for a period, and how it fared. */
export interface ForecastCheck {
  /** The snapshot's date and label. */
  readonly asOf: number;
  readonly label: string;
  readonly expected: number;
  readonly commit: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** expected − actual; `null` while the actual is not known. */
  readonly error: number | null;
  /** P10 ≤ actual ≤ P90; `null` while the actual is not known. */
  readonly inRange: boolean | null;
}

/** How the forecasts of one period fared. */
export interface PeriodAccuracy {
  readonly period: AccuracyPeriod;
  /** The amount won in the period; `null` while no snapshot has been taken since it ended. */
  readonly actual: number | null;
  /** The snapshot the actual was read from (asOf). */
  readonly actualAsOf: number | null;
  /** One per snapshot taken before the period ended, oldest first. */
  readonly forecasts: readonly ForecastCheck[];
  /** The mean error (bias): positive when forecasts ran high; `null` without forecasts or actual. */
  readonly bias: number | null;
  readonly meanAbsoluteError: number | null;
  /** The share of forecasts whose P10–P90 held the actual. */
  readonly hitRate: number | null;
}

/**
 * The accuracy of the history's forecasts for each period (see the module notes). A forecast that fails
 * (a bad period or options) is the failure.
 * @example forecastAccuracy(history, DEFAULT_SCHEME, calendarPeriods(45658, 46022, "quarter"))
 */
export function forecastAccuracy(
  history: SnapshotHistory,
  scheme: StageScheme,
  periods: readonly AccuracyPeriod[],
  options?: ForecastOptions,
): Result<PeriodAccuracy[]> {
  const { snapshots } = history;
  const dealsOf = snapshots.map((snapshot) => forecastDeals(snapshot.read.deals));
  const answer: PeriodAccuracy[] = [];
  for (const period of periods) {
    if (!(period.from <= period.to)) {
      return fail("VALUE", {
        zh: `期间“${period.label}”的开始日期晚于结束日期。`,
        en: `The period “${period.label}” starts after it ends.`,
      });
    }
    const end = Math.floor(period.to);
    const actualAt = snapshots.findIndex((snapshot) => Math.floor(snapshot.asOf) >= end);
    let actual: number | null = null;
    if (actualAt >= 0) {
      const won = periodFigures(dealsOf[actualAt], scheme, period, options);
      if (!won.ok) return won;
      actual = won.value.won;
    }
    const forecasts: ForecastCheck[] = [];
    for (let k = 0; k < snapshots.length; k++) {
      if (Math.floor(snapshots[k].asOf) >= end) break;
      const forecast = forecastOf(dealsOf[k], scheme, period, options);
      if (!forecast.ok) return forecast;
      const { expected, commit, p10, p50, p90 } = forecast.value;
      forecasts.push({
        asOf: snapshots[k].asOf,
        label: snapshots[k].label,
        expected,
        commit,
        p10,
        p50,
        p90,
        error: actual === null ? null : expected - actual,
        inRange: actual === null ? null : p10 <= actual && actual <= p90,
      });
    }
    const checked = forecasts.filter((f) => f.error !== null);
    const mean = (values: number[]) =>
      values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
    answer.push({
      period,
      actual,
      actualAsOf: actualAt >= 0 ? snapshots[actualAt].asOf : null,
      forecasts,
      bias: mean(checked.map((f) => f.error as number)),
      meanAbsoluteError: mean(checked.map((f) => Math.abs(f.error as number))),
      hitRate: mean(checked.map((f) => (f.inRange ? 1 : 0))),
    });
  }
  return ok(answer);
}
