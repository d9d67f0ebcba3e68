/**
 * The workbench's workbook: named sheets of cells computed by HyperFormula (GPL-3.0: development only, never
 * in a production bundle), plus what the views need around it — change notification, column number formats
 * and widths, each sheet's decor (looks, merges, validations, row heights), workbook names, and the re-entry of
 * formulas whose spill changes size (see customFunctionsPlugin.ts). Excel tables are emulated beside it (see
 * engineTables.ts): a value written just below a table grows it, deleted rows shrink it, and names defined over
 * its columns follow its rows.
 */
import { DetailedCellError, HyperFormula, type CellValue, type SimpleCellAddress } from "hyperformula";
import { uniqueSheetName, type CellRange, rangeAddress, type TableColumnsRef } from "../../core/sheet";
import type { CellPosition } from "../a1";
import { watchSpills } from "./customFunctionsPlugin";
import { EngineTables } from "./engineTables";
import { registerShapeFunctions } from "./shapeFunctions";
import { SheetDecor } from "./sheetDecor";

/** How a column's (or a cell's) numbers are shown. */
export type ColumnFormat = "general" | "date" | "amount" | "percent";

/** What a view needs to show one cell. */
export interface CellView {
  /** The computed value: a number, text, boolean, an error, or `null` when blank. */
  readonly value: CellValue;
  /** What the user entered: the formula ("=…"), or the value as text; "" when nothing was entered (also in the
   * cells a spill runs through, below or beside its formula). */
  readonly input: string;
  /** Whether the cell belongs to a spilled array (its top-left formula cell included). */
  readonly spilled: boolean;
}

/** A value written into a cell: text (a formula when it starts with "="), a number, a boolean or blank. */
export type CellInput = string | number | boolean | null;

/** The workbook as a whole, or one sheet only: where a name is defined. */
export type NameScope = "workbook" | "sheet";

/** What a change touched, for the listeners. */
export interface EngineChange {
  /**
   * The sheets whose cells, tables or decor the change touched (a removed sheet by its last name, a renamed one
   * by both names); none when only a workbook name changed. Formulas elsewhere that refer to them may have
   * changed too.
   */
  readonly sheets: readonly string[];
}

/** An Excel table of the workbook: its name, its sheet, and its range (the header row, then the data rows). */
export interface EngineTable {
  readonly name: string;
  readonly sheet: string;
  readonly range: CellRange;
}

/** The width of a column, in pixels, unless set otherwise. */
const DEFAULT_COLUMN_WIDTH = 100;

/** Rounds of re-entering formulas whose spill changed size, before giving up (a guard against ping-pong). */
const MAX_RESPILL_ROUNDS = 4;

/**
 * A workbook on HyperFormula. Build it with {@link WorkbookEngine.create} after the custom functions are
 * registered (HyperFormula gives an engine the functions registered before it was built).
 */
export class WorkbookEngine {
  private readonly hf: HyperFormula;
  private readonly listeners = new Set<(change: EngineChange) => void>();
  private readonly formats = new Map<number, Map<number, ColumnFormat>>();
  private readonly widths = new Map<number, Map<number, number>>();
  private readonly decors = new Map<number, SheetDecor>();
  private readonly pendingSpills: SimpleCellAddress[] = [];
  private readonly tableStore: EngineTables;
  private versionNumber = 0;

  private constructor(hf: HyperFormula) {
    this.hf = hf;
    this.tableStore = new EngineTables(hf);
    watchSpills(hf, (address) => this.pendingSpills.push(address));
  }

  /**
   * A workbook with the given sheets (at least one; "Sheet1" by default), Excel-sized (1,048,576 rows).
   * @example const engine = WorkbookEngine.create(["Sheet1"]);
   */
  static create(sheetNames: readonly string[] = ["Sheet1"]): WorkbookEngine {
    if (sheetNames.length === 0) throw new RangeError("A workbook needs at least one sheet.");
    registerShapeFunctions();
    const hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      maxRows: 1_048_576,
      maxColumns: 16_384,
      dateFormats: ["YYYY-MM-DD", "YYYY/MM/DD", "DD/MM/YYYY"],
    });
    for (const name of sheetNames) hf.addSheet(name);
    return new WorkbookEngine(hf);
  }

  /** Increases on every change; views compare it to know when to redraw. */
  get version(): number {
    return this.versionNumber;
  }

  /**
   * Calls `listener` after every change, with the sheets it touched; returns a function that stops.
   * @example const stop = engine.subscribe(() => redraw());
   * @example engine.subscribe(({ sheets }) => sheets.includes("Deals") && reread());
   */
  subscribe(listener: (change: EngineChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The sheet names, in tab order. @example engine.sheetNames() // ["Sheet1"] */
  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  /** Whether a sheet of this name exists (case ignored, as in Excel). @example engine.hasSheet("sheet1") // true */
  hasSheet(name: string): boolean {
    return this.hf.doesSheetExist(name);
  }

  /**
   * A sheet name Excel accepts and no sheet has yet: `base`, else "base (2)", "base (3)" … (core's rule).
   * @example engine.freeSheetName("Sheet1") // "Sheet1 (2)"
   */
  freeSheetName(base: string): string {
    return uniqueSheetName(base, this.sheetNames());
  }

  /**
   * Adds a sheet under a free name derived from `preferredName`; returns the name it got.
   * @example engine.addSheet("Sheet1") // "Sheet1 (2)"
   */
  addSheet(preferredName: string): string {
    const name = this.freeSheetName(preferredName);
    this.change(() => this.hf.addSheet(name), [name]);
    return name;
  }

  /**
   * Writes one cell, as typing it in Excel does: "=…" is a formula, number-like text a number, "" or null
   * clears the cell. A value just below a table grows the table (see {@link setCells}).
   * @example engine.setCell("Sheet1", { row: 0, col: 0 }, '=FUNNEL.STAGE("谈判")')
   */
  setCell(sheet: string, position: CellPosition, input: CellInput): void {
    this.setCells(sheet, position, [[input]]);
  }

  /**
   * Writes a block of values (and formulas) with its top-left cell at `topLeft`. As in Excel, a table grows
   * when the block puts a value in the row just below it, within its columns: down to the block's last row
   * holding a value there; the names over its columns follow.
   * @example engine.setCells("Sheet1", { row: 0, col: 0 }, [["Amount"], [100]])
   */
  setCells(sheet: string, topLeft: CellPosition, rows: readonly (readonly CellInput[])[]): void {
    const content = rows.map((row) => row.map((cell) => (cell === "" ? null : cell)));
    const address = this.address(sheet, topLeft);
    this.change(
      () =>
        this.hf.batch(() => {
          this.hf.setCellContents(address, content);
          this.tableStore.written(address.sheet, topLeft, content);
        }),
      [this.sheetName(address.sheet)],
    );
  }

  /**
   * Deletes whole sheet rows `row` … `row + count - 1`, as Excel does: the rows below move up, formulas and names
   * that refer to them follow (to #REF! where all they referred to went), the sheet's decor follows, and tables
   * over the rows shrink (a table whose header row was deleted goes; one keeps at least one data row).
   * @throws RangeError for a negative row or a count below 1.
   * @example engine.deleteRows("Deals", 4, 2) // what was on row 7 is now on row 5
   */
  deleteRows(sheet: string, row: number, count: number): void {
    const id = this.sheetId(sheet);
    if (!Number.isInteger(row) || !Number.isInteger(count) || row < 0 || count < 1) {
      throw new RangeError(`Cannot delete ${count} rows from row ${row}.`);
    }
    this.change(
      () =>
        this.hf.batch(() => {
          if (row < this.hf.getSheetDimensions(id).height) this.hf.removeRows(id, [row, count]);
          this.decors.get(id)?.deleteRows(row, count);
          this.tableStore.rowsDeleted(id, row, count);
        }),
      [this.sheetName(id)],
    );
  }

  /**
   * Makes `range` of `sheet` (its header row, then its data rows; at least one data row, added empty when none)
   * an Excel table under a free name made from `preferredName` — valid as a table name, unique (case ignored)
   * among the tables and the workbook names: "Deals_2" when "Deals" is taken. Returns the name it got.
   * @throws RangeError when the sheet does not exist or the range overlaps a table.
   * @example engine.addTable("Deals", "Sheet1", { row: 0, col: 0, rows: 41, cols: 9 }) // "Deals"
   */
  addTable(preferredName: string, sheet: string, range: CellRange): string {
    const id = this.sheetId(sheet);
    let name = "";
    this.change(() => (name = this.tableStore.add(preferredName, id, range)), [this.sheetName(id)]);
    return name;
  }

  /**
   * The workbook's tables, in the order added.
   * @example engine.tables() // [{ name: "Deals", sheet: "Sheet1", range: { row: 0, col: 0, rows: 41, cols: 9 } }]
   */
  tables(): EngineTable[] {
    return this.tableStore.list().map((record) => this.tableView(record));
  }

  /** The table of this name (case ignored), if any. @example engine.table("deals")?.sheet // "Sheet1" */
  table(name: string): EngineTable | undefined {
    const record = this.tableStore.find(name);
    return record && this.tableView(record);
  }

  /**
   * Whether a cell is in a table's header row (the grid draws those as headers).
   * @example engine.isTableHeader("Deals", { row: 0, col: 2 }) // true
   */
  isTableHeader(sheet: string, position: CellPosition): boolean {
    const id = this.sheetId(sheet);
    return this.tableStore
      .list()
      .some(
        ({ sheetId, range }) =>
          sheetId === id &&
          range.row === position.row &&
          position.col >= range.col &&
          position.col < range.col + range.cols,
      );
  }

  /**
   * Defines `name` as the data rows of a table's columns (Excel's structured reference `Deals[Stage]`), for the
   * workbook or for one sheet only (`scopeSheet`, by default the table's): the columns are found by their header
   * text, and the name follows the table's rows as they are appended or deleted. Throws when the table or a
   * column is not there, or HyperFormula refuses the name.
   * @example engine.defineTableName("FUNNEL_DATA_STAGE", { table: "Deals", first: "Stage", last: "Stage" })
   * @example engine.defineTableName("FUNNEL_DATA_STAGE", ref, "sheet", "管线健康")
   */
  defineTableName(
    name: string,
    columns: TableColumnsRef,
    scope: NameScope = "workbook",
    scopeSheet?: string,
  ): void {
    const table = this.table(columns.table);
    const scopeId = scope === "sheet" ? this.sheetId(scopeSheet ?? table?.sheet ?? "") : undefined;
    this.change(() => this.tableStore.defineName(name, columns, scopeId), []);
  }

  /**
   * What a view shows for a cell.
   * @example engine.cell("Sheet1", { row: 0, col: 0 }) // { value: null, input: "", spilled: false }
   */
  cell(sheet: string, position: CellPosition): CellView {
    const address = this.address(sheet, position);
    const formula = this.hf.getCellFormula(address);
    const spilled = this.hf.isCellPartOfArray(address);
    // A cell a spill runs through holds no input of its own; only the formula's cell does.
    const serialized = formula ?? (spilled ? null : this.hf.getCellSerialized(address));
    return {
      value: this.hf.getCellValue(address),
      input: serialized === null || serialized === undefined ? "" : String(serialized),
      spilled,
    };
  }

  /**
   * Whether a cell holds nothing: no formula, no value, and no spilled value.
   * @example engine.isEmpty("Sheet1", { row: 5, col: 5 }) // true
   */
  isEmpty(sheet: string, position: CellPosition): boolean {
    const view = this.cell(sheet, position);
    return view.input === "" && (view.value === null || view.value === "");
  }

  /**
   * The used size of a sheet: rows and columns up to the last non-empty cell.
   * @example engine.usedSize("Sheet1") // { rows: 0, columns: 0 }
   */
  usedSize(sheet: string): { rows: number; columns: number } {
    const { height, width } = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: height, columns: width };
  }

  /** Sets how a column's numbers are shown. @example engine.setColumnFormat("Deals", 4, "amount") */
  setColumnFormat(sheet: string, col: number, format: ColumnFormat): void {
    const id = this.sheetId(sheet);
    const formats = this.formats.get(id) ?? new Map<number, ColumnFormat>();
    formats.set(col, format);
    this.formats.set(id, formats);
    this.notify([this.sheetName(id)]);
  }

  /** How a column's numbers are shown ("general" unless set). @example engine.columnFormat("Sheet1", 0) // "general" */
  columnFormat(sheet: string, col: number): ColumnFormat {
    return this.formats.get(this.sheetId(sheet))?.get(col) ?? "general";
  }

  /** Sets a column's width in pixels (at least 20). @example engine.setColumnWidth("Deals", 1, 220) */
  setColumnWidth(sheet: string, col: number, width: number): void {
    const id = this.sheetId(sheet);
    const widths = this.widths.get(id) ?? new Map<number, number>();
    widths.set(col, Math.max(20, Math.round(width)));
    this.widths.set(id, widths);
    this.notify([this.sheetName(id)]);
  }

  /** A column's width in pixels. @example engine.columnWidth("Sheet1", 0) // 100 */
  columnWidth(sheet: string, col: number): number {
    return this.widths.get(this.sheetId(sheet))?.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  /**
   * Removes a sheet with everything kept about it, its tables included.
   * @example engine.removeSheet("Sheet1 (2)")
   */
  removeSheet(sheet: string): void {
    const id = this.sheetId(sheet);
    const name = this.sheetName(id);
    for (const perSheet of [this.formats, this.widths, this.decors]) perSheet.delete(id);
    this.tableStore.removeSheet(id);
    this.change(() => this.hf.removeSheet(id), [name]);
  }

  /**
   * Empties a sheet and keeps it — its name, position and id, so formulas on other sheets that refer to its cells
   * keep referring to them: its cells, column formats and widths, decor (looks, merges, validations, row heights,
   * links, charts, panes, report marker) and the names defined on it only go.
   * @example engine.emptySheet("管线健康") // the sheet is still there, with nothing on it
   */
  emptySheet(sheet: string): void {
    const id = this.sheetId(sheet);
    for (const perSheet of [this.formats, this.widths, this.decors]) perSheet.delete(id);
    this.tableStore.forgetNamesOn(id);
    this.change(() => {
      for (const name of this.hf.listNamedExpressions(id)) this.hf.removeNamedExpression(name, id);
      this.hf.clearSheet(id);
    }, [this.sheetName(id)]);
  }

  /**
   * Changes a sheet's decor (looks, merges, validations, row heights …) and tells the listeners once.
   * @example engine.decorate("Form", (decor) => decor.merge({ row: 0, col: 0, rows: 1, cols: 4 }))
   */
  decorate(sheet: string, change: (decor: SheetDecor) => void): void {
    change(this.decor(sheet));
    this.notify([this.sheetName(this.sheetId(sheet))]);
  }

  /** A sheet's decor, to read. @example engine.decor("Sheet1").mergeAt({ row: 0, col: 0 }) // undefined */
  decor(sheet: string): SheetDecor {
    const id = this.sheetId(sheet);
    const decor = this.decors.get(id) ?? new SheetDecor();
    this.decors.set(id, decor);
    return decor;
  }

  /**
   * Defines `name` as a range of `sheet`, for the whole workbook or for one sheet only (which its formulas
   * then prefer): `scopeSheet`, by default `sheet` itself — another sheet when the name points at, say, the
   * user's data from a report. Throws when HyperFormula refuses the name or a sheet does not exist.
   * @example engine.defineName("FUNNEL_STAGES", "阶段设置", { row: 3, col: 0, rows: 38, cols: 1 })
   * @example engine.defineName("DEAL_STAGE", "Deals", { row: 1, col: 3, rows: 40, cols: 1 }, "sheet", "Report")
   */
  defineName(
    name: string,
    sheet: string,
    range: CellRange,
    scope: NameScope = "workbook",
    scopeSheet: string = sheet,
  ): void {
    // Quoted always: HyperFormula does not parse an unquoted sheet name of Chinese characters.
    const expression = `='${sheet.replace(/'/g, "''")}'!${rangeAddress(range, true)}`;
    this.sheetId(sheet);
    const scopeId = scope === "sheet" ? this.sheetId(scopeSheet) : undefined;
    this.change(() => this.hf.addNamedExpression(name, expression, scopeId), []);
  }

  /**
   * Removes a workbook name, or the name defined on `scopeSheet` only.
   * @example engine.removeName("FUNNEL_STAGES")
   * @example engine.removeName("DEAL_STAGE", "Report")
   */
  removeName(name: string, scopeSheet?: string): void {
    const scopeId = scopeSheet === undefined ? undefined : this.sheetId(scopeSheet);
    this.tableStore.forgetName(name, scopeId);
    this.change(() => this.hf.removeNamedExpression(name, scopeId), []);
  }

  /**
   * Renames a sheet; formulas, names and tables that refer to it follow. Throws when the name is taken.
   * @example engine.renameSheet("管线健康 (2)", "管线健康")
   */
  renameSheet(sheet: string, newName: string): void {
    const id = this.sheetId(sheet);
    const oldName = this.sheetName(id);
    this.change(() => this.hf.renameSheet(id, newName), [oldName, newName]);
  }

  /**
   * The values of a block of cells as Excel hands them to JavaScript (`range.values`): numbers, text and
   * booleans as they are, "" for a blank cell, the error's text ("#DIV/0!") for an error.
   * @example engine.values("Deals", { row: 0, col: 0, rows: 2, cols: 2 }) // [["Stage", "Amount"], ["谈判", 1200]]
   */
  values(sheet: string, range: CellRange): (string | number | boolean)[][] {
    const id = this.sheetId(sheet);
    const block = this.hf.getRangeValues({
      start: { sheet: id, row: range.row, col: range.col },
      end: { sheet: id, row: range.row + range.rows - 1, col: range.col + range.cols - 1 },
    });
    return block.map((row) =>
      row.map((value) => (value === null ? "" : value instanceof DetailedCellError ? value.value : value)),
    );
  }

  /**
   * The names defined for `sheet` only, each with the A1 address it points at now on its sheet ("$D$8:$D$14",
   * following inserted and deleted rows), `null` when it points at no range of cells (its cells deleted: #REF!).
   * @example engine.sheetScopedNames("二次评估") // [{ name: "FUNNEL_EVAL_ID", address: "$M$1" }, …]
   */
  sheetScopedNames(sheet: string): { name: string; address: string | null }[] {
    const id = this.sheetId(sheet);
    return this.hf.listNamedExpressions(id).map((name) => {
      const formula = this.hf.getNamedExpressionFormula(name, id) ?? "";
      const match = /^=(?:'(?:[^']|'')*'|[^!'=]+)!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(
        formula,
      );
      return { name, address: match === null ? null : match[1] };
    });
  }

  /** The workbook names (not those of one sheet only). @example engine.workbookNames() // ["FUNNEL_STAGES"] */
  workbookNames(): string[] {
    return this.hf.listNamedExpressions();
  }

  /**
   * The choices of a cell's dropdown — its list validation's values, or the non-blank cells of the name it
   * lists from — or `undefined` when the cell has no dropdown.
   * @example engine.choicesAt("商机管线", { row: 3, col: 3 }) // ["目标客户", "潜在客户", …]
   */
  choicesAt(sheet: string, position: CellPosition): string[] | undefined {
    const validation = this.decor(sheet).validationAt(position);
    if (validation?.kind === "list") return [...validation.values];
    if (validation?.kind !== "listFromName") return undefined;
    const listed = this.hf.calculateFormula(`=${validation.name}`, this.sheetId(sheet));
    const values = Array.isArray(listed) ? listed.flat() : [listed];
    return values
      .filter((value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      .map(String)
      .filter((value) => value !== "");
  }

  private sheetId(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new RangeError(`No sheet named “${sheet}”.`);
    return id;
  }

  private sheetName(id: number): string {
    return this.hf.getSheetName(id) ?? "";
  }

  private tableView(record: { name: string; sheetId: number; range: CellRange }): EngineTable {
    return { name: record.name, sheet: this.sheetName(record.sheetId), range: { ...record.range } };
  }

  private address(sheet: string, position: CellPosition): SimpleCellAddress {
    return { sheet: this.sheetId(sheet), row: position.row, col: position.col };
  }

  /** Runs a change, re-enters the formulas whose spill changed size, then tells the listeners what it touched. */
  private change(operation: () => unknown, sheets: readonly string[]): void {
    this.pendingSpills.length = 0;
    operation();
    for (let round = 0; round < MAX_RESPILL_ROUNDS && this.pendingSpills.length > 0; round++) {
      const addresses = this.pendingSpills.splice(0);
      this.hf.batch(() => {
        for (const address of addresses) {
          const formula = this.hf.getCellFormula(address);
          if (formula !== undefined) this.hf.setCellContents(address, [[formula]]);
        }
      });
    }
    this.pendingSpills.length = 0;
    this.notify(sheets);
  }

  private notify(sheets: readonly string[]): void {
    this.versionNumber += 1;
    const change: EngineChange = { sheets };
    for (const listener of this.listeners) listener(change);
  }
}
