/**
 * The forecast tables of the report: one row per period (by month or by quarter) with its dates, the won
 * amount, commit, best case, the expected (stage-weighted) total and the P10 / P50 / P90 range; the quarter
 * table adds the chance of reaching the target when one is given. Where FUNNEL.FORECAST can compute the
 * figures over the data, one call in the first figure cell spills them all, over the From and To columns:
 * one call per table, not one per cell, since every call receives the whole data columns; its measure
 * "range" spills expected, P10, P50 and P90 from one distribution per period.
 */
import type { Bilingual } from "../kernel";
import type { ForecastMeasure, PeriodForecast } from "../forecast";
import { columnRange, rangeAddress, sectionWithHeads, type SheetBuilder } from "../sheet";
import type { ForecastTableRows } from "./forecastFigures";
import type { ForecastCallFigure } from "./liveFormulas";
import { FORECAST_HEADS } from "./forecastText";
import type { TableLayout } from "./stageTable";
import { FORMATS, putFigure, REPORT_STYLES } from "./styles";

/** Columns of a forecast table (the target column only when there is a target). */
export const FORECAST_COLUMNS = Object.freeze({
  period: 0,
  from: 1,
  to: 2,
  won: 3,
  commit: 4,
  bestCase: 5,
  expected: 6,
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
  "commit",
  "bestCase",
  "expected",
  "p10",
  "p50",
  "p90",
]);

/** What the live call asks for, in the columns' order: "range" spills expected, P10, P50 and P90. */
const LIVE_MEASURES: readonly ForecastCallFigure[] = Object.freeze(["won", "commit", "bestCase", "range"]);

/**
 * The live formula of a table: the figures (one column each) of the periods whose first and last days are
 * in two columns of the report (A1 ranges), as one spilled call.
 */
export type ForecastFormula = (
  fromCells: string,
  toCells: string,
  figures: readonly ForecastCallFigure[],
) => string;

/**
 * Writes a forecast table from `row` (section title, heads, one row per period) and returns where the
 * period rows are. Figures are live when `formula` is given (its one call, in the first period's won cell,
 * spills into the others, which keep their look and stay empty), else the forecast's values.
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
  const heads = (Object.keys(FORECAST_COLUMNS) as (keyof typeof FORECAST_COLUMNS)[])
    .map((column) => FORECAST_HEADS[column])
    .slice(0, withTarget ? undefined : -1);
  const firstRow = sectionWithHeads(sheet, row, title, heads, 0, heads.length - 1);
  const figures: readonly ForecastCallFigure[] = withTarget
    ? [...LIVE_MEASURES, "probability"]
    : LIVE_MEASURES;
  const periods = table.rows.length;
  const dates = (col: number) => rangeAddress(columnRange(firstRow, col, periods));
  const spilled =
    formula !== undefined && periods > 0
      ? formula(dates(FORECAST_COLUMNS.from), dates(FORECAST_COLUMNS.to), figures)
      : undefined;
  /** The first figure cell holds the spilled call; the others of the table are live, left for its spill. */
  const live = (i: number, col: number) =>
    spilled === undefined
      ? {}
      : i === 0 && col === FORECAST_COLUMNS.won
        ? { formula: spilled }
        : { spilled: true };
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
    for (const measure of FORECAST_MEASURES) {
      const col = FORECAST_COLUMNS[measure];
      const figure = { value: forecast[measure], format: FORMATS.amount, ...live(i, col) };
      putFigure(sheet, r, col, figure, REPORT_STYLES.figure);
    }
    if (withTarget) {
      const col = FORECAST_COLUMNS.probabilityOfTarget;
      const chance = { value: forecast.probabilityOfTarget, format: FORMATS.percent, ...live(i, col) };
      putFigure(sheet, r, col, chance, REPORT_STYLES.figure);
    }
  });
  return { firstRow, rows: table.rows.length, firstCol: 0 };
}
