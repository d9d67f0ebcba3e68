/**
 * The bridge (waterfall) chart of the Pipeline changes report: a stacked column chart over helper columns beside
 * the bridge table — the amount charted, an invisible base, the increase, the decrease and the totals — each a
 * live formula of the table's cells, so the chart follows the figures: the amount charted is the live
 * FUNNEL.BRIDGE's amount where it has been computed (a number), else the amount written beside it. A step floats
 * on the base, the lower of the pipeline before and after it; the pipeline at start and at end stand on the axis.
 * The pipeline is assumed never to fall below 0 on the way (amounts read as 0 when they cannot be read).
 */
import { type CellRange, type ChartSpec, cellAddress, columnHeads, type SheetBuilder } from "../sheet";
import { CHART_COLORS } from "./charts";
import { CHANGES_TEXT as T } from "./changesText";
import { FORMATS, REPORT_STYLES } from "./styles";

/** Where the bridge table is and where the helper columns and the chart go. */
export interface BridgeChartPlace {
  /** The first line of the table (the pipeline at start); the last line is the pipeline at end. */
  readonly first: number;
  readonly lines: number;
  /** The column of the category names and of the amounts written as values. */
  readonly nameCol: number;
  readonly amountCol: number;
  /** The column of the live FUNNEL.BRIDGE's amounts, lined up with the table's lines; none when not live. */
  readonly liveAmountCol?: number;
  /** The first of the five helper columns (heads on the row above `first`). */
  readonly helperCol: number;
  /** The cells the chart covers. */
  readonly anchor: CellRange;
}

/**
 * The formulas of the helper columns, line by line: amount charted, base, increase, decrease, total (a number is
 * a constant 0). Tested surface: exported for its tests.
 * @example bridgeHelperFormulas({ first: 6, lines: 3, nameCol: 0, amountCol: 2, helperCol: 6, anchor })[1]
 * // ["=C8", "=MIN(SUM(G$7:G7),SUM(G$7:G8))", "=MAX(G8,0)", "=MAX(-G8,0)", 0]
 */
export function bridgeHelperFormulas(place: BridgeChartPlace): (string | number)[][] {
  const { first, lines, amountCol, liveAmountCol, helperCol } = place;
  const at = (row: number, col: number) => cellAddress(row, col);
  const top = `${cellAddress(first, helperCol).replace(/(\d+)$/, "$$$1")}`;
  return Array.from({ length: lines }, (_, i) => {
    const row = first + i;
    const written = at(row, amountCol);
    const amount =
      liveAmountCol === undefined
        ? `=${written}`
        : `=IF(ISNUMBER(${at(row, liveAmountCol)}),${at(row, liveAmountCol)},${written})`;
    const charted = at(row, helperCol);
    if (i === 0 || i === lines - 1) return [amount, 0, 0, 0, `=${charted}`];
    const before = `SUM(${top}:${at(row - 1, helperCol)})`;
    const after = `SUM(${top}:${charted})`;
    return [amount, `=MIN(${before},${after})`, `=MAX(${charted},0)`, `=MAX(-${charted},0)`, 0];
  });
}

/**
 * Writes the helper columns (heads on the row above the table) and returns the bridge chart over them: stacked
 * columns, the base not drawn, increases green, decreases red, the totals in the report's blue.
 * @example const chart = writeBridgeChart(sheet, place, sheet.text(T.chart))
 */
export function writeBridgeChart(sheet: SheetBuilder, place: BridgeChartPlace, title: string): ChartSpec {
  const { first, lines, nameCol, helperCol } = place;
  columnHeads(sheet, first - 1, helperCol, [
    T.chartAmount,
    T.chartBase,
    T.chartIncrease,
    T.chartDecrease,
    T.chartTotal,
  ]);
  const style = { ...REPORT_STYLES.figure, numberFormat: FORMATS.amount };
  bridgeHelperFormulas(place).forEach((cells, i) =>
    cells.forEach((cell, k) => {
      if (typeof cell === "number") sheet.value(first + i, helperCol + k, cell, style);
      else sheet.formula(first + i, helperCol + k, cell, style);
    }),
  );
  const column = (k: number): CellRange => ({ row: first, col: helperCol + k, rows: lines, cols: 1 });
  return {
    kind: "stackedColumn",
    title,
    categories: { row: first, col: nameCol, rows: lines, cols: 1 },
    series: [
      { name: sheet.text(T.chartBase), values: column(1), hidden: true },
      { name: sheet.text(T.chartIncrease), values: column(2) },
      { name: sheet.text(T.chartDecrease), values: column(3) },
      { name: sheet.text(T.chartTotal), values: column(4) },
    ],
    anchor: place.anchor,
    numberFormat: FORMATS.amount,
    seriesColors: [CHART_COLORS.rampTo, CHART_COLORS.won, CHART_COLORS.lost, CHART_COLORS.rampFrom],
  };
}
