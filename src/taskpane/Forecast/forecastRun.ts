/**
 * The Forecast view's figures from a table the pane has read, all computed by core: readPipeline → forecastDeals
 * → forecastPeriod for the chosen quarter, coverage against the target, and each stage's default probability
 * beside its win rate measured from the closed deals. Pure: nothing is written; every failure is a value.
 */
import { parseAmount, ok, type Result } from "../../core/kernel";
import { readPipeline, type ColumnMapping, type DateOrder, type Deal } from "../../core/pipeline";
import {
  calendarPeriods,
  calibratedLadder,
  calibratedProbabilities,
  coverage,
  forecastDeals,
  forecastOf,
  type CalendarPeriod,
  type CalibratedStage,
  type Coverage,
  type ForecastDeal,
  type ForecastOptions,
  type PeriodForecast,
} from "../../core/forecast";
import type { StageScheme } from "../../core/stages";
import type { TableData } from "../../excel/gateway";

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
  readonly period: CalendarPeriod;
  readonly target?: number;
  readonly commitIndex: number;
  readonly bestCaseIndex: number;
  /** Use the measured win rates (the default where a stage has none) instead of the scheme's probabilities. */
  readonly calibrated: boolean;
}

/** The figures the view shows. */
export interface PaneForecast {
  readonly forecast: PeriodForecast;
  /** Coverage of what remains of the target; null without a target. */
  readonly coverage: Coverage | null;
  /** The probability the forecast used for each stage index. */
  readonly probabilities: readonly number[];
}

/** Quarters offered before and after the as-of date's quarter. */
const QUARTERS_AROUND = 4;
const DAYS_PER_QUARTER = 92;

/**
 * The quarters the period picker offers: four before the as-of date's quarter, that quarter, four after.
 * @example quarterChoices(45838).map((q) => q.label) // ["2024-Q2", …, "2025-Q2", …, "2026-Q2"]
 */
export function quarterChoices(asOf: number): CalendarPeriod[] {
  const span = QUARTERS_AROUND * DAYS_PER_QUARTER;
  const [current] = calendarPeriods(asOf, asOf, "quarter");
  const before = calendarPeriods(asOf - span, asOf, "quarter").slice(-QUARTERS_AROUND - 1, -1);
  const after = calendarPeriods(asOf, asOf + span, "quarter").slice(1, QUARTERS_AROUND + 1);
  return [...before, current, ...after];
}

/**
 * The target as typed: undefined when blank, null when it is not an amount.
 * @example targetFromText("") // undefined
 * @example targetFromText("1,200,000") // 1200000
 * @example targetFromText("soon") // null
 */
export function targetFromText(text: string): number | undefined | null {
  const parsed = parseAmount(text);
  if (!parsed.ok) return null;
  return parsed.value ?? undefined;
}

/**
 * Reads the table into the deals the forecast takes, and measures each stage's win rate from its closed deals.
 * @example
 * const pipeline = forecastPipeline(table, { mapping, scheme: DEFAULT_SCHEME, dateOrder: "ymd" });
 * if (pipeline.ok) pipeline.value.calibration[5].measured // 0.8
 */
export function forecastPipeline(
  table: TableData,
  options: { mapping: ColumnMapping; scheme: StageScheme; dateOrder: DateOrder },
): Result<ForecastPipeline> {
  const read = readPipeline(
    { header: table.header, rows: table.rows, headerRow: table.headerRow },
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
 * The forecast of the chosen period, with coverage of the target. A choice core refuses (best case after
 * commit) is a failure that says why, in both languages.
 * @example
 * const shown = paneForecast(pipeline, DEFAULT_SCHEME, { period, commitIndex: 5, bestCaseIndex: 4, calibrated: false });
 * if (shown.ok) shown.value.forecast.expected // 1234567
 */
export function paneForecast(
  pipeline: ForecastPipeline,
  scheme: StageScheme,
  choices: ForecastChoices,
): Result<PaneForecast> {
  const options: ForecastOptions = {
    commitIndex: choices.commitIndex,
    bestCaseIndex: choices.bestCaseIndex,
    ...(choices.calibrated ? { probabilities: calibratedLadder(pipeline.calibration) } : {}),
    ...(choices.target !== undefined ? { target: choices.target } : {}),
  };
  const result = forecastOf(pipeline.forecastDeals, scheme, choices.period, options);
  if (!result.ok) return result;
  const forecast = result.value;
  const openAmount = forecast.bestCase - forecast.won + forecast.pipeline;
  return ok({
    forecast,
    coverage:
      choices.target === undefined
        ? null
        : coverage({
            openPipeline: openAmount,
            weightedPipeline: forecast.expected - forecast.won,
            target: choices.target,
            wonToDate: forecast.won,
          }),
    probabilities: options.probabilities ?? scheme.stages.map((stage) => stage.probability),
  });
}
