/**
 * The workbench engine's Excel tables (HyperFormula has none): each table's name, sheet and range (header row and
 * data rows), and the workbook names defined over a table's columns — Excel's structured references, such as
 * `Deals[Stage]` — which the store re-points to the columns' current data rows whenever the table's rows change,
 * so that formulas over those names follow rows appended below the table or deleted. Used by workbookEngine.ts,
 * which runs every change and tells the listeners; the range rules are tableRanges.ts's.
 */
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { type CellRange, cellAddress, type TableColumnsRef } from "../../core/sheet";
import type { CellPosition } from "../a1";
import { freeTableName, grownRows, MIN_TABLE_ROWS, rangesOverlap, tableWithoutRows } from "./tableRanges";

/** A table of the engine: its name, the id of its sheet, and its range (header row first). */
export interface TableRecord {
  readonly name: string;
  readonly sheetId: number;
  range: CellRange;
}

/** A workbook (or sheet) name over columns of a table, by their 0-based offsets in it. */
interface TableName {
  readonly name: string;
  /** The sheet the name is defined on; undefined for the whole workbook. */
  readonly scopeId: number | undefined;
  readonly table: string;
  readonly first: number;
  readonly last: number;
}

const upper = (text: string) => text.toUpperCase();
const nameKey = (name: string, scopeId: number | undefined) => `${scopeId ?? "*"}:${upper(name)}`;

/** The engine's tables and the names over their columns. */
export class EngineTables {
  private readonly records: TableRecord[] = [];
  private readonly names = new Map<string, TableName>();

  constructor(private readonly hf: HyperFormula) {}

  /** The tables, in the order added. @example tables.list()[0].name // "Deals" */
  list(): readonly TableRecord[] {
    return this.records;
  }

  /** The table of this name (case ignored, as in Excel). @example tables.find("deals")?.name // "Deals" */
  find(name: string): TableRecord | undefined {
    return this.records.find((record) => upper(record.name) === upper(name));
  }

  /**
   * The first table of a sheet overlapping `range`, if any.
   * @example tables.overlapping(0, { row: 0, col: 0, rows: 1, cols: 1 })?.name // "Deals"
   */
  overlapping(sheetId: number, range: CellRange): TableRecord | undefined {
    return this.records.find((record) => record.sheetId === sheetId && rangesOverlap(record.range, range));
  }

  /**
   * Adds a table over `range` (made at least a header and one data row) under a free name made from
   * `preferredName` (see freeTableName; workbook names count as taken); returns the name.
   * @throws RangeError when the range overlaps a table.
   * @example tables.add("Deals", 0, { row: 0, col: 0, rows: 41, cols: 9 }) // "Deals"
   */
  add(preferredName: string, sheetId: number, range: CellRange): string {
    const overlapped = this.overlapping(sheetId, range);
    if (overlapped) throw new RangeError(`The range overlaps the table “${overlapped.name}”.`);
    const taken = [...this.records.map((record) => record.name), ...this.hf.listNamedExpressions()];
    const name = freeTableName(preferredName, taken);
    this.records.push({ name, sheetId, range: { ...range, rows: Math.max(MIN_TABLE_ROWS, range.rows) } });
    return name;
  }

  /**
   * Defines `name` (for the workbook, or on the sheet `scopeId`) as the data rows of a table's columns, found by
   * their header text (exact, else case ignored); it then follows the table's rows. Throws when the table or a
   * column is not there, or HyperFormula refuses the name.
   * @example tables.defineName("FUNNEL_DATA_STAGE", { table: "Deals", first: "Stage", last: "Stage" }, undefined)
   */
  defineName(name: string, ref: TableColumnsRef, scopeId: number | undefined): void {
    const table = this.find(ref.table);
    if (table === undefined) throw new RangeError(`There is no table named “${ref.table}”.`);
    const first = this.columnOffset(table, ref.first);
    const last = this.columnOffset(table, ref.last);
    const tracked: TableName = {
      name,
      scopeId,
      table: table.name,
      first: Math.min(first, last),
      last: Math.max(first, last),
    };
    this.hf.addNamedExpression(name, this.expression(tracked, table), scopeId);
    this.names.set(nameKey(name, scopeId), tracked);
  }

  /** Stops following a name removed from the workbook (or from the sheet `scopeId`). */
  forgetName(name: string, scopeId: number | undefined): void {
    this.names.delete(nameKey(name, scopeId));
  }

  /** Stops following the names defined on a sheet (emptied or removed). */
  forgetNamesOn(scopeId: number): void {
    for (const [key, tracked] of this.names) if (tracked.scopeId === scopeId) this.names.delete(key);
  }

  /** Removes the tables of a removed sheet (and stops following the names on it or over its tables). */
  removeSheet(sheetId: number): void {
    this.forgetNamesOn(sheetId);
    for (let i = this.records.length - 1; i >= 0; i--) {
      if (this.records[i].sheetId === sheetId) this.drop(i);
    }
  }

  /**
   * After a block of values was written on a sheet: grows the tables it wrote just below (see grownRows) and
   * re-points the names over them. Run it in the change that wrote the block.
   */
  written(sheetId: number, topLeft: CellPosition, block: readonly (readonly unknown[])[]): void {
    const changed = this.records.filter((record) => {
      if (record.sheetId !== sheetId) return false;
      const rows = grownRows(record.range, topLeft, block);
      if (rows === record.range.rows) return false;
      record.range = { ...record.range, rows };
      return true;
    });
    this.repoint(changed);
  }

  /**
   * After sheet rows were deleted: moves or shrinks the tables of the sheet (a table whose header row went goes)
   * and re-points the names over them. Run it in the change that deleted the rows.
   */
  rowsDeleted(sheetId: number, row: number, count: number): void {
    const changed: TableRecord[] = [];
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i];
      if (record.sheetId !== sheetId) continue;
      const range = tableWithoutRows(record.range, row, count);
      if (range === undefined) this.drop(i);
      else {
        record.range = range;
        changed.push(record);
      }
    }
    this.repoint(changed);
  }

  private drop(index: number): void {
    const [record] = this.records.splice(index, 1);
    for (const [key, tracked] of this.names)
      if (upper(tracked.table) === upper(record.name)) this.names.delete(key);
  }

  private columnOffset(table: TableRecord, header: string): number {
    const id = table.sheetId;
    const { row, col, cols } = table.range;
    const texts = this.hf
      .getRangeValues({ start: { sheet: id, row, col }, end: { sheet: id, row, col: col + cols - 1 } })[0]
      .map((value) =>
        value === null ? "" : value instanceof DetailedCellError ? value.value : String(value),
      );
    const exact = texts.indexOf(header);
    const offset =
      exact >= 0 ? exact : texts.findIndex((text) => upper(text.trim()) === upper(header.trim()));
    if (offset < 0) throw new RangeError(`The table “${table.name}” has no column “${header}”.`);
    return offset;
  }

  /** The formula a name over a table's columns points at now: the columns' data rows, absolute. */
  private expression(tracked: TableName, table: TableRecord): string {
    const sheet = this.hf.getSheetName(table.sheetId) ?? "";
    const { row, col, rows } = table.range;
    const first = cellAddress(row + 1, col + tracked.first, true);
    const last = cellAddress(row + rows - 1, col + tracked.last, true);
    // Quoted always: HyperFormula does not parse an unquoted sheet name of Chinese characters. A range always
    // (A2:A2, not A2), so that a one-row table's column counts as a range (COUNTA of an empty cell is 0).
    return `='${sheet.replace(/'/g, "''")}'!${first}:${last}`;
  }

  private repoint(tables: readonly TableRecord[]): void {
    for (const table of tables) {
      for (const tracked of this.names.values()) {
        if (upper(tracked.table) !== upper(table.name)) continue;
        this.hf.changeNamedExpression(tracked.name, this.expression(tracked, table), tracked.scopeId);
      }
    }
  }
}
