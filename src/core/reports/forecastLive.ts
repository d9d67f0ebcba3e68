/**
 * Whether the report's forecast figures are live FUNNEL.FORECAST formulas, one call spilling each table.
 * They are where the report's other function figures are (liveFormulas.ts: one row per deal, a stage list
 * the workbook holds, no outcome column, a call within Excel on the web's payload cap) and the table has
 * amount and close-date columns — unless the forecast uses the calibrated probabilities, which
 * FUNNEL.FORECAST does not take. Commit and best-case stages other than the defaults are passed to the
 * function as stage numbers; the target as a number, when the probability is among the figures.
 */
import { defaultCategoryIndexes } from "../forecast";
import type { StageScheme } from "../stages";
import type { ReportForecast } from "./forecastFigures";
import type { ForecastLive } from "./forecastSection";
import { FORECAST_TEXT } from "./forecastText";
import type { LiveFormulas } from "./liveFormulas";

/**
 * The forecast section's formulas, or why its figures are values.
 * @example forecastLive(liveFormulas(health, source, {}), figures, health.scheme).formula?.("B40:B45", "C40:C45", ["won", "p90"])
 * // '=FUNNEL.FORECAST(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,FUNNEL_DATA_CLOSE,B40:B45,C40:C45,{"won","p90"})'
 */
export function forecastLive(live: LiveFormulas, figures: ReportForecast, scheme: StageScheme): ForecastLive {
  const forecast = live.forecast;
  if (forecast === undefined) return {};
  if (figures.calibrated) return { valuesBecause: FORECAST_TEXT.calibratedValues };
  const defaults = defaultCategoryIndexes(scheme);
  const categories =
    figures.commitIndex === defaults.commitIndex && figures.bestCaseIndex === defaults.bestCaseIndex
      ? {}
      : { commitStage: figures.commitIndex + 1, bestCaseStage: figures.bestCaseIndex + 1 };
  const target = figures.target;
  return {
    formula: (fromCells, toCells, asked) =>
      forecast({
        fromCells,
        toCells,
        figures: asked,
        ...categories,
        ...(asked.includes("probability") && target !== null ? { target } : {}),
      }),
  };
}
