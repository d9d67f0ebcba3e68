/**
 * The look of the pipeline-health report: number formats, KPI tiles, table cells, the fill of live
 * figures, and one helper writing a figure that may be missing. Colours follow the templates' palette
 * (sheet/layout.ts); green marks live formulas there too.
 */
import type { CellStyle, SheetBuilder } from "../sheet";

/** Excel number formats of the report. */
export const FORMATS = Object.freeze({
  amount: "#,##0",
  count: "#,##0",
  percent: "0.0%",
  /** A difference of rates, with its sign. */
  signedPercent: "+0.0%;-0.0%;0.0%",
  days: "0.0",
  date: "yyyy-mm-dd",
});

/**
 * The fill of a live formula (the templates' output green).
 * Tested surface: exported for its tests.
 */
export const LIVE_FILL = "#E2EFDA";
/** The fill of a KPI tile showing a value. */
const TILE_FILL = "#F2F2F2";
/** The fill of a bottleneck stage's row. */
export const BOTTLENECK_FILL = "#FCE4D6";

/** Styles of the report's cells. */
export const REPORT_STYLES = Object.freeze({
  tileLabel: {
    bold: true,
    fontColor: "#404040",
    fill: TILE_FILL,
    wrap: true,
    vertical: "bottom",
    horizontal: "center",
    border: "thin",
  },
  tileValue: { bold: true, fontSize: 16, fill: TILE_FILL, horizontal: "center", border: "thin" },
  tileCaption: {
    italic: true,
    fontSize: 9,
    fontColor: "#595959",
    fill: TILE_FILL,
    horizontal: "center",
    border: "thin",
  },
  note: { italic: true, fontColor: "#595959" },
  text: { border: "thin", vertical: "top" },
  figure: { border: "thin", horizontal: "right" },
} satisfies Record<string, CellStyle>);

/**
 * A figure cell's style: `base` with a number format, and the live fill when the cell holds a formula.
 * Tested surface: exported for its tests.
 * @example figureStyle(REPORT_STYLES.figure, FORMATS.percent, true).fill // "#E2EFDA"
 */
export function figureStyle(base: CellStyle, numberFormat: string | undefined, live: boolean): CellStyle {
  return {
    ...base,
    ...(numberFormat !== undefined ? { numberFormat } : {}),
    ...(live ? { fill: LIVE_FILL } : {}),
  };
}

/**
 * Writes one figure: the live formula when there is one; a live blank when a formula nearby spills into
 * the cell (`spilled`: the cell must stay empty for the spill); else the value, else (a figure the data
 * does not allow) a styled blank.
 * @example putFigure(sheet, 5, 1, { value: 0.25, format: FORMATS.percent }, REPORT_STYLES.figure)
 * @example putFigure(sheet, 6, 1, { value: 0.4, format: FORMATS.percent, spilled: true }, REPORT_STYLES.figure)
 */
export function putFigure(
  sheet: SheetBuilder,
  row: number,
  col: number,
  figure: {
    readonly value: number | string | null;
    readonly formula?: string;
    readonly spilled?: boolean;
    readonly format?: string;
  },
  base: CellStyle,
): void {
  const live = figure.formula !== undefined || figure.spilled === true;
  const style = figureStyle(base, figure.format, live);
  if (figure.formula !== undefined) sheet.formula(row, col, figure.formula, style);
  else if (figure.value !== null && figure.spilled !== true) sheet.value(row, col, figure.value, style);
  else sheet.put({ row, col, style });
}
