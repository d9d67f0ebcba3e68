/**
 * The WorkbookGateway served through Office.js: the only module that calls Excel.run and
 * context.sync. Each method queues its work and syncs once per step (a read, then a write). Where Excel has
 * ExcelApi 1.11, a batch waits while the user edits a cell (`delayForCellEdit`) instead of failing; a failure
 * keeps Excel's code and the call that failed in its message (see excelErrors.ts).
 */
import { type Bilingual, fail, ok, type Result, cellNotEmpty, hostFailure } from "../core/kernel";
import type { SheetSpec } from "../core/sheet";
import type { TypedTable } from "../core/import";
import { appendSnapshotInExcel } from "./appendSnapshot";
import { createSheetInExcel } from "./createSheet";
import { excelErrorDetail } from "./excelErrors";
import type {
  CellRef,
  CellValue,
  PlainRange,
  SnapshotAppend,
  SourcePlace,
  TableSource,
  WorkbookGateway,
} from "./gateway";
import { importTableInExcel } from "./importTable";
import { makeTableInExcel } from "./makeTable";
import { readCellsInExcel } from "./readCells";
import { listTablesInExcel, readTableInExcel } from "./readTable";
import { listSheetScopedNamesInExcel } from "./sheetScopedNames";
import { supports } from "./requirements";
import { splitAddress } from "./sheetAddress";
import { EVENTS_REQUIREMENT, eventsMissing, watchSourceInExcel } from "./watchSource";
import { writeCellValuesInExcel } from "./writeCellValues";
import { writeReportInExcel } from "./writeReport";

export { splitAddress } from "./sheetAddress";

/** The requirement set a template needs (page layout and print area are ExcelApi 1.9). */
const TEMPLATE_REQUIREMENT = { set: "ExcelApi", version: "1.9" } as const;

/** The requirement set of `delayForCellEdit` in Excel.run's options. */
const DELAY_FOR_CELL_EDIT_REQUIREMENT = { set: "ExcelApi", version: "1.11" } as const;

/**
 * Whether this Excel supports what rendering a sheet spec needs; true where Office is not loaded (tests).
 * @example supportsTemplates() // true in Excel for the web and Microsoft 365
 */
function supportsTemplates(): boolean {
  return supports(TEMPLATE_REQUIREMENT);
}

/** The refusal to render where Excel lacks the requirement set sheets need. */
function requirementMissing(what: Bilingual): Result<never> {
  const { set, version } = TEMPLATE_REQUIREMENT;
  return fail("VALUE", {
    zh: `此版本的 Excel 不支持 ${set} ${version}，无法生成${what.zh}。请使用 Microsoft 365 或网页版 Excel。`,
    en: `This version of Excel lacks ${set} ${version}, which ${what.en} need. Use Microsoft 365 or Excel on the web.`,
  });
}

/**
 * Whether a loaded cell holds nothing at all (no value, no formula), so that writing into it overwrites
 * nothing. Not the model's blank-cell rule (core's isBlankCell): a cell holding "-" is not empty here.
 */
function holdsNothing(values: unknown[][], formulas: unknown[][]): boolean {
  const value = values[0]?.[0];
  const formula = formulas[0]?.[0];
  return (
    (value === "" || value === null || value === undefined) &&
    (formula === "" || formula === null || formula === undefined)
  );
}

function toCellRef(cell: Excel.Range): CellRef {
  return { ...splitAddress(cell.address), isEmpty: holdsNothing(cell.values, cell.formulas) };
}

/**
 * Runs a batch against the workbook — delayed while the user edits a cell, where Excel can — and turns an
 * exception from Excel into a failure with its message, code and failing call.
 */
async function runInExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<Result<T>>,
): Promise<Result<T>> {
  try {
    return await (supports(DELAY_FOR_CELL_EDIT_REQUIREMENT)
      ? Excel.run({ delayForCellEdit: true }, batch)
      : Excel.run(batch));
  } catch (error) {
    return hostFailure({ zh: "Excel", en: "Excel" }, excelErrorDetail(error));
  }
}

/**
 * Creates the gateway that serves the task pane inside Excel. `createSheet` takes three round trips (one more
 * per part of finishing the sheet Excel refuses, or to remove a sheet it refused midway), see createSheet.ts;
 * `writeReport` three, also when it regenerates an earlier report in place, plus one per further ~4 MB of a large
 * report, see writeReport.ts; `readTable` one plus one per chunk of rows of ~4 MB (an Excel table's first chunk comes
 * with the first request), see readTable.ts. No request and no reply is planned over 4 MB. `readTable`, `createSheet` and `writeReport` ask the workbook's date system in their
 * first request (dateSystem.ts): a table read says it, and a sheet's dates are written in it. `makeTable` takes two
 * round trips (makeTable.ts); `watchSource` one to subscribe and one to release (watchSource.ts; change events need
 * ExcelApi 1.7, a failure that says so without it). `listSheetScopedNames` takes three round trips (sheetScopedNames.ts),
 * `readCells` one per ~4 MB of cells (readCells.ts), `writeCellValues` one (writeCellValues.ts).
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
      if (!supportsTemplates()) return Promise.resolve(requirementMissing({ zh: "模板", en: "templates" }));
      return runInExcel((context) => createSheetInExcel(context, spec));
    },

    listTables: () => runInExcel((context) => listTablesInExcel(context)),

    listSheetScopedNames: () => runInExcel((context) => listSheetScopedNamesInExcel(context)),

    readCells: (cells) => runInExcel((context) => readCellsInExcel(context, cells)),

    readTable: (source: TableSource, onProgress?: (rowsRead: number, totalRows: number) => void) =>
      runInExcel((context) => readTableInExcel(context, source, onProgress)),

    writeReport: (kind: string, spec: SheetSpec) => {
      if (!supportsTemplates()) return Promise.resolve(requirementMissing({ zh: "报告", en: "reports" }));
      return runInExcel((context) => writeReportInExcel(context, kind, spec));
    },

    importTable: (table: TypedTable, onProgress?: (rowsWritten: number, totalRows: number) => void) =>
      runInExcel((context) => importTableInExcel(context, table, onProgress)),

    makeTable: (range: PlainRange, preferredName: string) => {
      if (!supportsTemplates()) return Promise.resolve(requirementMissing({ zh: "表格", en: "tables" }));
      return runInExcel((context) => makeTableInExcel(context, range, preferredName));
    },

    watchSource: (place: SourcePlace, onChange: () => void) => {
      if (!supports(EVENTS_REQUIREMENT)) return Promise.resolve(eventsMissing());
      return runInExcel((context) => watchSourceInExcel(context, place, onChange));
    },

    appendSnapshot: (
      snapshot: SnapshotAppend,
      onProgress?: (rowsWritten: number, totalRows: number) => void,
    ) => runInExcel((context) => appendSnapshotInExcel(context, snapshot, onProgress)),

    writeCellValues: (sheet: string, cells: readonly CellValue[]) =>
      runInExcel((context) => writeCellValuesInExcel(context, sheet, cells)),
  };
}
