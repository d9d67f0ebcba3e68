/**
 * Listing every sheet's sheet-scoped names through Office.js (`worksheet.names`, ExcelApi 1.4), each with the
 * address it points at now: the add-in finds its evaluation sheets by these names (core/reviews), whatever the
 * sheets are called and wherever rows were inserted. Three round trips whatever the workbook's size: the sheets,
 * their names, the names' ranges (`getRangeOrNullObject`: a broken name is a null object, listed as `null`).
 */
import { ok, type Result } from "../core/kernel";
import type { SheetNames } from "../core/reviews";
import { splitAddress } from "./sheetAddress";

/** The part of an address after its sheet, made absolute ("'二次评估'!D8:D14" → "$D$8:$D$14"). */
function localAbsolute(address: string): string {
  return splitAddress(address).address.replace(/\$?([A-Z]{1,3})\$?(\d+)/g, "$$$1$$$2");
}

/**
 * Lists the sheet-scoped names of every sheet of the workbook, in tab order.
 * @example await listSheetScopedNamesInExcel(context) // ok([{ sheet: "二次评估", names: [{ name: "FUNNEL_EVAL_ID", address: "$M$1" }] }])
 */
export async function listSheetScopedNamesInExcel(
  context: Excel.RequestContext,
): Promise<Result<SheetNames[]>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const sheets = worksheets.items.map((item) => {
    const names = context.workbook.worksheets.getItem(item.name).names;
    names.load("items/name");
    return { sheet: item.name, names };
  });
  await context.sync();
  const ranges = sheets.map(({ sheet, names }) => ({
    sheet,
    names: names.items.map((item) => {
      const range = item.getRangeOrNullObject();
      range.load("address");
      return { name: item.name, range };
    }),
  }));
  await context.sync();
  return ok(
    ranges.map(({ sheet, names }) => ({
      sheet,
      names: names.map(({ name, range }) => ({
        name,
        address: range.isNullObject ? null : localAbsolute(range.address),
      })),
    })),
  );
}
