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
 * A cell's own Excel number format as the grid imitates it: the kind of figure, the decimals it shows, whether it
 * groups thousands, and the quoted words before the number ("When made "#,##0 → "When made ").
 */
export interface CellFormat {
  readonly kind: ColumnFormat;
  readonly decimals: number;
  readonly grouped: boolean;
  readonly prefix: string;
}

/**
 * The grid's format for an Excel number format of a sheet spec (its first section): "0.0%" → a percentage with
 * one decimal, "yyyy-mm-dd" → a date, "#,##0" → a grouped amount without decimals; `undefined` for none or one
 * the grid does not imitate.
 * @example displayFormat("0.0%") // { kind: "percent", decimals: 1, grouped: false, prefix: "" }
 * @example displayFormat("yyyy-mm-dd")?.kind // "date"
 */
export function displayFormat(numberFormat: string | undefined): CellFormat | undefined {
  if (numberFormat === undefined) return undefined;
  const section = numberFormat.split(";")[0];
  const unquoted = section.replace(/"[^"]*"|\\./g, "");
  const decimals = /\.(0+)/.exec(unquoted)?.[1].length ?? 0;
  const grouped = unquoted.includes(",");
  const prefix = /^"([^"]*)"/.exec(section)?.[1] ?? "";
  const kind: ColumnFormat | undefined = unquoted.includes("%")
    ? "percent"
    : /[yd]/i.test(unquoted)
      ? "date"
      : /[#0]/.test(unquoted)
        ? "amount"
        : undefined;
  return kind === undefined ? undefined : { kind, decimals, grouped, prefix };
}

/** A number in a cell's own format: its decimals, grouped or not, a percentage times 100. */
function formattedNumber(value: number, format: CellFormat): string {
  const shown = format.kind === "percent" ? value * 100 : value;
  const text = new Intl.NumberFormat("en-US", {
    minimumFractionDigits: format.decimals,
    maximumFractionDigits: format.decimals,
    useGrouping: format.grouped,
  }).format(shown);
  return `${format.prefix}${text}${format.kind === "percent" ? "%" : ""}`;
}

/**
 * How the grid shows `value` in a column of `format`, or in a cell's own format (its decimals and words).
 * @example cellDisplay(45838, "date") // { text: "2025-06-30", align: "right" }
 * @example cellDisplay(true, "general") // { text: "TRUE", align: "center" }
 * @example cellDisplay(561026.32, displayFormat("#,##0")!) // { text: "561,026", align: "right" }
 */
export function cellDisplay(value: CellValue, format: ColumnFormat | CellFormat): CellDisplay {
  if (value === null || value === undefined) return { text: "", align: "left" };
  if (value instanceof DetailedCellError) return { text: value.value, align: "center", error: value.message };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", align: "center" };
  const kind = typeof format === "string" ? format : format.kind;
  if (typeof value === "number") {
    if (kind === "date" && value >= FIRST_SHOWN_DATE && value < MAX_SERIAL + 1)
      return { text: isoDate(value), align: "right" };
    if (typeof format !== "string" && kind !== "date" && kind !== "general")
      return { text: formattedNumber(value, format), align: "right" };
    if (kind === "amount") return { text: amountFormat.format(value), align: "right" };
    if (kind === "percent")
      return { text: `${generalNumber(Math.round(value * 10_000) / 100)}%`, align: "right" };
    return { text: generalNumber(value), align: "right" };
  }
  return { text: String(value), align: "left" };
}
