/**
 * What a renderer writes into a cell for a {@link CellSpec}: its formula, or its value as a literal. Excel (and
 * the workbench's engine) read typed text the way a user's typing is read — "=…" becomes a formula, "00123" a
 * number, "2024-01-01" a date, "TRUE" a boolean, "#N/A" an error — so text that would be read as anything but
 * itself gets a leading apostrophe, which both take as "this is text" and do not show.
 */
import type { CellSpec } from "./sheetSpec";

const MONTH_NAMES =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?[\s\-/,]*\d/i;
/**
 * First characters that start a formula, a number, a date, a currency amount or an error — also in their
 * full-width forms, which Excel in East Asian locales can read as the ASCII ones (full-width digits as a number).
 */
const NON_TEXT_START = /^[=+\-@#('.\d$¥￥€£＝＋－＠＃（．０-９＄]/;

/**
 * Whether Excel would read `text`, typed into a cell, as something other than that text.
 * Tested surface: exported for its tests.
 * @example readsAsNonText("=HYPERLINK(\"x\")") // true (a formula)
 * @example readsAsNonText("0042") // true (the number 42)
 * @example readsAsNonText("Contoso") // false
 */
export function readsAsNonText(text: string): boolean {
  const trimmed = text.trim();
  return (
    NON_TEXT_START.test(text) ||
    NON_TEXT_START.test(trimmed) ||
    /^(true|false)$/i.test(trimmed) ||
    MONTH_NAMES.test(trimmed)
  );
}

/**
 * Text as it must be written for the cell to hold exactly that text: with a leading apostrophe when Excel would
 * read it otherwise (see {@link readsAsNonText}).
 * Tested surface: exported for its tests.
 * @example literalText("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 * @example literalText("客户名称") // "客户名称"
 */
export function literalText(text: string): string {
  return readsAsNonText(text) ? `'${text}` : text;
}

/**
 * What to write into a cell: its formula, its value (text made literal, numbers and booleans as they are), or
 * "" for a styled blank.
 * @example cellInput({ formula: "=SUM(B2:B9)" }) // "=SUM(B2:B9)"
 * @example cellInput({ value: "=1+1" }) // "'=1+1"
 * @example cellInput({ value: 42 }) // 42
 */
export function cellInput(cell: Pick<CellSpec, "value" | "formula">): string | number | boolean {
  if (cell.formula !== undefined) return cell.formula;
  if (typeof cell.value === "string") return literalText(cell.value);
  return cell.value ?? "";
}
