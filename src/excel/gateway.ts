/**
 * The WorkbookGateway: everything the task pane asks of a workbook. The task pane knows only this
 * interface; `officeGateway.ts` serves it through Office.js in Excel, and the workbench serves it on
 * its in-browser engine. Every method resolves (never rejects) with a Result, so a failure reaches the
 * user as a message, not as an unhandled promise.
 */
import type { Result } from "../core/result";
import type { SheetSpec } from "../core/sheetSpec";

/** A cell of the workbook: its sheet, its A1 address, and whether it holds nothing. */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
  readonly isEmpty: boolean;
}

/** What the task pane can ask of a workbook. */
export interface WorkbookGateway {
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
   * failure midway the half-written sheet is removed. Resolves with the name used.
   */
  createSheet(spec: SheetSpec): Promise<Result<{ sheet: string }>>;
}
