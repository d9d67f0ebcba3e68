/**
 * The calibrated-probability table of the report: per stage before won, the default probability beside the
 * win rate measured from the user's closed deals that reached the stage, how many closed deals that rate
 * rests on, the difference, and the probability the forecast used — so the two ladders are seen side by
 * side. All values: no FUNNEL function measures these rates.
 */
import { sectionWithHeads, type SheetBuilder } from "../sheet";
import type { CalibrationRow } from "./forecastFigures";
import { CALIBRATION_HEADS, FORECAST_TEXT } from "./forecastText";
import type { TableLayout } from "./stageTable";
import { FORMATS, putFigure, REPORT_STYLES } from "./styles";

/** Columns of the calibration table. */
const CALIBRATION_COLUMNS = Object.freeze({
  stage: 0,
  defaultProbability: 1,
  measured: 2,
  closed: 3,
  difference: 4,
  used: 5,
});

/**
 * Writes the table from `row` and returns where the stage rows are. A stage without closed deals shows a
 * blank measured rate and difference.
 * @example const calibration = writeCalibrationTable(sheet, 60, figures.calibration);
 */
export function writeCalibrationTable(
  sheet: SheetBuilder,
  row: number,
  rows: readonly CalibrationRow[],
): TableLayout {
  const heads = Object.values(CALIBRATION_HEADS);
  const firstRow = sectionWithHeads(sheet, row, FORECAST_TEXT.calibration, heads, 0, heads.length - 1);
  rows.forEach((stage, i) => {
    const r = firstRow + i;
    const put = (col: number, value: number | null, format: string) =>
      putFigure(sheet, r, col, { value, format }, REPORT_STYLES.figure);
    sheet.value(r, CALIBRATION_COLUMNS.stage, sheet.text(stage.stage.name), REPORT_STYLES.text);
    put(CALIBRATION_COLUMNS.defaultProbability, stage.defaultProbability, FORMATS.percent);
    put(CALIBRATION_COLUMNS.measured, stage.measured, FORMATS.percent);
    put(CALIBRATION_COLUMNS.closed, stage.closed, FORMATS.count);
    const difference = stage.measured === null ? null : stage.measured - stage.defaultProbability;
    put(CALIBRATION_COLUMNS.difference, difference, FORMATS.signedPercent);
    put(CALIBRATION_COLUMNS.used, stage.used, FORMATS.percent);
  });
  return { firstRow, rows: rows.length, firstCol: 0 };
}
