/**
 * What a chart of a sheet shows, read from the sheet's current cells (so a chart follows every edit): the
 * category labels of its categories column as the grid shows them (a date as a date) and, per series, the numbers of
 * its values column lined up with them, with the spec's look (number format, labels, colours, empty note). As in Excel, a blank or text value is plotted as 0, and an error as 0 too (Excel shows a gap).
 */
import type { CellRange, ChartSpec } from "../../core/sheet";
import { cellDisplay, displayFormat } from "../cellDisplay";
import type { WorkbookEngine } from "../engine/workbookEngine";

/** One series of a chart: its name and one number per category. */
export interface ChartSeriesData {
  readonly name: string;
  readonly values: readonly number[];
  /** Not drawn: the base a bridge's steps float on (see ChartSpec). */
  readonly hidden?: boolean;
}

/** A chart's kind, title, categories and series, as its cells hold them now, and how the spec says it looks. */
export interface ChartData {
  readonly kind: ChartSpec["kind"];
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesData[];
  /** The Excel number format of its values (axis and labels); none: Excel's General. */
  readonly numberFormat?: string;
  readonly dataLabels?: boolean;
  readonly pointColors?: readonly string[];
  readonly seriesColors?: readonly string[];
  readonly emptyNote?: string;
  readonly funnelKey?: string;
}

/**
 * A value of a chart as the grid would show it in the chart's number format (the tables' formats: "#,##0",
 * "0.0%", "0.0"), or in General without one.
 * @example valueText(19970000, "#,##0") // "19,970,000"
 * @example valueText(0.706, "0.0%") // "70.6%"
 */
export function valueText(value: number, numberFormat: string | undefined): string {
  return cellDisplay(value, displayFormat(numberFormat) ?? "general").text;
}

/**
 * Whether a chart has nothing to plot: no category, or every value 0 (blank, text and errors plot as 0).
 * @example isEmptyChart({ ...data, series: [{ name: "P10", values: [0, 0] }] }) // true
 */
export function isEmptyChart(data: ChartData): boolean {
  return data.categories.length === 0 || data.series.every((series) => series.values.every((v) => v === 0));
}

/** The cells of a one-column (or one-row) range, in order. */
function column(engine: WorkbookEngine, sheet: string, range: CellRange): (string | number | boolean)[] {
  return engine.values(sheet, range).flat();
}

/** The category labels, as the grid shows the cells (in their number format). */
function labels(engine: WorkbookEngine, sheet: string, range: CellRange): string[] {
  const texts: string[] = [];
  for (let row = range.row; row < range.row + range.rows; row++) {
    for (let col = range.col; col < range.col + range.cols; col++) {
      const format =
        displayFormat(engine.decor(sheet).look({ row, col })?.style.numberFormat) ??
        engine.columnFormat(sheet, col);
      texts.push(cellDisplay(engine.cell(sheet, { row, col }).value, format).text);
    }
  }
  return texts;
}

/**
 * The data of `chart` on `sheet`, from the cells as they are now.
 * @example chartData(engine, "管线健康", chart) // { kind: "funnel", title: "商机漏斗", categories: ["目标客户", …], series: [{ name: "商机数", values: [40, …] }] }
 */
export function chartData(engine: WorkbookEngine, sheet: string, chart: ChartSpec): ChartData {
  const categories = labels(engine, sheet, chart.categories);
  const series = chart.series.map(({ name, values, hidden }) => {
    const cells = column(engine, sheet, values);
    return {
      name,
      values: categories.map((_, i) => (typeof cells[i] === "number" ? (cells[i] as number) : 0)),
      ...(hidden === true ? { hidden } : {}),
    };
  });
  const { numberFormat, dataLabels, pointColors, seriesColors, emptyNote, funnelKey } = chart;
  const look = { numberFormat, dataLabels, pointColors, seriesColors, emptyNote, funnelKey };
  const given = Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined));
  return { kind: chart.kind, title: chart.title, categories, series, ...given };
}
