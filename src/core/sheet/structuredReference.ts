/**
 * Excel's structured references to a table's columns (`Deals[Stage]`, `Deals[[Won date]:[Lost date]]`): what a
 * workbook name refers to so that it follows the table as rows are added, removed or refreshed.
 */
import type { TableColumnsRef } from "./sheetSpec";

/** Characters that Excel escapes with a single quote inside a column specifier. */
const ESCAPED = /['#[\]]/g;
/** Characters for which a column specifier needs its own brackets (Excel: "special characters" in a header). */
const SPECIAL = /[\s,:.'#[\]"{}$^&*+=\-<>/]/;

/** One column specifier, bracketed: `[Stage]`, or `[Close date]`'s escaped form where Excel needs it. */
function columnSpecifier(column: string): string {
  return `[${column.replace(ESCAPED, "'$&")}]`;
}

/**
 * The structured reference to the data rows of a table's columns, as a formula (without "="): one column as
 * `Table[Column]` (`Table[[Close date]]` when the header has a special character), a block of adjacent columns
 * as `Table[[First]:[Last]]`. Brackets, `#` and `'` in a header are escaped with `'`, as Excel writes them.
 * @throws RangeError for an empty table or column name (a programming error).
 * @example structuredReference({ table: "Deals", first: "Stage", last: "Stage" }) // "Deals[Stage]"
 * @example structuredReference({ table: "Deals", first: "Close date", last: "Close date" }) // "Deals[[Close date]]"
 * @example structuredReference({ table: "Deals", first: "目标", last: "成交" }) // "Deals[[目标]:[成交]]"
 */
export function structuredReference(ref: TableColumnsRef): string {
  if (ref.table === "" || ref.first === "" || ref.last === "") {
    throw new RangeError(`Not a table column reference: ${JSON.stringify(ref)}`);
  }
  if (ref.first !== ref.last) {
    return `${ref.table}[${columnSpecifier(ref.first)}:${columnSpecifier(ref.last)}]`;
  }
  const column = columnSpecifier(ref.first);
  return SPECIAL.test(ref.first) ? `${ref.table}[${column}]` : `${ref.table}${column}`;
}
