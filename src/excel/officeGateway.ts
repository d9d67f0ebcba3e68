/**
 * The WorkbookGateway served through Office.js: the only module that calls Excel.run and
 * context.sync. Each method queues its work and syncs once per step (a read, then a write).
 */
import { fail, ok, type Result } from "../core/result";
import { cellNotEmpty, hostFailure } from "../core/workbookMessages";
import type { SheetSpec } from "../core/sheetSpec";
import { createSheetInExcel } from "./createSheet";
import type { CellRef, WorkbookGateway } from "./gateway";

/** The requirement set a template needs (page layout and print area are ExcelApi 1.9). */
export const TEMPLATE_REQUIREMENT = { set: "ExcelApi", version: "1.9" } as const;

/**
 * Whether this Excel supports what rendering a sheet spec needs; true where Office is not loaded (tests).
 * @example supportsTemplates() // true in Excel for the web and Microsoft 365
 */
export function supportsTemplates(): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements?.isSetSupported(TEMPLATE_REQUIREMENT.set, TEMPLATE_REQUIREMENT.version) ?? true;
}

/** Splits an Excel address such as `'My Sheet'!B3` into its sheet name and cell address. */
export function splitAddress(fullAddress: string): { sheet: string; address: string } {
  const bang = fullAddress.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address: fullAddress };
  const rawSheet = fullAddress.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address: fullAddress.slice(bang + 1) };
}

function isBlankCell(values: unknown[][], formulas: unknown[][]): boolean {
  const value = values[0]?.[0];
  const formula = formulas[0]?.[0];
  return (
    (value === "" || value === null || value === undefined) &&
    (formula === "" || formula === null || formula === undefined)
  );
}

function toCellRef(cell: Excel.Range): CellRef {
  return { ...splitAddress(cell.address), isEmpty: isBlankCell(cell.values, cell.formulas) };
}

/** Runs a batch against the workbook; an exception from Excel becomes a failure with its message. */
async function runInExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<Result<T>>,
): Promise<Result<T>> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return hostFailure({ zh: "Excel", en: "Excel" }, detail);
  }
}

/**
 * Creates the gateway that serves the task pane inside Excel. `createSheet` takes two round trips (three when
 * Excel refuses the sheet midway and it is removed again); see createSheet.ts.
 * @example const gateway = createOfficeGateway(); await gateway.activeCell();
 */
export function createOfficeGateway(): WorkbookGateway {
  return {
    activeCell: () =>
      runInExcel(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load("address, values, formulas");
        await context.sync();
        return ok(toCellRef(cell));
      }),

    insertFormulaAtActiveCell: (formula: string) =>
      runInExcel(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load("address, values, formulas");
        await context.sync();
        const ref = toCellRef(cell);
        if (!ref.isEmpty) {
          return cellNotEmpty(ref.address);
        }
        cell.formulas = [[formula]];
        await context.sync();
        return ok({ ...ref, isEmpty: false });
      }),

    sheetNames: () =>
      runInExcel(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        return ok(worksheets.items.map((sheet) => sheet.name));
      }),

    createSheet: (spec: SheetSpec) => {
      if (!supportsTemplates()) {
        const { set, version } = TEMPLATE_REQUIREMENT;
        return Promise.resolve(
          fail("VALUE", {
            zh: `此版本的 Excel 不支持 ${set} ${version}，无法生成模板。请使用 Microsoft 365 或网页版 Excel。`,
            en: `This version of Excel lacks ${set} ${version}, which templates need. Use Microsoft 365 or Excel on the web.`,
          }),
        );
      }
      return runInExcel((context) => createSheetInExcel(context, spec));
    },
  };
}
