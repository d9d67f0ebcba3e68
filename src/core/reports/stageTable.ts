/**
 * The stage table of the report: per stage the deals now in it, the deals that reached it, amount,
 * weighted amount, next-step and cumulative conversion (live FUNNEL.CONVERSION formulas over the stage
 * names of the table where they can be), average and median days in stage, and stuck deals. The
 * bottleneck stages' rows are highlighted.
 */
import { type CellRange, cellAddress, sectionWithHeads, type SheetBuilder } from "../sheet";
import type { PipelineHealth } from "../health";
import type { LiveFormulas } from "./liveFormulas";
import { BOTTLENECK_FILL, FORMATS, putFigure, REPORT_STYLES } from "./styles";
import { REPORT_TEXT, STAGE_HEADS } from "./text";

/** The table's columns, as offsets from its first column. */
export const STAGE_COLUMNS = Object.freeze({
  stage: 0,
  current: 1,
  reached: 2,
  amount: 3,
  weighted: 4,
  nextStep: 5,
  cumulative: 6,
  averageDays: 7,
  medianDays: 8,
  stuck: 9,
});

/** Where the table's data went: one row per stage from `firstRow`, columns from `firstCol`. */
export interface TableLayout {
  readonly firstRow: number;
  readonly rows: number;
  readonly firstCol: number;
}

/**
 * The cells of one column of a table's data rows.
 * @example tableColumn({ firstRow: 12, rows: 7, firstCol: 0 }, STAGE_COLUMNS.reached) // { row: 12, col: 2, rows: 7, cols: 1 }
 */
export function tableColumn(layout: TableLayout, offset: number): CellRange {
  return { row: layout.firstRow, col: layout.firstCol + offset, rows: layout.rows, cols: 1 };
}

/**
 * Writes the section title, the heads and one row per stage from `row`; returns where the stage rows are.
 * @example const stages = writeStageTable(sheet, 10, health, live);
 */
export function writeStageTable(
  sheet: SheetBuilder,
  row: number,
  health: PipelineHealth,
  live: LiveFormulas,
): TableLayout {
  const heads = Object.values(STAGE_HEADS);
  const firstRow = sectionWithHeads(sheet, row, REPORT_TEXT.stages, heads, 0, heads.length - 1);
  const nameCell = (index: number, absolute = false) =>
    cellAddress(firstRow + index, STAGE_COLUMNS.stage, absolute);
  const bottlenecks = new Set([health.bottleneck.conversion, health.bottleneck.time]);
  health.stages.forEach((stage, k) => {
    const r = firstRow + k;
    const look = bottlenecks.has(k) ? { fill: BOTTLENECK_FILL } : {};
    const text = { ...REPORT_STYLES.text, ...look };
    const figure = { ...REPORT_STYLES.figure, ...look };
    const put = (col: number, value: number | null, format: string, formula?: string) =>
      putFigure(sheet, r, col, { value, format, ...(formula !== undefined ? { formula } : {}) }, figure);
    const conversion = live.conversion;
    sheet.value(r, STAGE_COLUMNS.stage, sheet.text(stage.stage.name), text);
    put(STAGE_COLUMNS.current, stage.current, FORMATS.count);
    put(STAGE_COLUMNS.reached, stage.reached, FORMATS.count);
    put(STAGE_COLUMNS.amount, stage.amount, FORMATS.amount);
    put(STAGE_COLUMNS.weighted, stage.weightedAmount, FORMATS.amount);
    const next = stage.nextStepConversion;
    put(
      STAGE_COLUMNS.nextStep,
      next,
      FORMATS.percent,
      conversion && next !== null ? conversion(nameCell(k), nameCell(k + 1)) : undefined,
    );
    const cumulative = stage.cumulativeConversion;
    put(
      STAGE_COLUMNS.cumulative,
      cumulative,
      FORMATS.percent,
      conversion && cumulative !== null ? conversion(nameCell(0, true), nameCell(k)) : undefined,
    );
    put(STAGE_COLUMNS.averageDays, stage.averageDaysInStage, FORMATS.days);
    put(STAGE_COLUMNS.medianDays, stage.medianDaysInStage, FORMATS.days);
    put(STAGE_COLUMNS.stuck, stage.stuck, FORMATS.count);
  });
  return { firstRow, rows: health.stages.length, firstCol: 0 };
}
