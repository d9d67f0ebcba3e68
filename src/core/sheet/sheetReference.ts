/**
 * References to another sheet's cells in a formula ('二次评估 (2)'!$D$8:$D$12), and A1 addresses read back from a
 * workbook (a name's range as the gateway lists it) as ranges.
 */
import { rangeAddress } from "./a1";
import type { CellRange } from "./sheetSpec";

/**
 * A reference to `range` of `sheet`, absolute, the sheet name always quoted (a ' doubled): HyperFormula does not
 * parse an unquoted sheet name of Chinese characters, and Excel reads both.
 * @example sheetReference("二次评估", { row: 7, col: 3, rows: 5, cols: 1 }) // "'二次评估'!$D$8:$D$12"
 */
export function sheetReference(sheet: string, range: CellRange): string {
  return `'${sheet.replace(/'/g, "''")}'!${rangeAddress(range, true)}`;
}

const COLUMN = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/**
 * An A1 address of one sheet ("D8", "$D$8:$D$14", lower case too) as a range; undefined for anything else (a
 * broken reference, a whole column, several areas).
 * @example parseCellRange("$D$8:$D$14") // { row: 7, col: 3, rows: 7, cols: 1 }
 * @example parseCellRange("#REF!") // undefined
 */
export function parseCellRange(address: string): CellRange | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(address.trim());
  if (match === null) return undefined;
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  const [top, bottom] = [Number(r1) - 1, Number(r2) - 1].sort((a, b) => a - b);
  const [left, right] = [COLUMN(c1.toUpperCase()), COLUMN(c2.toUpperCase())].sort((a, b) => a - b);
  if (top < 0) return undefined;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
