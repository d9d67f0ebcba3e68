/**
 * Native charts and cell links of a sheet spec, queued through Office.js without a sync. A chart is added over
 * its first series' values, then given its categories, its other series, its title and its place (the anchor's
 * top-left and bottom-right cells). A "funnel" is Excel's funnel chart where ExcelApi 1.9 is supported, else a
 * clustered bar chart whose category axis is reversed so the first category — the largest stage — is on top.
 *
 * Requirement sets: charts.add, title, setPosition, series name ExcelApi 1.1; series.add, setValues,
 * setXAxisValues, categoryAxis.reversePlotOrder, Range.hyperlink ExcelApi 1.7; the funnel chart type ExcelApi 1.9.
 */
import { type CellSpec, type ChartSpec, cellAddress, rangeAddress } from "../core/sheet";
import type { RequestBudget } from "./requestBudget";

/** The requirement set of Excel's funnel chart type. */
const FUNNEL_CHART_REQUIREMENT = { set: "ExcelApi", version: "1.9" } as const;

/**
 * Whether this Excel draws funnel charts; true where Office is not loaded (tests).
 * @example supportsFunnelChart() // true in Excel for the web and Microsoft 365
 */
export function supportsFunnelChart(): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  const { set, version } = FUNNEL_CHART_REQUIREMENT;
  return requirements?.isSetSupported(set, version) ?? true;
}

/** How a chart spec is drawn in Excel: the chart type, and whether its categories run top to bottom. */
export interface ChartDrawing {
  readonly type: "Funnel" | "BarClustered" | "ColumnClustered" | "Line";
  readonly reverseCategories: boolean;
}

const TYPES = { bar: "BarClustered", column: "ColumnClustered", line: "Line" } as const;

/**
 * How to draw a chart of this kind, given whether Excel has the funnel chart type. A bar chart draws its first
 * category at the bottom, so a funnel drawn as bars and a bar chart both reverse the category axis to keep the
 * spec's order top to bottom.
 * Tested surface: exported for its tests.
 * @example chartDrawing("funnel", true) // { type: "Funnel", reverseCategories: false }
 * @example chartDrawing("funnel", false) // { type: "BarClustered", reverseCategories: true }
 */
export function chartDrawing(kind: ChartSpec["kind"], funnelSupported: boolean): ChartDrawing {
  if (kind === "funnel") {
    return funnelSupported
      ? { type: "Funnel", reverseCategories: false }
      : { type: "BarClustered", reverseCategories: true };
  }
  return { type: TYPES[kind], reverseCategories: kind === "bar" };
}

/**
 * The reference of a cell of the workbook in a hyperlink: the sheet quoted, its quotes doubled.
 * Tested surface: exported for its tests.
 * @example documentReference("Bob's deals", "A5") // "'Bob''s deals'!A5"
 */
export function documentReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/**
 * Queues the charts onto `sheet`, each after making room for it in the request (see requestBudget.ts);
 * `funnelSupported` picks how a funnel is drawn (see {@link chartDrawing}). A chart without series is skipped.
 * @example await queueCharts(sheet, spec.charts ?? [], supportsFunnelChart(), budget)
 */
export async function queueCharts(
  sheet: Excel.Worksheet,
  charts: readonly ChartSpec[],
  funnelSupported: boolean,
  budget: RequestBudget,
): Promise<void> {
  for (const spec of charts) {
    const [first, ...others] = spec.series;
    if (first === undefined) continue;
    await budget.spend(6 + 3 * spec.series.length, spec);
    const drawing = chartDrawing(spec.kind, funnelSupported);
    const categories = sheet.getRange(rangeAddress(spec.categories));
    const chart = sheet.charts.add(drawing.type, sheet.getRange(rangeAddress(first.values)), "Columns");
    const firstSeries = chart.series.getItemAt(0);
    firstSeries.name = first.name;
    firstSeries.setXAxisValues(categories);
    for (const other of others) {
      const series = chart.series.add(other.name);
      series.setValues(sheet.getRange(rangeAddress(other.values)));
      series.setXAxisValues(categories);
    }
    chart.title.text = spec.title;
    const { row, col, rows, cols } = spec.anchor;
    chart.setPosition(cellAddress(row, col), cellAddress(row + rows - 1, col + cols - 1));
    if (drawing.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
  }
}

/**
 * Queues the links of the cells that have one, each after making room for it in the request (see
 * requestBudget.ts): each cell links to its target cell, keeping what it shows.
 * @example await queueLinks(sheet, [{ row: 4, col: 0, value: "D1", link: { sheet: "商机", address: "A2" } }], budget)
 */
export async function queueLinks(
  sheet: Excel.Worksheet,
  cells: readonly CellSpec[],
  budget: RequestBudget,
): Promise<void> {
  for (const cell of cells) {
    if (cell.link === undefined) continue;
    const hyperlink = { documentReference: documentReference(cell.link.sheet, cell.link.address) };
    await budget.spend(1, hyperlink);
    sheet.getRange(cellAddress(cell.row, cell.col)).hyperlink = hyperlink;
  }
}
