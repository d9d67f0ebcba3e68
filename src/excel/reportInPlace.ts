/**
 * Regenerating a report in place: the earlier report's sheet is kept — its id, name and position, so that a
 * user's formulas that refer to its cells still resolve (deleting it would turn them to #REF!) — emptied of what
 * the add-in put there, and the new report is written into it. Emptying takes what the sheet holds, listed with
 * the workbook's sheets (see {@link HOLDINGS_OF_EVERY_SHEET}): its tables, charts and sheet-scoped names, each
 * deleted through the item Excel listed; then, over the whole sheet, protection lifted, contents, formats and
 * links cleared, merges undone, validations cleared, column widths and row heights back to the standard. (The
 * renderer sets no conditional formats. Frozen panes are undone while the report is finished, on the active sheet: office-js
 * #3148.) The report's page setup and print area are set again by the new report.
 *
 * When Excel refuses the write into the emptied sheet midway, a half report that looks complete must not stay:
 * {@link clearAfterFailure} reads what is left, empties the sheet again and writes a notice on it, in both
 * languages, with Excel's reason — the sheet and the user's references kept, the earlier report's contents not.
 *
 * Requirement sets: Worksheet.charts, tables ExcelApi 1.1; Worksheet.names ExcelApi 1.4; Table.delete,
 * Range.unmerge, RangeFormat.useStandardWidth/useStandardHeight, WorksheetProtection.unprotect ExcelApi 1.2;
 * Chart.delete, Range.clear ExcelApi 1.1; NamedItem.delete ExcelApi 1.4; DataValidation.clear ExcelApi 1.8;
 * freezePanes.unfreeze ExcelApi 1.7.
 */
import {
  earlierPanesKept,
  reportNotRegenerated,
  reportNotRegeneratedNotice,
  type Result,
} from "../core/kernel";
import { excelErrorDetail } from "./excelErrors";
import type { FinishingPart } from "./finishSheet";

/** What a report's sheet holds that goes with the report, as Excel listed it (loaded, then synced). */
export interface SheetHoldings {
  readonly charts: Pick<Excel.ChartCollection, "items">;
  readonly tables: Pick<Excel.TableCollection, "items">;
  readonly names: Pick<Excel.NamedItemCollection, "items">;
}

/**
 * What to load on the workbook's worksheet collection, with the sheets' names, so that each sheet's holdings are
 * listed in the same request (see {@link holdingsOf}): a regenerated report reads the earlier one's with the
 * workbook, at no round trip of its own.
 * @example context.workbook.worksheets.load(`items/name, ${HOLDINGS_OF_EVERY_SHEET}`)
 */
export const HOLDINGS_OF_EVERY_SHEET =
  "items/charts/items/name, items/tables/items/name, items/names/items/name";

/**
 * The holdings of `sheet`, an item of the worksheet collection loaded with {@link HOLDINGS_OF_EVERY_SHEET} and
 * synced.
 * @example const holdings = holdingsOf(worksheets.items[0]);
 */
export function holdingsOf(sheet: Excel.Worksheet): SheetHoldings {
  return { charts: sheet.charts, tables: sheet.tables, names: sheet.names };
}

/**
 * Queues the reading of what `sheet` holds that goes with a report (its charts, tables and sheet-scoped names):
 * listed at the next sync.
 * @example const holdings = loadHoldings(sheet); await context.sync(); queueEmptying(sheet, holdings);
 */
export function loadHoldings(sheet: Excel.Worksheet): SheetHoldings {
  sheet.charts.load("items/name");
  sheet.tables.load("items/name");
  sheet.names.load("items/name");
  return holdingsOf(sheet);
}

/**
 * Queues emptying `sheet` of a report: its tables, charts and sheet-scoped names as `holdings` listed them, then
 * over the whole sheet its protection, contents, formats, links, merges, validations, column widths and row
 * heights. Returns the number of calls queued (for the request's budget).
 * @example const calls = queueEmptying(sheet, holdings); await queueSheetSpec(context, sheet, spec, plan, requestBudget(context, calls));
 */
export function queueEmptying(sheet: Excel.Worksheet, holdings: SheetHoldings): number {
  sheet.protection.unprotect();
  for (const table of holdings.tables.items) table.delete();
  for (const chart of holdings.charts.items) chart.delete();
  for (const name of holdings.names.items) name.delete();
  const whole = sheet.getRange();
  whole.clear("All");
  whole.unmerge();
  whole.dataValidation.clear();
  whole.format.useStandardWidth = true;
  whole.format.useStandardHeight = true;
  const listed = holdings.tables.items.length + holdings.charts.items.length + holdings.names.items.length;
  return listed + 7;
}

/**
 * The first part of finishing a report written into an earlier report's sheet: the sheet activated and the
 * earlier report's frozen panes undone (on the active sheet only, office-js #3148) before the new report freezes
 * its own. Refused, the earlier panes stay, with a note.
 * @example await finishSheet(context, [unfreezingPart(sheet), ...sheetFinishing(sheet, spec, options)])
 */
export function unfreezingPart(sheet: Excel.Worksheet): FinishingPart {
  return {
    async queue(budget) {
      await budget.spend(2);
      sheet.activate();
      sheet.freezePanes.unfreeze();
    },
    refused: (error) => ({ note: earlierPanesKept(excelErrorDetail(error)) }),
  };
}

/**
 * After Excel refused writing the report into the sheet with id `id` (named `name`) midway: reads what the
 * sheet holds, empties it and writes the notice (Chinese in A1, English in A2), in two more round trips.
 * Resolves the failure, with Excel's `error` as its reason: the sheet kept and cleared, or — when Excel refuses
 * that too — kept as Excel left it.
 * @example return clearAfterFailure(context, kept.id, kept.sheet, error)
 */
export async function clearAfterFailure(
  context: Excel.RequestContext,
  id: string,
  name: string,
  error: unknown,
): Promise<Result<never>> {
  const detail = excelErrorDetail(error);
  const sheet = context.workbook.worksheets.getItem(id);
  try {
    const holdings = loadHoldings(sheet);
    await context.sync();
    queueEmptying(sheet, holdings);
    const notice = reportNotRegeneratedNotice(detail);
    sheet.getRange("A1:A2").values = [[notice.zh], [notice.en]];
    await context.sync();
  } catch {
    return reportNotRegenerated(name, detail, false);
  }
  return reportNotRegenerated(name, detail);
}
