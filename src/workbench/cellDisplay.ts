/**
 * How the grid shows a computed value: Excel's General format for numbers (or the column's or cell's date,
 * amount or percent format), TRUE/FALSE for booleans, the error code for errors; numbers to the right, text to
 * the left, the rest centred — as Excel aligns them.
 */
import { DetailedCellError, type CellValue } from "hyperformula";
import { isoDate, MAX_SERIAL } from "../core/kernel";
import type { ColumnFormat } from "./engine/workbookEngine";

/** The text of a cell and how it is aligned. */
export interface CellDisplay {
  readonly text: string;
  readonly align: "left" | "right" | "center";
  /** The error's message, when the value is an error (shown as the cell's tooltip). */
  readonly error?: string;
}

const amountFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
/** The first serial a date column shows as a date (1900-03-01): smaller numbers there are counts, not dates. */
const FIRST_SHOWN_DATE = 61;

/**
 * A number in Excel's General format: integers as they are, other numbers to 10 significant digits.
 * Tested surface: exported for its tests.
 * @example generalNumber(0.1 + 0.2) // "0.3"
 * @example generalNumber(1234567) // "1234567"
 */
export function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(10)));
}

/**
 * The grid's format for an Excel number format of a sheet spec: "0%" → percent, "yyyy-mm-dd" → date,
 * "#,##0" → amount; `undefined` for none or one the grid does not imitate.
 * @example displayFormat("0%") // "percent"
 * @example displayFormat("yyyy-mm-dd") // "date"
 */
export function displayFormat(numberFormat: string | undefined): ColumnFormat | undefined {
  if (numberFormat === undefined) return undefined;
  const unquoted = numberFormat.replace(/"[^"]*"|\\./g, "");
  if (unquoted.includes("%")) return "percent";
  if (/[yd]/i.test(unquoted)) return "date";
  if (/[#0]/.test(unquoted)) return "amount";
  return undefined;
}

/**
 * How the grid shows `value` in a column of `format`.
 * @example cellDisplay(45838, "date") // { text: "2025-06-30", align: "right" }
 * @example cellDisplay(true, "general") // { text: "TRUE", align: "center" }
 */
export function cellDisplay(value: CellValue, format: ColumnFormat): CellDisplay {
  if (value === null || value === undefined) return { text: "", align: "left" };
  if (value instanceof DetailedCellError) return { text: value.value, align: "center", error: value.message };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", align: "center" };
  if (typeof value === "number") {
    if (format === "date" && value >= FIRST_SHOWN_DATE && value < MAX_SERIAL + 1)
      return { text: isoDate(value), align: "right" };
    if (format === "amount") return { text: amountFormat.format(value), align: "right" };
    if (format === "percent")
      return { text: `${generalNumber(Math.round(value * 10_000) / 100)}%`, align: "right" };
    return { text: generalNumber(value), align: "right" };
  }
  return { text: String(value), align: "left" };
}
