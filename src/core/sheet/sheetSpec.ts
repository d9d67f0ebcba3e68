/**
 * A sheet as data. Templates and reports are built in core as a SheetSpec; the
 * WorkbookGateway renders one — into Excel through Office.js, into the workbench through its engine —
 * and unit tests check it directly. Rows and columns are 0-based (A1 is row 0, col 0).
 */

/** A rectangle of cells on the sheet being built. */
export interface CellRange {
  readonly row: number;
  readonly col: number;
  /** Number of rows (≥ 1). */
  readonly rows: number;
  /** Number of columns (≥ 1). */
  readonly cols: number;
}

/** How a cell looks. Colours are "#RRGGBB". */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  /**
   * An Excel number format, e.g. "0%", "#,##0", "yyyy-mm-dd". A number value with a date format is a date: a
   * 1900-system serial, written in the workbook's date system (dateCells.ts).
   */
  readonly numberFormat?: string;
  readonly border?: "thin" | "medium";
}

/**
 * One cell. Exactly one of `value` and `formula`, or neither (a styled blank). A `value` is always
 * written as a literal — text starting with "=" stays text — and a `formula` always as a formula.
 */
export interface CellSpec {
  readonly row: number;
  readonly col: number;
  readonly value?: string | number | boolean;
  readonly formula?: string;
  readonly style?: CellStyle;
  /** An input the user fills: shown with the input fill and left unlocked; everything else is locked. */
  readonly input?: boolean;
  /** A link to a cell of the workbook (e.g. an anomaly's deal row on the user's data sheet). */
  readonly link?: { readonly sheet: string; readonly address: string };
}

/** A dropdown or a number rule on a range of input cells. */
export type ValidationSpec =
  | { readonly range: CellRange; readonly kind: "list"; readonly values: readonly string[] }
  | { readonly range: CellRange; readonly kind: "listFromName"; readonly name: string }
  | {
      readonly range: CellRange;
      readonly kind: "wholeNumber" | "decimal";
      readonly min: number;
      readonly max: number;
    };

/**
 * Columns of an Excel table, by the table's name and its columns' header names (`first` to `last`, the same for
 * one column): what a structured reference (`Deals[Stage]`) names, whatever rows the table holds.
 */
export interface TableColumnsRef {
  readonly table: string;
  readonly first: string;
  readonly last: string;
}

/** A workbook name the sheet defines, pointing at a range of this sheet (or of `sheet`, e.g. the user's data). */
export interface NamedRangeSpec {
  readonly name: string;
  /** Where the name points now (for a table's columns: their data rows as they are when the sheet is made). */
  readonly range: CellRange;
  readonly comment?: string;
  /** Another sheet the range is on; default: the sheet being built. */
  readonly sheet?: string;
  /**
   * "sheet": defined on the sheet being built only (a sheet-scoped name), whatever names the workbook has — so each
   * copy of a form keeps its own, and the name follows its cells when rows are inserted or the sheet is renamed.
   * Default: for the workbook when the name is free (namePlan.ts).
   */
  readonly scope?: "sheet";
  /**
   * When the range is columns of an Excel table: the name refers to them by structured reference
   * (structuredReference.ts), so it follows the table as rows are added, removed or refreshed.
   */
  readonly tableColumns?: TableColumnsRef;
}

/** One series of a chart: its name and one column of values, lined up with the categories. */
export interface ChartSeriesSpec {
  readonly name: string;
  readonly values: CellRange;
  /**
   * Drawn with no fill, no label and no legend entry: the invisible base a "stackedColumn" bridge floats its
   * steps on. Only in a "stackedColumn" chart, and never every series.
   */
  readonly hidden?: boolean;
}

/**
 * A native chart over cells of this sheet. A "funnel" is drawn as Excel's funnel chart where ExcelApi
 * 1.9 is supported, otherwise as a bar chart sorted as the categories are (largest stage first). A
 * "stackedColumn" stacks its series in one column per category; with a `hidden` first series it is a bridge
 * (waterfall): each step floats on the invisible base. Excel's native waterfall chart type (ExcelApi 1.9) is not
 * used: Office.js can add one but cannot mark a point as a total ("set as total" has no API), so the end of a
 * bridge would be drawn as one more step on top of the rest.
 */
export interface ChartSpec {
  readonly kind: "funnel" | "bar" | "column" | "stackedColumn" | "line";
  readonly title: string;
  /** One column of category labels. */
  readonly categories: CellRange;
  /** Each series: one column of values, lined up with the categories. */
  readonly series: readonly ChartSeriesSpec[];
  /** The cells the chart covers. */
  readonly anchor: CellRange;
  /**
   * How the values read, as an Excel number format (the tables' own, e.g. "#,##0", "0.0%", "0.0"): on the value
   * axis and on the data labels. None: the cells' own.
   */
  readonly numberFormat?: string;
  /** Each value written on its band, bar or point (data labels), in `numberFormat`. Not with a hidden series. */
  readonly dataLabels?: boolean;
  /** One colour per category ("#RRGGBB") for a one-series chart: a ramp over the stages, won and lost their own. */
  readonly pointColors?: readonly string[];
  /** One colour per series ("#RRGGBB"), in the series' order (a hidden series' colour is not drawn). */
  readonly seriesColors?: readonly string[];
  /** What the chart says in place of a chart of nothing (every value 0 or blank): why, and what to do. */
  readonly emptyNote?: string;
  /** The line under a funnel saying what the percentages between its bands are (the conversion to the next stage). */
  readonly funnelKey?: string;
}

/** An Excel table on the sheet: header row first, then data rows. */
export interface TableSpec {
  readonly name: string;
  /** Header row and data rows (the totals row, if any, is extra, just below). */
  readonly range: CellRange;
  /** Totals-row formulas by 0-based column offset in the table; omitted = no totals row. */
  readonly totals?: Readonly<Record<number, string>>;
}

/** A whole sheet. */
export interface SheetSpec {
  /** The name wanted; the renderer picks a free one ("二次评估 (2)") and never replaces a sheet. */
  readonly name: string;
  readonly cells: readonly CellSpec[];
  /** Column widths in points, by 0-based column. */
  readonly columnWidths?: Readonly<Record<number, number>>;
  readonly merges?: readonly CellRange[];
  readonly validations?: readonly ValidationSpec[];
  readonly names?: readonly NamedRangeSpec[];
  readonly tables?: readonly TableSpec[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly printArea?: CellRange;
  /** A4, portrait unless said otherwise, fitted to one page wide. */
  readonly page?: { readonly orientation: "portrait" | "landscape" };
  /** Lock the sheet (without a password) so only input cells can be edited. */
  readonly protect?: boolean;
  readonly charts?: readonly ChartSpec[];
}
