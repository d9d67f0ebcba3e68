/**
 * The rules of Excel's tables that the workbench's engine keeps (see workbookEngine.ts), as pure functions of
 * ranges: a table's name (valid, and free among the workbook's tables and names), how a range moves or shrinks
 * when sheet rows are deleted, and how far a table grows when a value is written in the row just below it
 * (Excel's auto-expansion). A table's range is its header row and its data rows: at least one data row, as in
 * Excel, where an empty table keeps one empty row.
 */
import { type CellRange, isValidRangeName } from "../../core/sheet";
import type { CellPosition } from "../a1";

/** Characters Excel refuses in a table name. */
const NOT_IN_TABLE_NAME = /[^\p{L}\p{N}_.\\]/gu;

/** The fewest rows of a table: its header and one data row. */
export const MIN_TABLE_ROWS = 2;

/**
 * A table name Excel accepts made from `wanted`: refused characters made "_", "_" put first when it would
 * start with a digit or read as a cell ("A1", "R1C1"), "Table" for nothing, at most 250 characters (room for a
 * number).
 * @example validTableName("deals 2024") // "deals_2024"
 * @example validTableName("A1") // "_A1"
 */
export function validTableName(wanted: string): string {
  let name = wanted.trim().replace(NOT_IN_TABLE_NAME, "_").slice(0, 250);
  if (name === "") return "Table";
  if (!isValidRangeName(name)) name = `_${name}`;
  return name;
}

/**
 * A valid table name made from `wanted` (see {@link validTableName}) that none of `taken` has (tables and
 * workbook names share one namespace, compared case-insensitively): the name, else "name_2", "name_3" …
 * @example freeTableName("Deals", ["deals"]) // "Deals_2"
 */
export function freeTableName(wanted: string, taken: readonly string[]): string {
  const base = validTableName(wanted);
  const used = new Set(taken.map((name) => name.toUpperCase()));
  let name = base;
  for (let n = 2; used.has(name.toUpperCase()); n++) name = `${base}_${n}`;
  return name;
}

/**
 * Where `range` is after sheet rows `row` … `row + count - 1` are deleted: moved up when they were above it,
 * shorter by those of its rows deleted, `undefined` when all its rows were.
 * @example rangeWithoutRows({ row: 5, col: 0, rows: 4, cols: 2 }, 0, 2) // { row: 3, col: 0, rows: 4, cols: 2 }
 * @example rangeWithoutRows({ row: 5, col: 0, rows: 4, cols: 2 }, 6, 10) // { row: 5, col: 0, rows: 1, cols: 2 }
 */
export function rangeWithoutRows(range: CellRange, row: number, count: number): CellRange | undefined {
  const end = range.row + range.rows;
  const deletedBefore = Math.max(0, Math.min(row + count, range.row) - row);
  const deletedInside = Math.max(0, Math.min(row + count, end) - Math.max(row, range.row));
  if (deletedInside === range.rows) return undefined;
  return { ...range, row: range.row - deletedBefore, rows: range.rows - deletedInside };
}

/**
 * A table's range after sheet rows are deleted (see {@link rangeWithoutRows}): `undefined` when its header row
 * was deleted (the table goes, its remaining cells stay as plain cells); at least a header and one data row.
 * @example tableWithoutRows({ row: 0, col: 0, rows: 5, cols: 3 }, 1, 4) // { row: 0, col: 0, rows: 2, cols: 3 }
 */
export function tableWithoutRows(table: CellRange, row: number, count: number): CellRange | undefined {
  if (row <= table.row && table.row < row + count) return undefined;
  const left = rangeWithoutRows(table, row, count);
  return left && { ...left, rows: Math.max(MIN_TABLE_ROWS, left.rows) };
}

const holdsValue = (value: unknown) => value !== null && value !== undefined && value !== "";

/**
 * The rows of a table after a block of values is written with its top-left cell at `topLeft`: when the block
 * puts a value in the row just below the table, within its columns, the table grows (as Excel's does) down to
 * the block's last row holding a value within those columns; otherwise it keeps its rows.
 * @example grownRows({ row: 0, col: 0, rows: 3, cols: 2 }, { row: 3, col: 1 }, [["x"], ["y"]]) // 5
 * @example grownRows({ row: 0, col: 0, rows: 3, cols: 2 }, { row: 3, col: 2 }, [["x"]]) // 3
 */
export function grownRows(
  table: CellRange,
  topLeft: CellPosition,
  block: readonly (readonly unknown[])[],
): number {
  const below = table.row + table.rows - topLeft.row;
  if (below < 0 || below >= block.length) return table.rows;
  const first = Math.max(0, table.col - topLeft.col);
  const last = table.col + table.cols - topLeft.col;
  const valueInColumns = (cells: readonly unknown[]) =>
    cells.slice(first, Math.max(first, last)).some(holdsValue);
  if (!valueInColumns(block[below])) return table.rows;
  let lastRow = below;
  for (let r = below + 1; r < block.length; r++) if (valueInColumns(block[r])) lastRow = r;
  return topLeft.row + lastRow - table.row + 1;
}

/**
 * Whether two ranges share a cell.
 * @example rangesOverlap({ row: 0, col: 0, rows: 2, cols: 2 }, { row: 1, col: 1, rows: 1, cols: 1 }) // true
 */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
