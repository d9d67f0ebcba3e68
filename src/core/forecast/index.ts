/**
 * Forecasting (issue 6): the period forecast with its range, calendar periods, categories, calibrated
 * probabilities and coverage. Import from here.
 */
export type * from "./types";
export { calibratedLadder, calibratedProbabilities, type CalibratedStage } from "./calibration";
export {
  categoryOf,
  defaultCategoryIndexes,
  type CategoryIndexes,
  type ForecastCategory,
} from "./categories";
export { coverage, type Coverage, type CoverageInputs } from "./coverage";
export {
  DEFAULT_FORECAST_SEED,
  DEFAULT_SIMULATIONS,
  MAX_EXACT_OUTCOMES,
  SIMULATION_TOLERANCE,
  exactDistribution,
  simulatedDistribution,
  totalDistribution,
  type TotalDistribution,
  type WinLoseEvents,
} from "./distribution";
export { forecastDeals } from "./forecastDeals";
export { normalCdf, normalQuantile } from "./normal";
export { BERRY_ESSEEN_CONSTANT, normalDistribution, normalFit, type NormalFit } from "./normalApproximation";
export {
  MAX_SIMULATIONS,
  checkPeriod,
  resolveForecastOptions,
  type ForecastPeriodBounds,
  type ResolvedForecastOptions,
} from "./forecastOptions";
export { forecastOf, forecastPeriod, periodFigures, type PeriodFigures } from "./forecastPeriod";
export { calendarPeriods, type CalendarPeriod, type PeriodUnit } from "./periods";
