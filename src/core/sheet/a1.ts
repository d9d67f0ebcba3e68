/**
 * A1 addresses for the formulas of sheet specs: column letters, cell and range addresses from the
 * 0-based rows and columns of {@link CellRange}, as Excel writes them in a formula.
 */
import type { CellRange } from "./sheetSpec";

/**
 * The letters of a 0-based column index.
 * @throws RangeError for a negative or fractional index (a programming error).
 * @example columnLetters(0) // "A"
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`Not a column index: ${col}`);
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The A1 address of a 0-based cell; `absolute` writes it as $B$2.
 * @throws RangeError for a negative or fractional index (a programming error).
 * @example cellAddress(1, 1) // "B2"
 * @example cellAddress(4, 3, true) // "$D$5"
 */
export function cellAddress(row: number, col: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Not a row index: ${row}`);
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(col)}${dollar}${row + 1}`;
}

/**
 * The A1 address of a range: "B2" for one cell, "B2:D9" otherwise; `absolute` adds the dollars.
 * @example rangeAddress({ row: 4, col: 3, rows: 7, cols: 1 }) // "D5:D11"
 */
export function rangeAddress(range: CellRange, absolute = false): string {
  const first = cellAddress(range.row, range.col, absolute);
  if (range.rows === 1 && range.cols === 1) return first;
  return `${first}:${cellAddress(range.row + range.rows - 1, range.col + range.cols - 1, absolute)}`;
}

/**
 * A range of one column from `row` down `rows` rows.
 * @example columnRange(4, 3, 7) // { row: 4, col: 3, rows: 7, cols: 1 }
 */
export function columnRange(row: number, col: number, rows: number): CellRange {
  return { row, col, rows, cols: 1 };
}

/**
 * Quotes a text for use inside a formula: "a" → "\"a\"", doubling any quote inside.
 * @example formulaText('说"是"') // "\"说\"\"是\"\"\""
 */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
