/**
 * The stage table of the report: per stage the deals now in it, the deals that reached it, amount,
 * weighted amount, next-step and cumulative conversion (where they can be live, one FUNNEL.CONVERSION call
 * per column over the stage names of the table, spilling one rate per stage), average and median days in
 * stage, and stuck deals. The bottleneck stages' rows are highlighted.
 */
import {
  type CellRange,
  cellAddress,
  columnRange,
  rangeAddress,
  sectionWithHeads,
  type SheetBuilder,
} from "../sheet";
import { DEFAULT_STUCK_FACTOR, type PipelineHealth } from "../health";
import type { LiveFormulas } from "./liveFormulas";
import { BOTTLENECK_FILL, FORMATS, putFigure, REPORT_STYLES } from "./styles";
import { REPORT_TEXT, STAGE_HEADS, stuckRuleText } from "./text";

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
  const stages = health.stages.length;
  const names = (first: number, rows: number) =>
    rangeAddress(columnRange(firstRow + first, STAGE_COLUMNS.stage, rows));
  // One call per column, in its first cell: next steps from each stage but the last to the one after it;
  // cumulative conversion from the first stage to each.
  const conversion = live.conversion;
  const spills: Partial<Record<number, { readonly formula: string; readonly rows: number }>> =
    conversion !== undefined && stages > 1
      ? {
          [STAGE_COLUMNS.nextStep]: {
            formula: conversion(names(0, stages - 1), names(1, stages - 1)),
            rows: stages - 1,
          },
          [STAGE_COLUMNS.cumulative]: {
            formula: conversion(cellAddress(firstRow, STAGE_COLUMNS.stage, true), names(0, stages)),
            rows: stages,
          },
        }
      : {};
  /** A conversion cell: the column's call in its first cell, the cells it spills into live and empty. */
  const spilledAt = (k: number, col: number) => {
    const spill = spills[col];
    if (spill === undefined || k >= spill.rows) return {};
    return k === 0 ? { formula: spill.formula } : { spilled: true };
  };
  const bottlenecks = new Set([health.bottleneck.conversion, health.bottleneck.time]);
  health.stages.forEach((stage, k) => {
    const r = firstRow + k;
    const look = bottlenecks.has(k) ? { fill: BOTTLENECK_FILL } : {};
    const text = { ...REPORT_STYLES.text, ...look };
    const figure = { ...REPORT_STYLES.figure, ...look };
    const put = (col: number, value: number | null, format: string, liveCell: object = {}) =>
      putFigure(sheet, r, col, { value, format, ...liveCell }, figure);
    sheet.value(r, STAGE_COLUMNS.stage, sheet.text(stage.stage.name), text);
    put(STAGE_COLUMNS.current, stage.current, FORMATS.count);
    put(STAGE_COLUMNS.reached, stage.reached, FORMATS.count);
    put(STAGE_COLUMNS.amount, stage.amount, FORMATS.amount);
    put(STAGE_COLUMNS.weighted, stage.weightedAmount, FORMATS.amount);
    put(
      STAGE_COLUMNS.nextStep,
      stage.nextStepConversion,
      FORMATS.percent,
      spilledAt(k, STAGE_COLUMNS.nextStep),
    );
    put(
      STAGE_COLUMNS.cumulative,
      stage.cumulativeConversion,
      FORMATS.percent,
      spilledAt(k, STAGE_COLUMNS.cumulative),
    );
    put(STAGE_COLUMNS.averageDays, stage.averageDaysInStage, FORMATS.days);
    put(STAGE_COLUMNS.medianDays, stage.medianDaysInStage, FORMATS.days);
    put(STAGE_COLUMNS.stuck, stage.stuck, FORMATS.count);
  });
  // The stuck rule, in the blank row under the table, beside the medians it rests on.
  sheet.value(firstRow + stages, 0, sheet.text(stuckRuleText(DEFAULT_STUCK_FACTOR)), REPORT_STYLES.note);
  return { firstRow, rows: health.stages.length, firstCol: 0 };
}
