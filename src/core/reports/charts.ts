/**
 * The report's native charts, each drawn over cells of the report's own tables and each answering one question,
 * its numbers written on it in the tables' formats: the funnel of deals reached by stage, the amount now in each
 * stage (bars: amounts by stage need not fall, so a funnel would draw a bow-tie), the conversion to the next stage
 * (bars), the weighted pipeline by close month (columns) and the stuck deals by stage (bars). The stages take one
 * colour ramp, the won stage its own green. They are stacked in a column of the sheet to the right of the tables.
 */
import type { ChartSpec, SheetBuilder } from "../sheet";
import { FORMATS } from "./styles";
import { CHART_NOTES, CHART_TEXT, MONTH_HEADS, STAGE_HEADS } from "./text";
import { STAGE_COLUMNS, tableColumn, type TableLayout } from "./stageTable";

/** Where the charts go: their first column, first row, and the size of each. */
export interface ChartPlace {
  readonly col: number;
  readonly row: number;
  /** Columns and rows each chart covers. */
  readonly cols: number;
  readonly rows: number;
}

/**
 * The charts' colours: the ramp of the open stages (first stage darkest), and the semantic colours of won and lost.
 * The series of a two- or three-series chart take the ramp's ends and middle.
 */
export const CHART_COLORS = Object.freeze({
  rampFrom: "#1F4E79",
  rampTo: "#9DC3E6",
  won: "#548235",
  lost: "#C00000",
});

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hexOf = (rgb: readonly number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0").toUpperCase()).join("")}`;

/**
 * `count` colours from the ramp's dark end to its light end.
 * @example rampColors(2) // ["#1F4E79", "#9DC3E6"]
 */
export function rampColors(count: number): string[] {
  const [from, to] = [channels(CHART_COLORS.rampFrom), channels(CHART_COLORS.rampTo)];
  return Array.from({ length: count }, (_, i) => {
    const t = count === 1 ? 0 : i / (count - 1);
    return hexOf(from.map((c, k) => c + (to[k] - c) * t));
  });
}

/**
 * The colours of a scheme's `stages` stages, in order: the ramp over the open stages, the last (won) stage green.
 * @example stageColors(3) // ["#1F4E79", "#9DC3E6", "#548235"]
 */
export function stageColors(stages: number): string[] {
  if (stages <= 0) return [];
  return [...rampColors(stages - 1), CHART_COLORS.won];
}

/** Columns of the close-month table (label first). */
const MONTH = { month: 0, open: 1, weighted: 2 } as const;

/** The first `rows` rows of a table (all but its last stage, the won stage, for figures won deals lack). */
const firstRows = (table: TableLayout, rows: number): TableLayout => ({ ...table, rows });

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
  const colors = stageColors(stages.rows);
  // Won deals take no next step and are never stuck: those charts stop at the last open stage.
  const open = firstRows(stages, Math.max(stages.rows - 1, 0));
  const byStage = (
    chart: "reached" | "amount" | "conversion" | "stuck",
    column: "reached" | "amount" | "nextStep" | "stuck",
    table: TableLayout,
    kind: ChartSpec["kind"],
    numberFormat: string,
  ): Omit<ChartSpec, "anchor"> => ({
    kind,
    title: sheet.text(CHART_TEXT[chart]),
    categories: tableColumn(table, STAGE_COLUMNS.stage),
    series: [{ name: sheet.text(STAGE_HEADS[column]), values: tableColumn(table, STAGE_COLUMNS[column]) }],
    numberFormat,
    dataLabels: true,
    pointColors: colors.slice(0, table.rows),
    emptyNote: sheet.text(CHART_NOTES[chart]),
  });
  const drafts: Omit<ChartSpec, "anchor">[] = [
    {
      ...byStage("reached", "reached", stages, "funnel", FORMATS.count),
      funnelKey: sheet.text(CHART_NOTES.funnelKey),
    },
    byStage("amount", "amount", stages, "bar", FORMATS.amount),
    byStage("conversion", "nextStep", open, "bar", FORMATS.percent),
  ];
  if (months.rows > 0) {
    const [dark, , light] = rampColors(3);
    drafts.push({
      kind: "column",
      title: sheet.text(CHART_TEXT.months),
      categories: tableColumn(months, MONTH.month),
      series: [
        { name: sheet.text(MONTH_HEADS.open), values: tableColumn(months, MONTH.open) },
        { name: sheet.text(MONTH_HEADS.weighted), values: tableColumn(months, MONTH.weighted) },
      ],
      numberFormat: FORMATS.amount,
      seriesColors: [light, dark],
      emptyNote: sheet.text(CHART_NOTES.months),
    });
  }
  drafts.push(byStage("stuck", "stuck", open, "bar", FORMATS.count));
  return drafts.map((draft, i) => ({
    ...draft,
    anchor: { row: place.row + i * (place.rows + 1), col: place.col, rows: place.rows, cols: place.cols },
  }));
}
