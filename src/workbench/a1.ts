/**
 * A1 addresses of the grid: positions (0-based row and column) written as "B2" with core's A1 helpers, and
 * addresses typed into the name box read back into positions.
 */
import { cellAddress, columnLetters } from "../core/sheet";

export { columnLetters };

/** A cell position: 0-based row and column. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Excel's last column (XFD) and last row, 0-based. */
const MAX_COLUMN = 16_383;
export const MAX_ROW = 1_048_575;

/**
 * The A1 address of a position.
 * @example a1Address({ row: 1, col: 1 }) // "B2"
 */
export function a1Address(position: CellPosition): string {
  return cellAddress(position.row, position.col);
}

/**
 * The position of an A1 address (letters in any case, `$` allowed, surrounding spaces ignored), or
 * `undefined` when it is not a cell address inside Excel's grid.
 * @example parseA1("b2") // { row: 1, col: 1 }
 * @example parseA1("$C$10") // { row: 9, col: 2 }
 * @example parseA1("B0") // undefined
 */
export function parseA1(text: string): CellPosition | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(text.trim());
  if (!match) return undefined;
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  const position = { row: Number(match[2]) - 1, col: col - 1 };
  return position.col <= MAX_COLUMN && position.row <= MAX_ROW ? position : undefined;
}

/**
 * A cell's address with its sheet, as Excel writes it: the sheet name quoted when it holds anything but
 * letters, digits, "_" and "." (or starts with a digit), a quote inside doubled.
 * @example qualifiedAddress("Sheet1", { row: 4, col: 2 }) // "Sheet1!C5"
 * @example qualifiedAddress("Q3 pipeline", { row: 0, col: 0 }) // "'Q3 pipeline'!A1"
 */
export function qualifiedAddress(sheet: string, position: CellPosition): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${a1Address(position)}`;
}
