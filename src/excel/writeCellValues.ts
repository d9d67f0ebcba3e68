/**
 * Writing numbers into single cells of an existing sheet through Office.js: every cell queued as `range.values`
 * (a value, never a formula; the cell's format kept), then one `context.sync()`. A sheet that does not exist makes
 * Excel refuse the whole batch (ItemNotFound): nothing is written.
 */
import { ok, type Result } from "../core/kernel";
import { checkCellValues } from "./cellValues";
import type { CellValue } from "./gateway";

/**
 * Writes `cells` into `sheet` in one round trip.
 * @example await writeCellValuesInExcel(context, "Stage settings", [{ address: "B4", value: 0.3 }]) // ok({ written: 1 })
 */
export async function writeCellValuesInExcel(
  context: Excel.RequestContext,
  sheet: string,
  cells: readonly CellValue[],
): Promise<Result<{ readonly written: number }>> {
  const checked = checkCellValues(sheet, cells);
  if (!checked.ok) return checked;
  if (checked.value.length === 0) return ok({ written: 0 });
  const worksheet = context.workbook.worksheets.getItem(sheet);
  for (const cell of checked.value) worksheet.getRange(cell.address).values = [[cell.value]];
  await context.sync();
  return ok({ written: checked.value.length });
}
