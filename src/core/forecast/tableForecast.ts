/**
 * The forecast of a pipeline table, as the Forecast view shows it: the table read into the deals the
 * forecast takes (readPipeline → forecastDeals), each stage's default probability beside its win rate
 * measured from the closed deals, and for a chosen period its forecast with both measures of coverage of
 * the target. Pure: every failure is a value.
 */
import { ok, type DateOrder, type Result } from "../kernel";
import { readPipeline, type ColumnMapping, type Deal, type PipelineTable } from "../pipeline";
import type { StageScheme } from "../stages";
import { calibratedLadder, calibratedProbabilities, type CalibratedStage } from "./calibration";
import { coverageMeasures, type CoverageMeasures } from "./coverage";
import { forecastDeals } from "./forecastDeals";
import { forecastOf } from "./forecastPeriod";
import type { ForecastPeriodBounds } from "./forecastOptions";
import type { ForecastDeal, ForecastOptions, PeriodForecast } from "./types";

/** The pipeline as the forecast takes it. */
export interface ForecastPipeline {
  /** The current deals as read. */
  readonly deals: readonly Deal[];
  /** The deals with an amount, as the forecast takes them. */
  readonly forecastDeals: readonly ForecastDeal[];
  /** Each stage's default probability and its win rate measured from the closed deals. */
  readonly calibration: readonly CalibratedStage[];
}

/** What the user chose for the forecast. */
export interface ForecastChoices {
  readonly period: ForecastPeriodBounds;
  readonly target?: number;
  readonly commitIndex: number;
  readonly bestCaseIndex: number;
  /** Use the measured win rates (the default where a stage has none) instead of the scheme's probabilities. */
  readonly calibrated: boolean;
  /**
   * With `calibrated`: keep the default for a stage whose rate rests on fewer than five closed deals
   * (see calibration.ts). Default false.
   */
  readonly defaultWhenFewDeals?: boolean;
}

/** A period's forecast with the coverage of the target. */
export interface ForecastWithCoverage {
  readonly forecast: PeriodForecast;
  /** Pipeline and period coverage of what remains of the target; null without a target. */
  readonly coverage: CoverageMeasures | null;
  /** The probability the forecast used for each stage index. */
  readonly probabilities: readonly number[];
}

/**
 * Reads the table into the deals the forecast takes, and measures each stage's win rate from its closed deals.
 * @example
 * const pipeline = forecastPipeline(table, { mapping, scheme: DEFAULT_SCHEME, dateOrder: "ymd" });
 * if (pipeline.ok) pipeline.value.calibration[5].measured // 0.8
 */
export function forecastPipeline(
  table: PipelineTable,
  options: { mapping: ColumnMapping; scheme: StageScheme; dateOrder: DateOrder },
): Result<ForecastPipeline> {
  const read = readPipeline(
    { header: table.header, rows: table.rows, headerRow: table.headerRow, dateSystem: table.dateSystem },
    { mapping: options.mapping, scheme: options.scheme, dateOrder: options.dateOrder },
  );
  if (!read.ok) return read;
  const { deals } = read.value;
  return ok({
    deals,
    forecastDeals: forecastDeals(deals),
    calibration: calibratedProbabilities(deals, options.scheme),
  });
}

/**
 * The forecast of the chosen period, with pipeline and period coverage of the target. A choice core refuses
 * (best case after commit) is a failure that says why, in both languages.
 * @example
 * const shown = forecastWithCoverage(pipeline, DEFAULT_SCHEME, { period, commitIndex: 5, bestCaseIndex: 4, calibrated: false });
 * if (shown.ok) shown.value.forecast.expected // 1234567
 */
export function forecastWithCoverage(
  pipeline: ForecastPipeline,
  scheme: StageScheme,
  choices: ForecastChoices,
): Result<ForecastWithCoverage> {
  const options: ForecastOptions = {
    commitIndex: choices.commitIndex,
    bestCaseIndex: choices.bestCaseIndex,
    ...(choices.calibrated
      ? {
          probabilities: calibratedLadder(pipeline.calibration, {
            defaultWhenFewDeals: choices.defaultWhenFewDeals === true,
          }),
        }
      : {}),
    ...(choices.target !== undefined ? { target: choices.target } : {}),
  };
  const result = forecastOf(pipeline.forecastDeals, scheme, choices.period, options);
  if (!result.ok) return result;
  const forecast = result.value;
  let coverage: CoverageMeasures | null = null;
  if (choices.target !== undefined) {
    const measures = coverageMeasures(pipeline.forecastDeals, scheme, forecast, choices.target, options);
    if (!measures.ok) return measures;
    coverage = measures.value;
  }
  return ok({
    forecast,
    coverage,
    probabilities: options.probabilities ?? scheme.stages.map((stage) => stage.probability),
  });
}
