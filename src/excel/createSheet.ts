/**
 * Creating a sheet from a spec in Excel, in three `context.sync()` round trips: (1) read the workbook's sheet,
 * name and table names, and its date system (dateSystem.ts: the spec's dates are written in it); (2) add the sheet under a free name and queue the spec's main write (see renderSheet.ts);
 * (3) finish it — native funnel charts, links, print scaling, activation and frozen panes, protection — in one
 * request whose parts Excel may refuse one by one without costing the sheet: each refused part is one more round
 * trip and a note in the result (see finishSheet.ts). Only when (2) fails does a further sync delete what it
 * left — through the sheet and names objects this call added, never by name, so that a sheet or a name someone
 * else made meanwhile under the same name stays — and the workbook is as it was. (A spec too large for one
 * request — no template is — is sent in parts of ~4 MB, one more round trip each; see requestBudget.ts.)
 *
 * Requirement sets: worksheets, names and tables collections, Worksheet.add/delete ExcelApi 1.1;
 * NamedItem.delete ExcelApi 1.4; the rendering itself, see renderSheet.ts and finishSheet.ts (up to ExcelApi 1.9).
 */
import { type Bilingual, type DateSystem, fail, ok, type Result } from "../core/kernel";
import { planNames, uniqueSheetName, type SheetSpec, checkSheetSpec, specInDateSystem } from "../core/sheet";
import { queueDateSystem } from "./dateSystem";
import { errorCode, excelErrorDetail } from "./excelErrors";
import { finishSheet, sheetFinishing } from "./finishSheet";
import type { SheetWritten } from "./gateway";
import { drawsFunnelCharts, queueSheetSpec, type AddedItems, type RenderOptions } from "./renderSheet";
import { requestBudget } from "./requestBudget";

/**
 * The failure of a sheet Excel refused midway, with Excel's code and the call that failed: nothing of it was
 * kept, or — when `removed` is false — what was written of it could not be removed either, and the user is asked
 * to delete it.
 * @example notCreated("二次评估", new Error("InvalidArgument")) // fail("VALUE", "Could not create the sheet …")
 */
export function notCreated(sheet: string, error: unknown, removed = true): Result<never> {
  const detail = excelErrorDetail(error);
  const message: Bilingual = removed
    ? {
        zh: `无法创建工作表“${sheet}”：${detail.zh}。已撤销，工作簿未做任何更改。`,
        en: `Could not create the sheet "${sheet}": ${detail.en}. It was removed; the workbook is unchanged.`,
      }
    : {
        zh: `无法创建工作表“${sheet}”：${detail.zh}。Excel 也未能删除写了一半的工作表“${sheet}”，请手动删除它。`,
        en: `Could not create the sheet "${sheet}": ${detail.en}. Excel could not remove the half-written sheet "${sheet}" either; please delete it.`,
      };
  return fail("VALUE", message);
}

/** The codes of a deletion that found nothing to delete: the add never took, or it was removed already. */
const NOTHING_THERE = new Set(["ItemNotFound", "InvalidObjectPath"]);

/**
 * Deletes the sheet and the workbook names a failed batch may have added, through the objects that batch's
 * `worksheets.add` and `names.add` returned — never by name: when the add itself failed (the name taken
 * meanwhile, by a co-author or a second run), the sheet or name of that name is someone else's. Resolves
 * whether nothing of them is left. The batch stopped at its first error, so the sheet (deleted first) and the
 * names exist up to the first that was never added; deleting that one finds nothing and ends this batch too,
 * which is fine. Any other failure — the request refused, say while the user edits a cell — leaves the sheet.
 * @example await removeHalfWritten(context, sheet, added.names) // true
 */
export async function removeHalfWritten(
  context: Excel.RequestContext,
  sheet: Pick<Excel.Worksheet, "delete">,
  names: readonly Pick<Excel.NamedItem, "delete">[],
): Promise<boolean> {
  sheet.delete();
  for (const name of names) name.delete();
  try {
    await context.sync();
    return true;
  } catch (error) {
    return NOTHING_THERE.has(errorCode(error) ?? "");
  }
}

/**
 * The result of a sheet written: its name, and the notes on what Excel refused, when there are any.
 * @example written("二次评估", []) // { sheet: "二次评估" }
 */
export function written(sheet: string, notes: readonly Bilingual[]): SheetWritten {
  return notes.length > 0 ? { sheet, notes } : { sheet };
}

/** The names a new sheet must not take, and the workbook's date system, as read in one round trip. */
export interface TakenNames {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
  readonly tables: readonly string[];
  readonly dateSystem: DateSystem;
}

/**
 * Reads the workbook's sheet, name and table names and its date system in one round trip: what the add-in
 * reads before it adds a sheet under a free name (a template, an imported table).
 * @example const taken = await readTakenNames(context); uniqueSheetName("商机导出", taken.sheets)
 */
export async function readTakenNames(context: Excel.RequestContext): Promise<TakenNames> {
  const { worksheets, names, tables } = context.workbook;
  worksheets.load("items/name");
  names.load("items/name");
  tables.load("items/name");
  const dateSystem = queueDateSystem(context);
  await context.sync();
  return {
    sheets: worksheets.items.map((sheet) => sheet.name),
    names: names.items.map((name) => name.name),
    tables: tables.items.map((table) => table.name),
    dateSystem: dateSystem(),
  };
}

/**
 * Adds a new sheet named after `spec.name` (made unique: "二次评估 (2)"), renders the spec into it and
 * activates it; resolves with the name used and the notes on what Excel refused of finishing it. Never writes
 * over an existing sheet, cell or name.
 * @example await Excel.run((context) => createSheetInExcel(context, buildSecondary({ language: "zh" })))
 */
export async function createSheetInExcel(
  context: Excel.RequestContext,
  spec: SheetSpec,
  options: RenderOptions = {},
): Promise<Result<SheetWritten>> {
  const checked = checkSheetSpec(spec);
  if (!checked.ok) return checked;
  const taken = await readTakenNames(context);
  const dated = specInDateSystem(spec, taken.dateSystem);

  const sheetName = uniqueSheetName(spec.name, taken.sheets);
  const plan = planNames(spec, taken.names, taken.tables);
  const sheet = context.workbook.worksheets.add(sheetName);
  const added: AddedItems = { names: [] };
  try {
    await queueSheetSpec(context, sheet, dated, plan, requestBudget(context, 1), options, added);
    await context.sync();
  } catch (error) {
    return notCreated(sheetName, error, await removeHalfWritten(context, sheet, added.names));
  }
  const notes = await finishSheet(
    context,
    sheetFinishing(sheet, spec, { funnelChart: drawsFunnelCharts(options) }),
  );
  return ok(written(sheetName, notes));
}
