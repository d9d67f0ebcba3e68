/**
 * The WorkbookGateway served through Office.js: the only module that calls Excel.run and
 * context.sync. Each method queues its work and syncs once per step (a read, then a write).
 */
import { fail, ok, type Result } from "../core/result";
import type { CellRef, WorkbookGateway } from "./gateway";

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
    return fail("VALUE", {
      en: `Excel could not complete the request: ${detail}`,
      zh: `Excel 无法完成该操作：${detail}`,
    });
  }
}

/**
 * Creates the gateway that serves the task pane inside Excel.
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
          return fail("VALUE", {
            en: `Cell ${ref.address} is not empty; select an empty cell. Nothing was changed.`,
            zh: `单元格 ${ref.address} 不为空，请选择空白单元格。未做任何更改。`,
          });
        }
        cell.formulas = [[formula]];
        await context.sync();
        return ok({ ...ref, isEmpty: false });
      }),
  };
}
