/**
 * The forecast tables of the report: one row per period (by month or by quarter) with its dates, the won
 * amount, the expected (stage-weighted) total, commit, best case and the P10 / P50 / P90 range; the quarter
 * table adds the chance of reaching the target when one is given. Where FUNNEL.FORECAST can compute the
 * figures over the data, the cells hold it live over the row's From and To cells.
 */
import type { Bilingual } from "../kernel";
import type { ForecastMeasure, PeriodForecast } from "../forecast";
import { cellAddress, sectionWithHeads, type SheetBuilder } from "../sheet";
import type { ForecastTableRows } from "./forecastFigures";
import { FORECAST_HEADS } from "./forecastText";
import type { TableLayout } from "./stageTable";
import { FORMATS, putFigure, REPORT_STYLES } from "./styles";

/** Columns of a forecast table (the target column only when there is a target). */
export const FORECAST_COLUMNS = Object.freeze({
  period: 0,
  from: 1,
  to: 2,
  won: 3,
  expected: 4,
  commit: 5,
  bestCase: 6,
  p10: 7,
  p50: 8,
  p90: 9,
  probabilityOfTarget: 10,
});

/** The figures of a forecast table: each a measure FUNNEL.FORECAST computes and a column of the table. */
export type TableMeasure = keyof PeriodForecast & ForecastMeasure & keyof typeof FORECAST_COLUMNS;

/**
 * The figure columns, in order.
 * Tested surface: exported for its tests.
 */
export const FORECAST_MEASURES: readonly TableMeasure[] = Object.freeze([
  "won",
  "expected",
  "commit",
  "bestCase",
  "p10",
  "p50",
  "p90",
]);

/** The live formula of one figure for the period between two cells of the report (A1 addresses). */
export type ForecastFormula = (
  fromCell: string,
  toCell: string,
  figure: ForecastMeasure | "probability",
) => string;

/**
 * Writes a forecast table from `row` (section title, heads, one row per period) and returns where the
 * period rows are. Figures are live when `formula` is given, else the forecast's values.
 * @example const months = writeForecastTable(sheet, 40, FORECAST_TEXT.months, figures.months, false);
 */
export function writeForecastTable(
  sheet: SheetBuilder,
  row: number,
  title: Bilingual,
  table: ForecastTableRows,
  withTarget: boolean,
  formula?: ForecastFormula,
): TableLayout {
  const heads = Object.values(FORECAST_HEADS).slice(0, withTarget ? undefined : -1);
  const firstRow = sectionWithHeads(sheet, row, title, heads, 0, heads.length - 1);
  table.rows.forEach(({ label, forecast }, i) => {
    const r = firstRow + i;
    sheet.value(r, FORECAST_COLUMNS.period, label, REPORT_STYLES.text);
    putFigure(
      sheet,
      r,
      FORECAST_COLUMNS.from,
      { value: forecast.from, format: FORMATS.date },
      REPORT_STYLES.figure,
    );
    putFigure(
      sheet,
      r,
      FORECAST_COLUMNS.to,
      { value: forecast.to, format: FORMATS.date },
      REPORT_STYLES.figure,
    );
    const [from, to] = [cellAddress(r, FORECAST_COLUMNS.from), cellAddress(r, FORECAST_COLUMNS.to)];
    for (const measure of FORECAST_MEASURES) {
      const figure = {
        value: forecast[measure],
        format: FORMATS.amount,
        ...(formula !== undefined ? { formula: formula(from, to, measure) } : {}),
      };
      putFigure(sheet, r, FORECAST_COLUMNS[measure], figure, REPORT_STYLES.figure);
    }
    if (withTarget) {
      const chance = {
        value: forecast.probabilityOfTarget,
        format: FORMATS.percent,
        ...(formula !== undefined ? { formula: formula(from, to, "probability") } : {}),
      };
      putFigure(sheet, r, FORECAST_COLUMNS.probabilityOfTarget, chance, REPORT_STYLES.figure);
    }
  });
  return { firstRow, rows: table.rows.length, firstCol: 0 };
}
