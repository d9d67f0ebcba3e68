/**
 * Checking the numbers the task pane writes into single cells (`writeCellValues`) before any gateway writes one:
 * each address one cell in A1 form, each value a finite number. Shared by the three gateways so they refuse alike.
 * No Office.js here.
 */
import { fail, ok, type Result } from "../core/kernel";
import { parseCellRange } from "../core/sheet";
import type { CellValue } from "./gateway";

/** A cell write checked: its 0-based row and column and the number. */
export interface CheckedCellValue {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly value: number;
}

/**
 * The cells to write, checked: a VALUE failure naming the first address that is not one cell or the first value
 * that is not a finite number.
 * @example checkCellValues("Stage settings", [{ address: "B4", value: 0.3 }]) // ok([{ address: "B4", row: 3, col: 1, value: 0.3 }])
 * @example checkCellValues("Stage settings", [{ address: "B4:B5", value: 0.3 }]).ok // false
 */
export function checkCellValues(sheet: string, cells: readonly CellValue[]): Result<CheckedCellValue[]> {
  const checked: CheckedCellValue[] = [];
  for (const { address, value } of cells) {
    const range = parseCellRange(address);
    if (range === undefined || range.rows !== 1 || range.cols !== 1) {
      return fail("VALUE", {
        zh: `“${address}”不是工作表“${sheet}”中的单个单元格地址。`,
        en: `“${address}” is not the address of one cell of the sheet “${sheet}”.`,
      });
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      return fail("VALUE", {
        zh: `要写入“${sheet}”${address} 的值不是有效数字。`,
        en: `The value to write into ${address} of “${sheet}” is not a valid number.`,
      });
    }
    checked.push({
      address: address.replace(/\$/g, "").toUpperCase(),
      row: range.row,
      col: range.col,
      value,
    });
  }
  return ok(checked);
}
