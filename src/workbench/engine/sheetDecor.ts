/**
 * What a workbench sheet shows beyond its values, kept beside the engine (HyperFormula computes values only):
 * each cell's look (style and input flag), merged ranges, validations, custom row heights, frozen panes,
 * whether the sheet is protected, links to other cells, charts over its cells, and — for a report the add-in
 * wrote — its report marker, which only the add-in sets (no cell holds it, so the user cannot edit it).
 */
import type { CellRange, ChartSpec, ValidationSpec, CellLook } from "../../core/sheet";
import type { CellPosition } from "../a1";
import { rangeWithoutRows } from "./tableRanges";

/** A merged range as seen from one of its cells. */
export interface MergeAt {
  readonly range: CellRange;
  /** Whether the cell is the range's top-left cell, which shows the merged content. */
  readonly anchor: boolean;
}

const key = (row: number, col: number) => `${row}:${col}`;

/** A map keyed by cell ("row:col") with the entries on deleted rows gone and those below moved up. */
function cellsWithoutRows<T>(cells: Map<string, T>, row: number, count: number): void {
  const moved = [...cells].flatMap(([at, value]): [string, T][] => {
    const [r, c] = at.split(":").map(Number);
    if (r < row) return [[at, value]];
    return r < row + count ? [] : [[key(r - count, c), value]];
  });
  cells.clear();
  for (const [at, value] of moved) cells.set(at, value);
}
const contains = (range: CellRange, { row, col }: CellPosition) =>
  row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols;

/** A link to a cell of the workbook (CellSpec.link): its sheet and A1 address. */
export interface CellLink {
  readonly sheet: string;
  readonly address: string;
}

/** Marks a sheet as the add-in's report of a kind, with the workbook names the report defined. */
export interface ReportMarker {
  readonly kind: string;
  /** Workbook names the report owns: replaced with it when the report is written again. */
  readonly names: readonly string[];
}

/** The decor of one sheet. */
export class SheetDecor {
  private readonly looks = new Map<string, CellLook>();
  private readonly mergeList: CellRange[] = [];
  private readonly validationList: ValidationSpec[] = [];
  private readonly heights = new Map<number, number>();
  private readonly links = new Map<string, CellLink>();
  private readonly chartList: ChartSpec[] = [];
  /** Set when the sheet is a report the add-in wrote (see writeReport). */
  report: ReportMarker | undefined = undefined;
  /** Whether only input cells may be edited (kept for the views; the engine itself does not refuse writes). */
  protected = false;
  /** Rows and columns frozen at the top and left. */
  frozen: { readonly rows: number; readonly cols: number } = { rows: 0, cols: 0 };

  /**
   * Gives every cell of `range` the look `look`.
   * @example decor.setLook({ row: 0, col: 0, rows: 1, cols: 3 }, { style: { bold: true }, input: false })
   */
  setLook(range: CellRange, look: CellLook): void {
    for (let row = range.row; row < range.row + range.rows; row++) {
      for (let col = range.col; col < range.col + range.cols; col++) this.looks.set(key(row, col), look);
    }
  }

  /** A cell's look, if it has one. @example decor.look({ row: 0, col: 0 }) // { style: { bold: true }, input: false } */
  look(position: CellPosition): CellLook | undefined {
    return this.looks.get(key(position.row, position.col));
  }

  /** Merges a range. @example decor.merge({ row: 0, col: 0, rows: 1, cols: 4 }) */
  merge(range: CellRange): void {
    this.mergeList.push(range);
  }

  /**
   * The merged range a cell belongs to, if any.
   * @example decor.mergeAt({ row: 0, col: 2 }) // { range: { row: 0, col: 0, rows: 1, cols: 4 }, anchor: false }
   */
  mergeAt(position: CellPosition): MergeAt | undefined {
    const range = this.mergeList.find((merged) => contains(merged, position));
    return range && { range, anchor: range.row === position.row && range.col === position.col };
  }

  /** Adds a validation. @example decor.validate({ range, kind: "list", values: ["是", "否"] }) */
  validate(validation: ValidationSpec): void {
    this.validationList.push(validation);
  }

  /**
   * The validation of a cell (the last one given wins, as in Excel).
   * @example decor.validationAt({ row: 4, col: 3 })?.kind // "list"
   */
  validationAt(position: CellPosition): ValidationSpec | undefined {
    for (let i = this.validationList.length - 1; i >= 0; i--) {
      if (contains(this.validationList[i].range, position)) return this.validationList[i];
    }
    return undefined;
  }

  /** Sets a row's height in pixels. @example decor.setRowHeight(2, 60) */
  setRowHeight(row: number, pixels: number): void {
    this.heights.set(row, Math.max(1, Math.round(pixels)));
  }

  /** The rows of custom height and their heights in pixels. @example decor.rowHeights() // Map { 2 => 60 } */
  rowHeights(): ReadonlyMap<number, number> {
    return this.heights;
  }

  /** Makes a cell a link. @example decor.setLink({ row: 5, col: 0 }, { sheet: "Deals", address: "A12" }) */
  setLink(position: CellPosition, link: CellLink): void {
    this.links.set(key(position.row, position.col), link);
  }

  /** A cell's link, if it has one. @example decor.linkAt({ row: 5, col: 0 }) // { sheet: "Deals", address: "A12" } */
  linkAt(position: CellPosition): CellLink | undefined {
    return this.links.get(key(position.row, position.col));
  }

  /** The merged ranges, in the order merged. @example decor.merges() // [{ row: 0, col: 0, rows: 1, cols: 4 }] */
  merges(): readonly CellRange[] {
    return this.mergeList;
  }

  /**
   * Follows the deletion of sheet rows `row` … `row + count - 1`, as Excel does: the looks, links and heights of
   * those rows go and those below move up; merges, validations and charts move up or shrink, and go when all
   * their rows (for a chart: all the rows of one of its ranges) were deleted.
   * @example decor.deleteRows(4, 2) // what was on row 6 is now on row 4
   */
  deleteRows(row: number, count: number): void {
    cellsWithoutRows(this.looks, row, count);
    cellsWithoutRows(this.links, row, count);
    const heights = [...this.heights].filter(([r]) => r < row || r >= row + count);
    this.heights.clear();
    for (const [r, height] of heights) this.heights.set(r < row ? r : r - count, height);
    const cut = (range: CellRange) => rangeWithoutRows(range, row, count);
    const merges = this.mergeList.flatMap((merge) => cut(merge) ?? []);
    this.mergeList.splice(0, this.mergeList.length, ...merges);
    const validations = this.validationList.flatMap((validation) => {
      const range = cut(validation.range);
      return range ? [{ ...validation, range }] : [];
    });
    this.validationList.splice(0, this.validationList.length, ...validations);
    const charts = this.chartList.flatMap((chart) => {
      const categories = cut(chart.categories);
      const anchor = cut(chart.anchor);
      const series = chart.series.flatMap((one) => {
        const values = cut(one.values);
        return values ? [{ ...one, values }] : [];
      });
      if (!categories || !anchor || series.length < chart.series.length) return [];
      return [{ ...chart, categories, anchor, series }];
    });
    this.chartList.splice(0, this.chartList.length, ...charts);
  }

  /** Adds a chart drawn over the sheet. @example decor.addChart({ kind: "funnel", title: "漏斗", … }) */
  addChart(chart: ChartSpec): void {
    this.chartList.push(chart);
  }

  /** The sheet's charts, in the order added. @example decor.charts().length // 4 */
  charts(): readonly ChartSpec[] {
    return this.chartList;
  }
}
