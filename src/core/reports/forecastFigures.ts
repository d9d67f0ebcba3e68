/**
 * The figures of the report's forecast section, computed by the forecast model (core/forecast): one
 * forecast per calendar month and per quarter, from the period holding the as-of date forward to the
 * latest expected close date of an open deal (at most {@link MAX_PERIODS} of each), and the stage
 * probabilities measured from the user's closed deals beside the default ones.
 *
 * Each period's forecast counts the deals won in it (so the current period includes what is already won)
 * and the open deals expected to close in it; an open deal whose close date is before the as-of period is
 * in no period (the report lists it as overdue).
 */
import {
  calendarPeriods,
  calibratedLadder,
  calibratedProbabilities,
  forecastDeals,
  forecastOf,
  resolveForecastOptions,
  type CalibratedStage,
  type ForecastDeal,
  type ForecastOptions,
  type PeriodForecast,
} from "../forecast";
import type { StageScheme } from "../stages";
import type { Deal } from "../pipeline";

/** What the report's forecast section is computed from: the deals and the user's choices. */
export interface ForecastReportOptions {
  /** The current deals as read (PipelineRead.deals). */
  readonly deals: readonly Deal[];
  /** A target per quarter: the quarter table then shows the chance of reaching it. */
  readonly target?: number;
  /** Stage index from which open deals count as commit (default: the forecast model's). */
  readonly commitIndex?: number;
  /** Stage index from which open deals count as best case (default: the stage before commit). */
  readonly bestCaseIndex?: number;
  /** Use each stage's win rate measured from the closed deals (where it has any) instead of the default. */
  readonly calibrated?: boolean;
  /**
   * With `calibrated`: keep the default for a stage whose rate rests on fewer than five closed deals
   * (FEW_CLOSED_DEALS). Default false.
   */
  readonly defaultWhenFewDeals?: boolean;
}

/** One period of a forecast table. */
export interface ForecastRow {
  /** "2025-07", "2025-Q3" … */
  readonly label: string;
  readonly forecast: PeriodForecast;
}

/** One stage's default probability beside its measured win rate (see forecast/calibration.ts). */
export interface CalibrationRow extends CalibratedStage {
  /** The probability the forecast used for the stage. */
  readonly used: number;
}

/** The periods of one table, and the open deals expected to close after its last period. */
export interface ForecastTableRows {
  readonly rows: readonly ForecastRow[];
  readonly later: number;
}

/** Everything the forecast section shows. */
export interface ReportForecast {
  readonly months: ForecastTableRows;
  readonly quarters: ForecastTableRows;
  readonly calibration: readonly CalibrationRow[];
  readonly commitIndex: number;
  readonly bestCaseIndex: number;
  readonly calibrated: boolean;
  /** Whether stages measured from fewer than five closed deals kept the default (with `calibrated`). */
  readonly defaultWhenFewDeals?: boolean;
  readonly target: number | null;
}

/**
 * Most periods of each table: two years of months, two years of quarters.
 * Tested surface: exported for its tests.
 */
export const MAX_PERIODS = Object.freeze({ month: 24, quarter: 8 });

/** Days past the as-of date beyond which no period is built (caps a mistyped far-future date). */
const HORIZON_DAYS = 800;

function lastCloseDate(deals: readonly ForecastDeal[], asOf: number): number {
  let last = asOf;
  for (const deal of deals) {
    if (deal.position.kind === "open" && deal.closeDate !== null && deal.closeDate > last) {
      last = deal.closeDate;
    }
  }
  return Math.min(last, asOf + HORIZON_DAYS);
}

/** A period's forecast from options already resolved, deals read and periods from calendarPeriods. */
function periodForecast(
  deals: readonly ForecastDeal[],
  scheme: StageScheme,
  period: { readonly from: number; readonly to: number },
  options: ForecastOptions,
): PeriodForecast {
  const result = forecastOf(deals, scheme, period, options);
  // Every input was checked above, so a failure here is a programming error.
  if (!result.ok) throw new RangeError(result.error.message.en);
  return result.value;
}

/**
 * The forecast section's figures.
 * @throws RangeError for options the forecast model refuses (a stage index outside the scheme, best case
 * after commit, a target that is not a number), a programming error: the caller checks what the user typed
 * with resolveForecastOptions.
 * @example
 * const figures = reportForecast(DEFAULT_SCHEME, 45838, { deals: read.deals });
 * figures.quarters.rows[0].label // "2025-Q2"
 */
export function reportForecast(
  scheme: StageScheme,
  asOf: number,
  options: ForecastReportOptions,
): ReportForecast {
  const categories = resolveForecastOptions(scheme, {
    ...(options.commitIndex !== undefined ? { commitIndex: options.commitIndex } : {}),
    ...(options.bestCaseIndex !== undefined ? { bestCaseIndex: options.bestCaseIndex } : {}),
    ...(options.target !== undefined ? { target: options.target } : {}),
  });
  if (!categories.ok) throw new RangeError(categories.error.message.en);
  const { commitIndex, bestCaseIndex } = categories.value;
  const calibrated = options.calibrated === true;
  const measured = calibratedProbabilities(options.deals, scheme);
  const defaultWhenFewDeals = options.defaultWhenFewDeals === true;
  const probabilities = calibratedLadder(measured, { defaultWhenFewDeals });
  // The won stage's rate is 1 by definition: the table shows the stages before it.
  const calibration = measured.slice(0, -1).map((entry) => ({
    ...entry,
    used: calibrated ? probabilities[entry.index] : entry.defaultProbability,
  }));
  const monthOptions: ForecastOptions = {
    commitIndex,
    bestCaseIndex,
    ...(calibrated ? { probabilities } : {}),
  };
  const quarterOptions: ForecastOptions =
    options.target !== undefined ? { ...monthOptions, target: options.target } : monthOptions;
  const deals = forecastDeals(options.deals);
  const last = lastCloseDate(deals, asOf);
  const table = (unit: "month" | "quarter", periodOptions: ForecastOptions): ForecastTableRows => {
    const rows = calendarPeriods(asOf, last, unit)
      .slice(0, MAX_PERIODS[unit])
      .map((period) => ({
        label: period.label,
        forecast: periodForecast(deals, scheme, period, periodOptions),
      }));
    const end = rows[rows.length - 1].forecast.to;
    const later = deals.filter(
      (deal) => deal.position.kind === "open" && deal.closeDate !== null && deal.closeDate > end,
    ).length;
    return { rows, later };
  };
  return {
    months: table("month", monthOptions),
    quarters: table("quarter", quarterOptions),
    calibration,
    commitIndex,
    bestCaseIndex,
    calibrated,
    ...(calibrated && defaultWhenFewDeals ? { defaultWhenFewDeals } : {}),
    target: options.target ?? null,
  };
}
