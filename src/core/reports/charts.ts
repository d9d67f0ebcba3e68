/**
 * The report's native charts, each drawn over cells of the report's own tables: funnels of deals reached
 * and of amount by stage, conversion by stage (column), weighted pipeline by close month (column) and stuck
 * deals by stage (bar). They are stacked in a column of the sheet to the right of the tables.
 */
import type { ChartSpec, SheetBuilder } from "../sheet";
import { MONTH_HEADS, STAGE_HEADS, CHART_TEXT } from "./text";
import { STAGE_COLUMNS, tableColumn, type TableLayout } from "./stageTable";

/** Where the charts go: their first column, first row, and the size of each. */
export interface ChartPlace {
  readonly col: number;
  readonly row: number;
  /** Columns and rows each chart covers. */
  readonly cols: number;
  readonly rows: number;
}

/** Columns of the close-month table (label first). */
const MONTH = { month: 0, open: 1, weighted: 2 } as const;

/**
 * The charts over the stage table and the close-month table; no close-month chart when that table is empty.
 * @example reportCharts(sheet, stages, months, { col: 12, row: 4, cols: 8, rows: 16 }).length // 5
 */
export function reportCharts(
  sheet: SheetBuilder,
  stages: TableLayout,
  months: TableLayout,
  place: ChartPlace,
): ChartSpec[] {
  const name = STAGE_COLUMNS.stage;
  const series = (head: keyof typeof STAGE_HEADS) => ({
    name: sheet.text(STAGE_HEADS[head]),
    values: tableColumn(stages, STAGE_COLUMNS[head]),
  });
  const drafts: Omit<ChartSpec, "anchor">[] = [
    {
      kind: "funnel",
      title: sheet.text(CHART_TEXT.reached),
      categories: tableColumn(stages, name),
      series: [series("reached")],
    },
    {
      kind: "funnel",
      title: sheet.text(CHART_TEXT.amount),
      categories: tableColumn(stages, name),
      series: [series("amount")],
    },
    {
      kind: "column",
      title: sheet.text(CHART_TEXT.conversion),
      categories: tableColumn(stages, name),
      series: [series("nextStep"), series("cumulative")],
    },
  ];
  if (months.rows > 0) {
    drafts.push({
      kind: "column",
      title: sheet.text(CHART_TEXT.months),
      categories: tableColumn(months, MONTH.month),
      series: [
        { name: sheet.text(MONTH_HEADS.open), values: tableColumn(months, MONTH.open) },
        { name: sheet.text(MONTH_HEADS.weighted), values: tableColumn(months, MONTH.weighted) },
      ],
    });
  }
  drafts.push({
    kind: "bar",
    title: sheet.text(CHART_TEXT.stuck),
    categories: tableColumn(stages, name),
    series: [series("stuck")],
  });
  return drafts.map((draft, i) => ({
    ...draft,
    anchor: { row: place.row + i * (place.rows + 1), col: place.col, rows: place.rows, cols: place.cols },
  }));
}
