/**
 * Forecasting: the period forecast with its range, calendar periods, categories, calibrated
 * probabilities and coverage. Import from here.
 */
export type * from "./types";
export {
  calibratedLadder,
  calibratedProbabilities,
  FEW_CLOSED_DEALS,
  fewDealsWarning,
  restsOnFewDeals,
  type CalibratedStage,
  type LadderOptions,
} from "./calibration";
export {
  categoryOf,
  defaultCategoryIndexes,
  type CategoryIndexes,
  type ForecastCategory,
} from "./categories";
export {
  coverage,
  coverageMeasures,
  openAmounts,
  periodCoverage,
  pipelineCoverage,
  type Coverage,
  type CoverageInputs,
  type CoverageMeasure,
  type CoverageMeasures,
  type OpenAmounts,
  type PeriodCoverageFigures,
} from "./coverage";
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
export { dealColumnsOf, ForecastDealColumns, type ForecastDeals } from "./forecastDealColumns";
export { latticeDistribution, MAX_LATTICE_WORK, type LatticeDistribution } from "./latticeDistribution";
export { normalCdf, normalQuantile } from "./normal";
export { BERRY_ESSEEN_CONSTANT, normalDistribution, normalFit, type NormalFit } from "./normalApproximation";
export {
  checkPeriod,
  resolveForecastOptions,
  type ForecastPeriodBounds,
  type ResolvedForecastOptions,
} from "./forecastOptions";
export { forecastOf, periodFigures, type PeriodFigures } from "./forecastPeriod";
export { calendarPeriods, quartersAround, type CalendarPeriod, type PeriodUnit } from "./periods";
export {
  forecastPipeline,
  forecastWithCoverage,
  type ForecastChoices,
  type ForecastPipeline,
  type ForecastWithCoverage,
} from "./tableForecast";
