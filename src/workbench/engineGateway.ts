/**
 * The WorkbookGateway served on the workbench's engine and the grid's selection: the second implementation of
 * the interface the task pane talks to (the first is Office.js, src/excel/officeGateway.ts). Same rules: every
 * method resolves with a Result, a formula goes only into an empty cell, and a report replaces only the add-in's
 * own previous report — nothing of the user's is ever overwritten.
 *
 * The workbench has no Excel tables: `listTables` answers none, and the task pane offers the sheets and the
 * selection instead (`readTable` with `{ kind: "sheet" }` or `{ kind: "selection" }`).
 */
import { errorDetail, fail, ok, type Result, cellNotEmpty, hostFailure } from "../core/kernel";
import type { TypedTable } from "../core/import";
import type { SheetSpec } from "../core/sheet";
import type { CellRef, TableData, TableSource, WorkbookGateway } from "../excel/gateway";
import { a1Address } from "./a1";
import { importTableInEngine } from "./engine/importTable";
import { readRangeTable, readSheetTable } from "./engine/readTable";
import { renderSpec } from "./engine/renderSpec";
import type { WorkbookEngine } from "./engine/workbookEngine";
import { writeReport } from "./engine/writeReport";
import { selectedRange, type Selection } from "./selection";

const WORKBENCH = { zh: "工作台", en: "The workbench" };

const failure = (error: unknown): Result<never> => hostFailure(WORKBENCH, errorDetail(error));

/** Runs a request; an exception from the engine becomes a failure with its message. */
function attempt<T>(request: () => Result<T>): Promise<Result<T>> {
  try {
    return Promise.resolve(request());
  } catch (error) {
    return Promise.resolve(failure(error));
  }
}

/** Runs an asynchronous request; an exception or a rejection becomes a failure with its message. */
async function attemptAsync<T>(request: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await request();
  } catch (error) {
    return failure(error);
  }
}

/**
 * Creates the gateway on `engine`, whose active cell (and selected range) is `selection.get()`. `createSheet`
 * renders the spec into a new sheet (see renderSpec) and `writeReport` writes the add-in's report (see
 * writeReport); both activate the sheet: the selection moves to its A1.
 * @example
 * const gateway = createEngineGateway(engine, selectionStore);
 * await gateway.insertFormulaAtActiveCell('=FUNNEL.ACTIONS("谈判")') // ok, or a VALUE failure if the cell is not empty
 */
export function createEngineGateway(
  engine: WorkbookEngine,
  selection: { get(): Selection; set(next: Selection): void },
): WorkbookGateway {
  const activeRef = (): CellRef => {
    const { sheet, row, col } = selection.get();
    return { sheet, address: a1Address({ row, col }), isEmpty: engine.isEmpty(sheet, { row, col }) };
  };
  const activate = <T extends { sheet: string }>(result: Result<T>): Result<T> => {
    if (result.ok) selection.set({ sheet: result.value.sheet, row: 0, col: 0 });
    return result;
  };

  const readTable = (source: TableSource, onProgress?: (rowsRead: number, totalRows: number) => void) =>
    attemptAsync<TableData>(async () => {
      if (source.kind === "sheet") {
        if (!engine.hasSheet(source.sheet))
          return fail("VALUE", {
            zh: `找不到工作表“${source.sheet}”。`,
            en: `There is no sheet named "${source.sheet}".`,
          });
        return readSheetTable(engine, source.sheet, onProgress);
      }
      if (source.kind === "selection") {
        const current = selection.get();
        return readRangeTable(engine, current.sheet, selectedRange(current), onProgress);
      }
      return fail("VALUE", {
        zh: `工作台没有 Excel 表格“${source.name}”：请改为选择工作表或选定区域。`,
        en: `The workbench has no Excel table "${source.name}": pick a sheet or the selection instead.`,
      });
    });

  return {
    activeCell: () => attempt(() => ok(activeRef())),

    insertFormulaAtActiveCell: (formula: string) =>
      attempt(() => {
        const ref = activeRef();
        if (!ref.isEmpty) {
          return cellNotEmpty(ref.address);
        }
        const { sheet, row, col } = selection.get();
        engine.setCell(sheet, { row, col }, formula);
        return ok({ ...ref, isEmpty: false });
      }),

    sheetNames: () => attempt(() => ok(engine.sheetNames())),

    createSheet: (spec: SheetSpec) => attempt(() => activate(renderSpec(engine, spec))),

    listTables: () => attempt(() => ok([])),

    readTable,

    writeReport: (kind: string, spec: SheetSpec) => attempt(() => activate(writeReport(engine, kind, spec))),

    importTable: (table: TypedTable, onProgress?: (rowsWritten: number, totalRows: number) => void) =>
      attemptAsync(async () => activate(await importTableInEngine(engine, table, onProgress))),
  };
}
