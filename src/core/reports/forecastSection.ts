/**
 * The forecast section of the pipeline-health report: a note saying what the figures mean, the
 * forecast by month and by quarter, and the stage probabilities measured from the user's closed deals
 * beside the default ones, with a warning under them when a rate rests on fewer than five closed deals. The figures come from {@link reportForecast}; this module only lays them out.
 */
import { fewDealsWarning } from "../forecast";
import { type Bilingual, isoDate } from "../kernel";
import type { StageScheme } from "../stages";
import type { SheetBuilder } from "../sheet";
import { writeCalibrationTable } from "./calibrationTable";
import type { ForecastTableRows, ReportForecast } from "./forecastFigures";
import { writeForecastTable, type ForecastFormula } from "./forecastTable";
import { FORECAST_TEXT, forecastNote, laterNote } from "./forecastText";
import type { TableLayout } from "./stageTable";
import { REPORT_STYLES } from "./styles";

/** Where the section's tables went, and the first free row below the section. */
export interface ForecastSectionLayout {
  readonly months: TableLayout;
  readonly quarters: TableLayout;
  readonly calibration: TableLayout;
  readonly next: number;
}

/** Whether the forecast figures are live, and if not, why (when the reason is worth a note). */
export interface ForecastLive {
  readonly formula?: ForecastFormula;
  readonly valuesBecause?: Bilingual;
}

/** The target in the note: money without decimals, as in the pane and the report's amount cells. */
const amountText = (amount: number) =>
  new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(amount);

/**
 * Writes the section from `row` and returns where its tables are.
 * @example const layout = writeForecastSection(sheet, 60, reportForecast(scheme, asOf, { deals }), scheme, {});
 */
export function writeForecastSection(
  sheet: SheetBuilder,
  row: number,
  figures: ReportForecast,
  scheme: StageScheme,
  live: ForecastLive,
): ForecastSectionLayout {
  let next = row;
  const note = (text: Bilingual) => sheet.value(next++, 0, sheet.text(text), REPORT_STYLES.note);
  note(
    forecastNote({
      commit: scheme.stages[figures.commitIndex].name,
      bestCase: scheme.stages[figures.bestCaseIndex].name,
      ...(figures.target !== null ? { target: amountText(figures.target) } : {}),
    }),
  );
  if (live.formula !== undefined) note(FORECAST_TEXT.liveNote);
  else if (live.valuesBecause !== undefined) note(live.valuesBecause);

  const table = (title: Bilingual, rows: ForecastTableRows, withTarget: boolean): TableLayout => {
    const layout = writeForecastTable(sheet, next + 1, title, rows, withTarget, live.formula);
    next = layout.firstRow + layout.rows;
    if (rows.later > 0) note(laterNote(rows.later, isoDate(rows.rows[rows.rows.length - 1].forecast.to)));
    return layout;
  };
  const months = table(FORECAST_TEXT.months, figures.months, false);
  const quarters = table(FORECAST_TEXT.quarters, figures.quarters, figures.target !== null);
  const calibration = writeCalibrationTable(sheet, next + 1, figures.calibration);
  next = calibration.firstRow + calibration.rows;
  note(figures.calibrated ? FORECAST_TEXT.calibratedUsed : FORECAST_TEXT.defaultUsed);
  if (figures.defaultWhenFewDeals === true) note(FORECAST_TEXT.fewDealsDefault);
  const fewDeals = fewDealsWarning(figures.calibration);
  if (fewDeals !== null) note(fewDeals);
  return { months, quarters, calibration, next };
}
