/**
 * The cells of the recording Excel as a grid to read: A1 addresses and their rectangles, a dense block of
 * values per sheet (a large table costs an array, not a map entry per cell), the values of a rectangle and a
 * sheet's used range. Never shipped.
 */

/** Excel's grid. */
const ROWS = 1_048_576;
const COLUMNS = 16_384;

/** A 0-based rectangle. */
export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return col - 1;
}

const letters = (col: number): string =>
  col < 26 ? String.fromCharCode(65 + col) : letters(Math.floor(col / 26) - 1) + letters(col % 26);

/** The rectangle of an address: "B2", "B2:D9", "$B$2:$D$9", "B:D" (whole columns), "3:5" (whole rows). */
export function parseRange(address: string): Box {
  const plain = address.replace(/\$/g, "");
  const [first, last = first] = plain.split(":");
  const cell = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/i.exec(text);
    if (!match) throw new Error(`InvalidArgument: not an address: ${address}`);
    return {
      col: match[1] ? columnIndex(match[1]) : undefined,
      row: match[2] ? Number(match[2]) - 1 : undefined,
    };
  };
  const a = cell(first);
  const b = cell(last);
  const row = a.row ?? 0;
  const col = a.col ?? 0;
  return {
    row,
    col,
    rows: a.row === undefined ? ROWS : (b.row ?? row) - row + 1,
    cols: a.col === undefined ? COLUMNS : (b.col ?? col) - col + 1,
  };
}

/** The A1 address of a 0-based cell. */
export const addressOf = (row: number, col: number): string => `${letters(col)}${row + 1}`;

/** The A1 address of a rectangle ("B2" for one cell). */
export const boxAddress = (box: Box): string =>
  box.rows === 1 && box.cols === 1
    ? addressOf(box.row, box.col)
    : `${addressOf(box.row, box.col)}:${addressOf(box.row + box.rows - 1, box.col + box.cols - 1)}`;

/** A dense block of values on a sheet, its top-left cell at (row, col). */
export interface Grid {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly unknown[])[];
}

/** What a sheet holds to be read: cells written one by one (their input) and a dense grid. */
export interface Readable {
  readonly cells: ReadonlyMap<string, { input?: unknown }>;
  readonly grid?: Grid;
}

const blank = (value: unknown) => value === "" || value === null || value === undefined;

/** The values of a rectangle as Excel reads them: "" for blanks. */
export function readBox(sheet: Readable, box: Box): unknown[][] {
  const { grid, cells } = sheet;
  const values: unknown[][] = new Array(box.rows);
  for (let r = 0; r < box.rows; r++) {
    const row = box.row + r;
    // The grid's row once per row: a large grid may make its rows as they are asked for.
    const gridRow = grid && row >= grid.row ? grid.values[row - grid.row] : undefined;
    const line: unknown[] = (values[r] = new Array(box.cols));
    for (let c = 0; c < box.cols; c++) {
      const col = box.col + c;
      const input = cells.size > 0 ? cells.get(addressOf(row, col))?.input : undefined;
      const value = input ?? (grid && col >= grid.col ? gridRow?.[col - grid.col] : undefined);
      line[c] = blank(value) ? "" : value;
    }
  }
  return values;
}

/** The smallest rectangle holding every non-blank value of the sheet within `within`; undefined if none. */
export function usedBox(sheet: Readable, within?: Box): Box | undefined {
  const boxes: Box[] = [];
  for (const [address, cell] of sheet.cells) {
    if (!blank(cell.input)) boxes.push(parseRange(address));
  }
  const { grid } = sheet;
  if (grid && grid.values.length > 0) {
    boxes.push({ row: grid.row, col: grid.col, rows: grid.values.length, cols: grid.values[0].length });
  }
  const clipped = boxes.map((b) => (within ? intersect(b, within) : b)).filter((b) => b !== undefined);
  if (clipped.length === 0) return undefined;
  const top = Math.min(...clipped.map((b) => b.row));
  const left = Math.min(...clipped.map((b) => b.col));
  const bottom = Math.max(...clipped.map((b) => b.row + b.rows));
  const right = Math.max(...clipped.map((b) => b.col + b.cols));
  return { row: top, col: left, rows: bottom - top, cols: right - left };
}

function intersect(a: Box, b: Box): Box | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : undefined;
}
