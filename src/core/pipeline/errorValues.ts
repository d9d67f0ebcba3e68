/**
 * Excel error values in a table: Office.js hands a cell showing #N/A or #REF! over as that text. Such a
 * cell is not a stage, an amount or a date: it is reported as an error to fix, never read as text.
 */
import { type Bilingual, displayValue } from "../kernel";

const ERROR_TEXT =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|GETTING_DATA)$/;

/**
 * Whether a cell holds an Excel error value: its text as Office.js gives it, or an Error.
 * @example isErrorValue("#N/A") // true
 * @example isErrorValue("#1 priority") // false
 */
export function isErrorValue(cell: unknown): boolean {
  if (typeof cell === "string") return cell.charCodeAt(0) === 0x23 && ERROR_TEXT.test(cell.trim());
  return cell instanceof Error;
}

/**
 * Why an error cell cannot be read, naming the error and what to fix.
 * @example errorValueReason("#REF!").en // "The cell shows the error #REF!: fix its formula or reference first."
 */
export function errorValueReason(cell: unknown): Bilingual {
  const shown = cell instanceof Error ? cell.message || cell.name : displayValue(cell);
  return {
    zh: `单元格显示错误值 ${shown}：请先修正它的公式或引用。`,
    en: `The cell shows the error ${shown}: fix its formula or reference first.`,
  };
}
