/**
 * The WorkbookGateway served on the workbench's engine and the grid's selection: the second implementation of
 * the interface the task pane talks to (the first is Office.js, src/excel/officeGateway.ts). Same rules: every
 * method resolves with a Result, a formula goes only into an empty cell, and a report replaces only the add-in's
 * own previous report — nothing of the user's is ever overwritten.
 *
 * Excel tables are the engine's (see engine/engineTables.ts): an imported CSV becomes one, `makeTable` makes one of
 * a plain range, a value typed just below one grows it and deleted rows shrink it. `readTable` names the table
 * whenever the data read is exactly one table's range, so the report's names follow its rows; `watchSource`
 * tells the task pane of every change to the source's sheet.
 */
import { errorDetail, fail, ok, type Result, cellNotEmpty, hostFailure } from "../core/kernel";
import type { TypedTable } from "../core/import";
import type { SheetCells } from "../core/reviews";
import { parseCellRange, type SheetSpec } from "../core/sheet";
import { checkCellValues } from "../excel/cellValues";
import type {
  CellRef,
  CellValue,
  PlainRange,
  SnapshotAppend,
  SourcePlace,
  SourceWatch,
  TableData,
  TableSource,
  WorkbookGateway,
} from "../excel/gateway";
import { a1Address } from "./a1";
import { appendSnapshotInEngine } from "./engine/appendSnapshot";
import { importTableInEngine } from "./engine/importTable";
import { readExactTable, readRangeTable, readSheetTable } from "./engine/readTable";
import { rangesOverlap } from "./engine/tableRanges";
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

const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

const noSheet = (sheet: string): Result<never> =>
  fail("VALUE", { zh: `找不到工作表“${sheet}”。`, en: `There is no sheet named "${sheet}".` });

const noTable = (name: string): Result<never> =>
  fail("VALUE", { zh: `找不到表格“${name}”。`, en: `There is no table named "${name}".` });

/** The data as read, with its table's name when it is exactly one table's range. */
function withTable(engine: WorkbookEngine, data: TableData): TableData {
  const table = engine
    .tables()
    .find(
      ({ sheet, range }) =>
        sameName(sheet, data.sheet) &&
        range.row === data.headerRow &&
        range.col === data.firstCol &&
        range.cols === data.header.length &&
        range.rows === data.rows.length + 1,
    );
  return table ? { ...data, table: table.name } : data;
}

/** Turns a plain range into an engine table, unless it overlaps a table or merged cells. */
function makeTable(
  engine: WorkbookEngine,
  place: PlainRange,
  preferredName: string,
): Result<{ table: string }> {
  if (!engine.hasSheet(place.sheet)) return noSheet(place.sheet);
  const range = { row: place.headerRow, col: place.firstCol, rows: place.rows + 1, cols: place.columns };
  const overlapped = engine
    .tables()
    .find((t) => sameName(t.sheet, place.sheet) && rangesOverlap(t.range, range));
  if (overlapped) {
    return fail("VALUE", {
      zh: `该区域与表格“${overlapped.name}”重叠：无法在其上创建表格。`,
      en: `The range overlaps the table "${overlapped.name}": a table cannot be made over it.`,
    });
  }
  if (
    engine
      .decor(place.sheet)
      .merges()
      .some((merge) => rangesOverlap(merge, range))
  ) {
    return fail("VALUE", {
      zh: "该区域含有合并单元格：请先取消合并，再创建表格。",
      en: "The range holds merged cells: unmerge them before making it a table.",
    });
  }
  return ok({ table: engine.addTable(preferredName, place.sheet, range) });
}

/** Calls `onChange` after every engine change touching the place's sheet (its table's sheet, where it is now). */
function watchSource(engine: WorkbookEngine, place: SourcePlace, onChange: () => void): Result<SourceWatch> {
  if (place.table !== undefined && engine.table(place.table) === undefined) return noTable(place.table);
  if (place.table === undefined && !engine.hasSheet(place.sheet)) return noSheet(place.sheet);
  const watchedSheet = () => (place.table === undefined ? place.sheet : engine.table(place.table)?.sheet);
  const stop = engine.subscribe(({ sheets }) => {
    const sheet = watchedSheet();
    if (sheet !== undefined && sheets.some((touched) => sameName(touched, sheet))) onChange();
  });
  return ok({
    release: () => {
      stop();
      return Promise.resolve();
    },
  });
}

/** The values of several ranges, in order; a failure, nothing read, for a sheet or address that does not exist. */
function readCells(engine: WorkbookEngine, cells: readonly SheetCells[]): Result<unknown[][][]> {
  const values: unknown[][][] = [];
  for (const { sheet, address } of cells) {
    if (!engine.hasSheet(sheet)) return noSheet(sheet);
    const range = parseCellRange(address);
    if (range === undefined) {
      return fail("VALUE", {
        zh: `“${address}”不是工作表“${sheet}”的单元格地址。`,
        en: `“${address}” is not a cell address of the sheet “${sheet}”.`,
      });
    }
    values.push(engine.values(sheet, range));
  }
  return ok(values);
}

/** Writes numbers into single cells of an existing sheet, as values; nothing written on a failure. */
function writeCellValues(
  engine: WorkbookEngine,
  sheet: string,
  cells: readonly CellValue[],
): Result<{ readonly written: number }> {
  if (!engine.hasSheet(sheet)) return noSheet(sheet);
  const checked = checkCellValues(sheet, cells);
  if (!checked.ok) return checked;
  for (const { row, col, value } of checked.value) engine.setCell(sheet, { row, col }, value);
  return ok({ written: checked.value.length });
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
      if (source.kind === "table") {
        const table = engine.table(source.name);
        if (table === undefined) return noTable(source.name);
        const data = await readExactTable(engine, table.sheet, table.range, onProgress);
        return ok({ ...data, table: table.name });
      }
      let read: Result<TableData>;
      if (source.kind === "sheet") {
        if (!engine.hasSheet(source.sheet)) return noSheet(source.sheet);
        read = await readSheetTable(engine, source.sheet, onProgress);
      } else {
        const current = selection.get();
        read = await readRangeTable(engine, current.sheet, selectedRange(current), onProgress);
      }
      return read.ok ? ok(withTable(engine, read.value)) : read;
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

    listSheetScopedNames: () =>
      attempt(() =>
        ok(engine.sheetNames().map((sheet) => ({ sheet, names: engine.sheetScopedNames(sheet) }))),
      ),

    readCells: (cells: readonly SheetCells[]) => attempt(() => readCells(engine, cells)),

    listTables: () =>
      attempt(() =>
        ok(engine.tables().map(({ name, sheet, range }) => ({ name, sheet, rows: range.rows - 1 }))),
      ),

    readTable,

    writeReport: (kind: string, spec: SheetSpec) => attempt(() => activate(writeReport(engine, kind, spec))),

    importTable: (table: TypedTable, onProgress?: (rowsWritten: number, totalRows: number) => void) =>
      attemptAsync(async () => activate(await importTableInEngine(engine, table, onProgress))),

    makeTable: (range: PlainRange, preferredName: string) =>
      attempt(() => makeTable(engine, range, preferredName)),

    watchSource: (place: SourcePlace, onChange: () => void) =>
      attempt(() => watchSource(engine, place, onChange)),

    appendSnapshot: (
      snapshot: SnapshotAppend,
      onProgress?: (rowsWritten: number, totalRows: number) => void,
    ) => attemptAsync(async () => activate(await appendSnapshotInEngine(engine, snapshot, onProgress))),

    writeCellValues: (sheet: string, cells: readonly CellValue[]) =>
      attempt(() => writeCellValues(engine, sheet, cells)),
  };
}
