/**
 * The date cells of a sheet spec, and writing them in a workbook's date system. A spec's dates are 1900-system
 * serials (core's system, kernel/dates.ts). A cell is a date cell when it holds a number and its number format
 * shows a date — exactly when Excel shows it as a day, and so exactly when the day shown depends on the
 * workbook's date system (kernel/dateSystems.ts). A renderer into a 1904 workbook writes the spec that
 * {@link specInDateSystem} gives, so every date shows the day it was built with. Times of day alone ("hh:mm")
 * and other numbers are left as they are; formulas too (TODAY() and DATE() answer in the workbook's system).
 */
import { type DateSystem, fromSerial1900 } from "../kernel";
import type { CellSpec, SheetSpec } from "./sheetSpec";

/** Quoted text, a backslash escape, a [bracketed] part (colour, locale, condition): none of it is a date code. */
const LITERALS = /"[^"]*"|\\.|\[[^\]]*\]/g;

/**
 * Whether an Excel number format shows a date: outside quoted text, escapes and brackets it has a day or year
 * code (d, y) or a month name (mmm). "hh:mm" and "mm:ss" show a time only.
 * @example showsDate("yyyy-mm-dd") // true
 * @example showsDate("mmm") // true
 * @example showsDate('0.0 "days"') // false
 * @example showsDate("hh:mm") // false
 * @example showsDate("General") // false
 */
export function showsDate(numberFormat: string): boolean {
  const codes = numberFormat.replace(LITERALS, "").toLowerCase();
  return /[dy]/.test(codes) || codes.includes("mmm");
}

/**
 * Whether a cell of a spec is a date cell: a number shown with a date format.
 * @example isDateCell({ row: 0, col: 0, value: 45839, style: { numberFormat: "yyyy-mm-dd" } }) // true
 * @example isDateCell({ row: 0, col: 0, value: 45839 }) // false
 */
export function isDateCell(cell: CellSpec): boolean {
  const format = cell.style?.numberFormat;
  return typeof cell.value === "number" && format !== undefined && showsDate(format);
}

/**
 * The spec to write into a workbook of `system`: in a 1904 workbook its date cells hold the serials of the
 * same days there; in a 1900 workbook the spec itself.
 * @example specInDateSystem(spec, 1904).cells[0].value // 44377 where spec's date cell holds 45839 (2025-07-01)
 */
export function specInDateSystem(spec: SheetSpec, system: DateSystem): SheetSpec {
  if (system === 1900 || !spec.cells.some(isDateCell)) return spec;
  const cells = spec.cells.map((cell) =>
    isDateCell(cell) ? { ...cell, value: fromSerial1900(cell.value as number, system) } : cell,
  );
  return { ...spec, cells };
}
