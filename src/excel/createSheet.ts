/**
 * Creating a sheet from a spec in Excel, in at most three `context.sync()` round trips: (1) read the workbook's
 * sheet, name and table names; (2) add the sheet under a free name, queue the whole spec, activate it; and
 * only when (2) fails, (3) delete what it left — the half-written sheet and the workbook names it added — so a
 * failure leaves the workbook as it was. (A spec too large for one request — no template is — is sent in parts
 * of ~4 MB in step 2, one more round trip each; see requestBudget.ts.)
 *
 * Requirement sets: worksheets, names and tables collections, Worksheet.add/activate/delete, Range.select
 * ExcelApi 1.1; NamedItem.delete ExcelApi 1.4; the rendering itself, see renderSheet.ts (up to ExcelApi 1.9).
 */
import { type Bilingual, errorDetail, fail, ok, type Result } from "../core/kernel";
import { planNames, uniqueSheetName, type SheetSpec, checkSheetSpec } from "../core/sheet";
import { queueSheetSpec } from "./renderSheet";
import { requestBudget } from "./requestBudget";

/**
 * The failure of a sheet Excel refused midway: nothing of it was kept, or — when `removed` is false — what was
 * written of it could not be removed either, and the user is asked to delete it.
 * @example notCreated("二次评估", new Error("InvalidArgument")) // fail("VALUE", "Could not create the sheet …")
 */
export function notCreated(sheet: string, error: unknown, removed = true): Result<never> {
  const detail = errorDetail(error);
  const message: Bilingual = removed
    ? {
        zh: `无法创建工作表“${sheet}”：${detail}。已撤销，工作簿未做任何更改。`,
        en: `Could not create the sheet "${sheet}": ${detail}. It was removed; the workbook is unchanged.`,
      }
    : {
        zh: `无法创建工作表“${sheet}”：${detail}。Excel 也未能删除写了一半的工作表“${sheet}”，请手动删除它。`,
        en: `Could not create the sheet "${sheet}": ${detail}. Excel could not remove the half-written sheet "${sheet}" either; please delete it.`,
      };
  return fail("VALUE", message);
}

/**
 * Deletes the sheet and the workbook names a failed batch may have added; resolves whether nothing of them is
 * left. The batch stopped at its first error, so the sheet (deleted first) and the names exist up to the first
 * missing one; deleting that one fails with ItemNotFound and ends this batch too, which is fine. Any other
 * failure — the request refused, say while the user edits a cell — leaves the sheet where it is.
 * @example await removeHalfWritten(context, "二次评估 (2)", ["FORM_RATING"]) // true
 */
export async function removeHalfWritten(
  context: Excel.RequestContext,
  sheet: string,
  names: readonly string[],
): Promise<boolean> {
  context.workbook.worksheets.getItem(sheet).delete();
  for (const name of names) context.workbook.names.getItem(name).delete();
  try {
    await context.sync();
    return true;
  } catch (error) {
    return (error as { code?: unknown } | null)?.code === "ItemNotFound";
  }
}

/**
 * Adds a new sheet named after `spec.name` (made unique: "二次评估 (2)"), renders the spec into it and
 * activates it; resolves with the name used. Never writes over an existing sheet, cell or name.
 * @example await Excel.run((context) => createSheetInExcel(context, buildSecondary({ language: "zh" })))
 */
export async function createSheetInExcel(
  context: Excel.RequestContext,
  spec: SheetSpec,
): Promise<Result<{ sheet: string }>> {
  const checked = checkSheetSpec(spec);
  if (!checked.ok) return checked;
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  const tables = context.workbook.tables;
  worksheets.load("items/name");
  names.load("items/name");
  tables.load("items/name");
  await context.sync();

  const sheetName = uniqueSheetName(
    spec.name,
    worksheets.items.map((sheet) => sheet.name),
  );
  const plan = planNames(
    spec,
    names.items.map((name) => name.name),
    tables.items.map((table) => table.name),
  );
  const sheet = worksheets.add(sheetName);
  try {
    await queueSheetSpec(context, sheet, spec, plan, requestBudget(context, 1));
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();
  } catch (error) {
    const removed = await removeHalfWritten(
      context,
      sheetName,
      plan.workbook.map((name) => name.name),
    );
    return notCreated(sheetName, error, removed);
  }
  return ok({ sheet: sheetName });
}
