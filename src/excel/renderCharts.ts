/**
 * Native charts and cell links of a sheet spec, queued through Office.js without a sync. A chart is added over
 * its first series' values, then given its categories, its other series, its title and its place (the anchor's
 * top-left and bottom-right cells). A "funnel" is Excel's funnel chart where ExcelApi 1.9 is supported, else a
 * clustered bar chart whose category axis is reversed so the first category — the largest stage — is on top.
 * A "stackedColumn" is Excel's stacked column chart, its hidden series (a bridge's base) with no fill.
 * Charts of the other kinds go with the sheet's main write; a native funnel chart, whose members some hosts
 * refuse (office-js #2041, #2971), and the links that are not `HYPERLINK` formulas of the contents (see
 * linkFormulas.ts) are parts of finishing the sheet (see finishSheet.ts): a funnel
 * chart Excel refuses is removed and drawn as the bar chart instead, and so are the sheet's later funnels.
 *
 * Every chart but a native funnel is drawn as the spec says it reads (see {@link queueChartLook}): its legend only
 * when it has several series, its colours (the stages' ramp, won green), its values written on it and its value
 * axis in the tables' number formats. A native funnel keeps Excel's own look (its values on its bands, in the cells'
 * format): setting members of a funnel chart is what some hosts refuse.
 *
 * Requirement sets: charts.add, title, setPosition, series name, Chart.delete, legend, data labels' showValue, fills
 * (set and cleared) and line colours, points ExcelApi 1.1; series.add, setValues, setXAxisValues, categoryAxis.reversePlotOrder,
 * Range.hyperlink ExcelApi 1.7; number formats of data labels and axes ExcelApi 1.8 (left out where the host lacks
 * it); the funnel chart type ExcelApi 1.9.
 */
import { chartNotDrawn, funnelDrawnAsBars, linksNotSet } from "../core/kernel";
import { type CellSpec, type ChartSpec, cellAddress, cellInput, rangeAddress } from "../core/sheet";
import { errorCode, excelErrorDetail } from "./excelErrors";
import type { FinishingPart } from "./finishSheet";
import { documentReference, linkedByCall } from "./linkFormulas";
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

/** The requirement set of the number formats of a chart's data labels and axes. */
const CHART_NUMBER_FORMAT_REQUIREMENT = { set: "ExcelApi", version: "1.8" } as const;

/**
 * Whether this Excel sets the number format of a chart's data labels and axes; true where Office is not loaded.
 * @example supportsChartNumberFormats() // true in Excel for the web and Microsoft 365
 */
export function supportsChartNumberFormats(): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  const { set, version } = CHART_NUMBER_FORMAT_REQUIREMENT;
  return requirements?.isSetSupported(set, version) ?? true;
}

/** How a chart spec is drawn in Excel: the chart type, and whether its categories run top to bottom. */
export interface ChartDrawing {
  readonly type: "Funnel" | "BarClustered" | "ColumnClustered" | "ColumnStacked" | "Line";
  readonly reverseCategories: boolean;
}

const TYPES = {
  bar: "BarClustered",
  column: "ColumnClustered",
  stackedColumn: "ColumnStacked",
  line: "Line",
} as const;

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

/** The calls {@link queueChartLook} queues for a chart spec (for the request's budget). */
function lookCalls(spec: ChartSpec): number {
  const colours = (spec.series.length === 1 ? spec.pointColors?.length : 0) ?? 0;
  const hidden = spec.series.filter((s) => s.hidden === true).length;
  return 4 + (spec.seriesColors?.length ?? 0) + hidden + colours;
}

/**
 * Queues how a chart reads: its legend (at the bottom, and only for several series none of them hidden: one series
 * is named by the title, and a bridge's bars by their categories), the series' colours or, for one series, each
 * category's colour, a hidden series' fill cleared (the invisible base of a bridge: `ChartFill.clear`, ExcelApi
 * 1.1, queued with the rest so a bridge costs no extra request), the values written on the chart and the value
 * axis in the spec's number format (where the host has ExcelApi 1.8).
 * Tested surface: exported for its tests.
 * @example queueChartLook(chart, spec, "BarClustered", true)
 */
export function queueChartLook(
  chart: Excel.Chart,
  spec: ChartSpec,
  type: ChartDrawing["type"],
  numberFormats: boolean,
): void {
  const legend = spec.series.length > 1 && spec.series.every((s) => s.hidden !== true);
  chart.legend.visible = legend;
  if (legend) chart.legend.position = "Bottom";
  spec.series.forEach((one, s) => {
    if (one.hidden === true) return chart.series.getItemAt(s).format.fill.clear();
    const color = spec.seriesColors?.[s];
    if (color === undefined) return;
    const series = chart.series.getItemAt(s);
    if (type === "Line") series.format.line.color = color;
    else series.format.fill.setSolidColor(color);
  });
  if (spec.series.length === 1 && type !== "Line") {
    const points = chart.series.getItemAt(0).points;
    spec.pointColors?.forEach((color, i) => points.getItemAt(i).format.fill.setSolidColor(color));
  }
  if (spec.dataLabels === true) chart.dataLabels.showValue = true;
  if (numberFormats && spec.numberFormat !== undefined) {
    if (spec.dataLabels === true) chart.dataLabels.numberFormat = spec.numberFormat;
    chart.axes.valueAxis.numberFormat = spec.numberFormat;
  }
}

/** Queues one chart as `drawing` draws it, after making room for it in the request; returns the chart. */
async function queueChart(
  sheet: Excel.Worksheet,
  spec: ChartSpec,
  drawing: ChartDrawing,
  budget: RequestBudget,
): Promise<Excel.Chart | undefined> {
  const [first, ...others] = spec.series;
  if (first === undefined) return undefined;
  const look = drawing.type !== "Funnel";
  await budget.spend(6 + 3 * spec.series.length + (look ? lookCalls(spec) : 0), spec);
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
  if (look) queueChartLook(chart, spec, drawing.type, supportsChartNumberFormats());
  return chart;
}

/**
 * Queues the charts the sheet's main write draws, each after making room for it in the request (see
 * requestBudget.ts): every chart but the native funnel charts — all of them, funnels as bars, where Excel has
 * no funnel chart (`funnelSupported` false; see {@link chartDrawing}). A chart without series is skipped.
 * @example await queueCharts(sheet, spec.charts ?? [], supportsFunnelChart(), budget)
 */
export async function queueCharts(
  sheet: Excel.Worksheet,
  charts: readonly ChartSpec[],
  funnelSupported: boolean,
  budget: RequestBudget,
): Promise<void> {
  for (const spec of charts) {
    if (spec.kind === "funnel" && funnelSupported) continue;
    await queueChart(sheet, spec, chartDrawing(spec.kind, funnelSupported), budget);
  }
}

/** The codes of a deletion that found nothing to delete: the chart's add never took. */
const NOTHING_THERE = new Set(["ItemNotFound", "InvalidObjectPath"]);

/**
 * The native funnel charts of a sheet, each a part of its own of finishing the sheet (see finishSheet.ts). When
 * Excel refuses one, it is removed (when its add took) and drawn as the bar chart instead, and the funnels after
 * it are drawn as bars straight away; one note says so, with Excel's detail.
 * @example await finishSheet(context, funnelChartParts(sheet, spec.charts ?? []))
 */
export function funnelChartParts(sheet: Excel.Worksheet, charts: readonly ChartSpec[]): FinishingPart[] {
  const bars = chartDrawing("funnel", false);
  let funnelRefused = false;
  const barsPart = (spec: ChartSpec): FinishingPart => ({
    queue: async (budget) => void (await queueChart(sheet, spec, bars, budget)),
    refused: (error) => ({ note: chartNotDrawn(spec.title, excelErrorDetail(error)) }),
  });
  return charts
    .filter((spec) => spec.kind === "funnel" && spec.series.length > 0)
    .map((spec): FinishingPart => {
      let funnel: Excel.Chart | undefined;
      return {
        async queue(budget) {
          funnel = undefined;
          if (funnelRefused) await queueChart(sheet, spec, bars, budget);
          else funnel = await queueChart(sheet, spec, chartDrawing("funnel", true), budget);
        },
        refused(error) {
          const drawn = funnel;
          if (drawn === undefined) return barsPart(spec).refused(error);
          const first = !funnelRefused;
          funnelRefused = true;
          const removal: FinishingPart = {
            queue: async (budget) => {
              await budget.spend(1);
              drawn.delete();
            },
            // Nothing to remove when the add was refused; any other refusal leaves the half-drawn chart.
            refused: (refusal) =>
              NOTHING_THERE.has(errorCode(refusal) ?? "")
                ? {}
                : { note: chartNotDrawn(spec.title, excelErrorDetail(refusal)) },
          };
          return {
            note: first ? funnelDrawnAsBars(spec.title, excelErrorDetail(error)) : undefined,
            instead: [removal, barsPart(spec)],
          };
        },
      };
    });
}

/**
 * The hyperlink that takes a cell to its target cell and keeps the text the cell shows (some hosts show the
 * link's address instead when `textToDisplay` is not given): the cell's value as it was written, text made
 * literal, so that a deal named "=1+1" is shown as that text wherever the host reads the text as typed.
 * Tested surface: exported for its tests.
 * @example cellLink({ row: 4, col: 0, value: "D1", link: { sheet: "商机", address: "A2" } })
 * // { documentReference: "'商机'!A2", textToDisplay: "D1" }
 */
export function cellLink(cell: CellSpec): Excel.RangeHyperlink | undefined {
  if (cell.link === undefined) return undefined;
  const reference = documentReference(cell.link.sheet, cell.link.address);
  return cell.value === undefined
    ? { documentReference: reference }
    : { documentReference: reference, textToDisplay: String(cellInput({ value: cell.value })) };
}

/**
 * The links of the cells whose link cannot be written as a `HYPERLINK` formula with the contents (see
 * linkFormulas.ts: a cell with a formula, a long or multi-line text…), a part of finishing the sheet (see
 * finishSheet.ts): each cell links to its target cell, keeping what it shows; each link after making room for it
 * in the request. Refused, the cells keep their text and one note says they do not all link.
 * @example await finishSheet(context, [linksPart(sheet, spec.cells)])
 */
export function linksPart(sheet: Excel.Worksheet, cells: readonly CellSpec[]): FinishingPart {
  return {
    async queue(budget) {
      for (const cell of cells) {
        const hyperlink = linkedByCall(cell) ? cellLink(cell) : undefined;
        if (hyperlink === undefined) continue;
        await budget.spend(1, hyperlink);
        sheet.getRange(cellAddress(cell.row, cell.col)).hyperlink = hyperlink;
      }
    },
    refused: (error) => ({ note: linksNotSet(excelErrorDetail(error)) }),
  };
}
