/**
 * The WorkbookGateway: everything the task pane asks of a workbook. The task pane knows only this
 * interface; `officeGateway.ts` serves it through Office.js in Excel, and the workbench serves it on
 * its in-browser engine. Every method resolves (never rejects) with a Result, so a failure reaches the
 * user as a message, not as an unhandled promise.
 */
import type { Bilingual, DateSystem, Result } from "../core/kernel";
import type { TypedTable } from "../core/import";
import type { SheetSpec } from "../core/sheet";
import type { SheetCells, SheetNames } from "../core/reviews";

/** A cell of the workbook: its sheet, its A1 address, and whether it holds nothing. */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
  readonly isEmpty: boolean;
}

/** Where the user's pipeline table is: an Excel table by name, the used range of a sheet, or the selection. */
export type TableSource =
  | { readonly kind: "table"; readonly name: string }
  | { readonly kind: "sheet"; readonly sheet: string }
  | { readonly kind: "selection" };

/** A table the workbook holds, for the data picker. */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly rows: number;
}

/** The user's table as read: the header row and the data rows, and where they are. */
export interface TableData {
  readonly sheet: string;
  /** 0-based sheet row of the header; data row i is at sheet row headerRow + 1 + i. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly firstCol: number;
  readonly header: readonly string[];
  /** Cell values as Excel gives them (numbers, text, booleans, "" for blanks). */
  readonly rows: readonly (readonly unknown[])[];
  /**
   * The workbook's date system: its date cells hold serials of this system (core's readPipeline converts them).
   * 1904 only in Excel workbooks that use it (Excel for Mac's old default); the workbench is a 1900 workbook.
   */
  readonly dateSystem: DateSystem;
  /**
   * The Excel table's name when the data is a table (read as `{ kind: "table" }`, or a sheet or selection that
   * is exactly one table's range): names over its columns then refer to it by structured reference.
   */
  readonly table?: string;
}

/** Where data read from the workbook is, to watch for its changes: its Excel table, else its sheet. */
export interface SourcePlace {
  readonly sheet: string;
  readonly table?: string;
}

/** A subscription to a source's changes (see `watchSource`); release it when the view no longer needs it. */
export interface SourceWatch {
  /** Removes the subscription (in Excel, the event handler); resolves once it is removed. Never rejects. */
  release(): Promise<void>;
}

/** A plain range of a sheet (a header row and data rows, 0-based sheet positions) to turn into an Excel table. */
export interface PlainRange {
  readonly sheet: string;
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  /** 0-based sheet column of the first column. */
  readonly firstCol: number;
  readonly columns: number;
  /** Data rows (the header not counted). */
  readonly rows: number;
}

/**
 * A sheet written: the name it got, and — when the workbook host refused a part that costs the sheet nothing (a
 * funnel chart drawn as bars instead, print scaling, frozen panes, links) — one note per part, to show the user.
 */
export interface SheetWritten {
  readonly sheet: string;
  /** What is not as the spec asked, and why; absent or empty when everything is. */
  readonly notes?: readonly Bilingual[];
}

/** A typed table written on a new sheet by `importTable`. */
export interface TableImported {
  /** The name the new sheet got. */
  readonly sheet: string;
  /** The name the Excel table got; absent where the host has no tables (the workbench): read the sheet then. */
  readonly table?: string;
  /** The data rows written. */
  readonly rows: number;
}

/** A snapshot to append to the history table (see core/snapshots' snapshotTable). */
export interface SnapshotAppend {
  /** The rows (the snapshot date first) and the sheet and table names to create the history table with. */
  readonly table: TypedTable;
  /** The snapshot date (1900 serial); rows already of that day are replaced only when `replace` is true. */
  readonly asOf: number;
  readonly replace: boolean;
}

/** A snapshot appended: where the history table is, the rows written, the rows of the same day replaced. */
export interface SnapshotAppended {
  readonly sheet: string;
  readonly table: string;
  readonly rows: number;
  readonly replaced: number;
  /** Whether this snapshot created the history table. */
  readonly created: boolean;
}

/** A number to write into one cell: its A1 address on the sheet ("B5") and the value. */
export interface CellValue {
  readonly address: string;
  readonly value: number;
}

/** What the task pane can ask of a workbook. */
export interface WorkbookGateway {
  /**
   * Every sheet's sheet-scoped names (those defined for one sheet only), sheets in tab order, each name with the
   * A1 address it points at on its sheet now ("$D$8:$D$14": it follows inserted rows and a renamed sheet), `null`
   * when it is broken (its cells deleted). A sheet without such names is listed with none. Workbook names are not
   * listed. The add-in finds its evaluation sheets by these names (core/reviews), never by a sheet's name.
   */
  listSheetScopedNames(): Promise<Result<SheetNames[]>>;
  /**
   * The values of several ranges of cells, in one request where they fit (each request's reply kept under Excel
   * on the web's limit): one matrix per range, in order, as `range.values` gives them ("" for a blank, an error's
   * text for an error). A sheet or address that does not exist is a failure, nothing read.
   */
  readCells(cells: readonly SheetCells[]): Promise<Result<unknown[][][]>>;
  /** The active cell (the top-left cell of the selection). */
  activeCell(): Promise<Result<CellRef>>;
  /**
   * Writes a formula into the active cell, only when that cell is empty: a user's cell is never
   * overwritten. A non-empty cell is a VALUE failure that says so.
   */
  insertFormulaAtActiveCell(formula: string): Promise<Result<CellRef>>;
  /** The names of the workbook's sheets, in tab order. */
  sheetNames(): Promise<Result<string[]>>;
  /**
   * Adds a NEW sheet with a free name (the spec's name, or "name (2)" … when taken), renders the whole
   * spec into it and activates it. Never replaces or writes over an existing sheet or cell; on a
   * failure midway the half-written sheet is removed. Resolves with the name used, and notes on the parts the
   * host refused without costing the sheet. The spec's dates (1900-system serials in date-formatted cells, see
   * core/sheet/dateCells.ts) are written as the workbook's date system shows the same days; `writeReport` too.
   */
  createSheet(spec: SheetSpec): Promise<Result<SheetWritten>>;
  /** The Excel tables of the workbook (name, sheet, data rows). */
  listTables(): Promise<Result<TableInfo[]>>;
  /**
   * Reads a table with its header row, in chunks that keep each request under Excel on the web's
   * limit; `onProgress(rowsRead, totalRows)` is called after each chunk.
   */
  readTable(
    source: TableSource,
    onProgress?: (rowsRead: number, totalRows: number) => void,
  ): Promise<Result<TableData>>;
  /**
   * Writes a report sheet the add-in owns: regenerates the add-in's previous report of the same `kind`
   * (recognised by a marker only the add-in writes, never by name) IN PLACE — the same sheet, its name and
   * position kept, so a user's formula referring to a report cell still answers — else creates a new sheet with
   * a free name. Never touches a user's sheet. On a failure before the previous report was changed, it is left
   * as it was; on a failure midway, its sheet is kept, cleared, with a notice in both languages that the report
   * could not be regenerated (the previous contents are not kept). Notes as `createSheet`'s.
   */
  writeReport(kind: string, spec: SheetSpec): Promise<Result<SheetWritten>>;
  /**
   * Writes a typed table (a CSV export read by core/import) onto a NEW sheet with a free name, header first, as an
   * Excel table with a free name where the host has tables: text as that text (never a formula) in "@"-formatted
   * columns, numbers as numbers, dates as serials formatted as dates. Writes in chunks of rows that keep each
   * request under Excel on the web's limit, calling `onProgress(rowsWritten, totalRows)` after each; activates
   * the sheet. Never writes over an existing sheet or cell; on a failure midway the new sheet is removed.
   */
  importTable(
    table: TypedTable,
    onProgress?: (rowsWritten: number, totalRows: number) => void,
  ): Promise<Result<TableImported>>;
  /**
   * Turns a plain range (header row and data rows) into an Excel table named `preferredName` (made free and
   * valid: a number added when taken, "Deals2" or "Deals_2" as the host names them), keeping the user's cells,
   * values and formats; so names over its columns follow the rows added later. A VALUE failure, changing
   * nothing, when the range overlaps a table or merged cells.
   */
  makeTable(range: PlainRange, preferredName: string): Promise<Result<{ readonly table: string }>>;
  /**
   * Calls `onChange` whenever the source's cells change after this call (in Excel, the table's or the sheet's
   * `onChanged` event: edits, rows added or deleted, a Power Query refresh), until the watch is released.
   */
  watchSource(place: SourcePlace, onChange: () => void): Promise<Result<SourceWatch>>;
  /**
   * Appends a snapshot to the history table named `snapshot.table.tableName` (case ignored), creating it the first
   * time as `importTable` creates a table (a new sheet with a free name). Writes as `importTable` does: text as
   * text, never a formula; dates as the workbook's dates; in chunks under Excel on the web's request limit,
   * calling `onProgress(rowsWritten, totalRows)` after each. When the table holds rows of the snapshot's day, a
   * VALUE failure changing nothing unless `replace`; then those rows are deleted first.
   */
  appendSnapshot(
    snapshot: SnapshotAppend,
    onProgress?: (rowsWritten: number, totalRows: number) => void,
  ): Promise<Result<SnapshotAppended>>;
  /**
   * Writes numbers into single cells of an existing sheet, as values (never formulas; a cell's format is kept), all
   * in one request; no other cell changes. A sheet that does not exist, an address that is not one cell, or a value
   * that is not a finite number is a failure, nothing written. Resolves with the count of cells written.
   */
  writeCellValues(sheet: string, cells: readonly CellValue[]): Promise<Result<{ readonly written: number }>>;
}
