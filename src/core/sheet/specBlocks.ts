/**
 * A sheet spec cut into the few large pieces a renderer writes in one call each, instead of one call per cell:
 * blocks of cell contents (the rows the cells span, a chunk of rows at a time), rectangles of cells that look
 * the same (same style, same input flag), and runs of columns of the same width.
 */
import { cellInput } from "./cellInput";
import type { CellRange, CellSpec, CellStyle, SheetSpec } from "./sheetSpec";

/** What goes into a rectangle of cells: a formula, a literal (text made literal) or "" per cell. */
export interface ContentBlock {
  readonly range: CellRange;
  readonly inputs: readonly (readonly (string | number | boolean)[])[];
}

/** How a set of cells looks: the spec's style and whether the cells are inputs. */
export interface CellLook {
  readonly style: CellStyle;
  readonly input: boolean;
}

/**
 * The fill of input cells whose style gives none: a pale yellow, so the cells to fill stand out.
 * Tested surface: exported for its tests.
 */
export const INPUT_FILL = "#FFF8E1";

/**
 * The fill a look shows: its style's, else the input fill for an input, else none.
 * @example lookFill({ style: {}, input: true }) // "#FFF8E1"
 */
export function lookFill(look: CellLook): string | undefined {
  return look.style.fill ?? (look.input ? INPUT_FILL : undefined);
}

/** A rectangle of cells that all look the same. */
export interface StyleBlock extends CellLook {
  readonly range: CellRange;
}

/** Consecutive columns of one width (points). */
export interface ColumnRun {
  readonly col: number;
  readonly cols: number;
  readonly width: number;
}

/**
 * Rows per content block: keeps one call's matrix small; the Excel layer keeps each request (a sync) under
 * 4 MB (src/excel/requestBudget.ts).
 */
const CONTENT_BLOCK_ROWS = 500;

/**
 * The cells' contents as blocks covering the columns the cells span, at most `maxRows` rows each; cells the
 * spec does not list are written as "" (the sheet is new, so that changes nothing).
 * @example contentBlocks({ name: "S", cells: [{ row: 1, col: 1, value: "a" }, { row: 2, col: 2, formula: "=1" }] })
 * // [{ range: { row: 1, col: 1, rows: 2, cols: 2 }, inputs: [["a", ""], ["", "=1"]] }]
 */
export function contentBlocks(spec: Pick<SheetSpec, "cells">, maxRows = CONTENT_BLOCK_ROWS): ContentBlock[] {
  const cells = spec.cells.filter((cell) => cell.value !== undefined || cell.formula !== undefined);
  if (cells.length === 0) return [];
  let [top, bottom, left, right] = [cells[0].row, cells[0].row, cells[0].col, cells[0].col];
  for (const { row, col } of cells) {
    [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
    [left, right] = [Math.min(left, col), Math.max(right, col)];
  }
  const cols = right - left + 1;
  const blocks: { range: CellRange; inputs: (string | number | boolean)[][] }[] = [];
  for (let row = top; row <= bottom; row += maxRows) {
    const rows = Math.min(maxRows, bottom - row + 1);
    const inputs = Array.from({ length: rows }, () => new Array<string | number | boolean>(cols).fill(""));
    blocks.push({ range: { row, col: left, rows, cols }, inputs });
  }
  for (const cell of cells) {
    const block = blocks[Math.floor((cell.row - top) / maxRows)];
    block.inputs[cell.row - block.range.row][cell.col - left] = cellInput(cell);
  }
  return blocks;
}

/**
 * A key equal for equal looks, whatever the order of the style's properties.
 * Tested surface: exported for its tests.
 * @example lookKey({ style: { bold: true, wrap: true }, input: false }) === lookKey({ style: { wrap: true, bold: true }, input: false }) // true
 */
export function lookKey(look: CellLook): string {
  const entries = Object.entries(look.style)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([look.input, entries]);
}

const lookOf = (cell: CellSpec): CellLook | undefined =>
  cell.style === undefined && !cell.input
    ? undefined
    : { style: cell.style ?? {}, input: cell.input === true };

/**
 * The styled and input cells as rectangles of cells that look the same: runs along each row, stacked into one
 * rectangle while the rows below repeat the same run.
 * @example styleBlocks({ name: "S", cells: [{ row: 0, col: 0, input: true }, { row: 1, col: 0, input: true }] })
 * // [{ range: { row: 0, col: 0, rows: 2, cols: 1 }, style: {}, input: true }]
 */
export function styleBlocks(spec: Pick<SheetSpec, "cells">): StyleBlock[] {
  const byRow = new Map<number, { col: number; key: string; look: CellLook }[]>();
  for (const cell of spec.cells) {
    const look = lookOf(cell);
    if (look === undefined) continue;
    const row = byRow.get(cell.row) ?? [];
    row.push({ col: cell.col, key: lookKey(look), look });
    byRow.set(cell.row, row);
  }
  const done: StyleBlock[] = [];
  let open = new Map<string, { range: CellRange; look: CellLook }>();
  let previousRow = Number.NEGATIVE_INFINITY;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const runs: { col: number; cols: number; key: string; look: CellLook }[] = [];
    for (const cell of byRow.get(row)!.sort((a, b) => a.col - b.col)) {
      const last = runs[runs.length - 1];
      if (last && last.key === cell.key && last.col + last.cols === cell.col) last.cols += 1;
      else runs.push({ col: cell.col, cols: 1, key: cell.key, look: cell.look });
    }
    const next = new Map<string, { range: CellRange; look: CellLook }>();
    for (const run of runs) {
      const id = `${run.col}:${run.cols}:${run.key}`;
      const above = row === previousRow + 1 ? open.get(id) : undefined;
      if (above) {
        open.delete(id);
        next.set(id, { range: { ...above.range, rows: above.range.rows + 1 }, look: above.look });
      } else {
        next.set(id, { range: { row, col: run.col, rows: 1, cols: run.cols }, look: run.look });
      }
    }
    for (const block of open.values()) done.push({ range: block.range, ...block.look });
    open = next;
    previousRow = row;
  }
  for (const block of open.values()) done.push({ range: block.range, ...block.look });
  return done.sort((a, b) => a.range.row - b.range.row || a.range.col - b.range.col);
}

/**
 * The column widths as runs of consecutive columns of the same width.
 * @example columnRuns({ 0: 80, 1: 80, 3: 120 }) // [{ col: 0, cols: 2, width: 80 }, { col: 3, cols: 1, width: 120 }]
 */
export function columnRuns(widths: Readonly<Record<number, number>> = {}): ColumnRun[] {
  const runs: ColumnRun[] = [];
  const columns = Object.keys(widths)
    .map(Number)
    .sort((a, b) => a - b);
  for (const col of columns) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.cols === col && last.width === widths[col]) {
      runs[runs.length - 1] = { ...last, cols: last.cols + 1 };
    } else runs.push({ col, cols: 1, width: widths[col] });
  }
  return runs;
}
