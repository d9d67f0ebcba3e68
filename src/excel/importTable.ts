/**
 * Writing a typed table (a CSV export read by core/import) onto a new sheet in Excel: one round trip to read the
 * workbook's sheet, name and table names, one per chunk of rows (each request under ~4 MB: see requestBudget.ts),
 * one to make the rows an Excel table, one to activate the sheet (#930: after the sync that added it). Each
 * chunk sets the number formats first ("@" for text columns, a date format for dates) and then the contents,
 * text made literal (see typedInput), so a text from the file is never read as a formula, a number or a date.
 * When a chunk or the table is refused, the sheet this call added is deleted again (never by name, see
 * removeHalfWritten) and the workbook is as it was. Dates are written in the workbook's date system (1904 on an old
 * Mac workbook; probed in the first round trip, see dateSystem.ts).
 *
 * Requirement sets: worksheets, names, tables, Range.formulas and numberFormat ExcelApi 1.1; getRangeByIndexes
 * ExcelApi 1.3.
 */
import { KIND_FORMATS, type TypedTable, typedInput } from "../core/import";
import { type DateSystem, fromSerial1900, ok, type Result } from "../core/kernel";
import { literalText, rangeAddress, uniqueSheetName } from "../core/sheet";
import { notCreated, readTakenNames, removeHalfWritten } from "./createSheet";
import type { TableImported } from "./gateway";
import { jsonBytes } from "./readChunks";
import { CALL_BYTES, WRITE_BUDGET_BYTES } from "./requestBudget";

/** The rows measured before the first chunk is planned. */
const PROBE_ROWS = 200;

/**
 * A table name not taken by any of `taken` (names and tables share one namespace, compared case-insensitively):
 * the wanted name, else "name_2", "name_3" …
 * Tested surface: exported for its tests.
 * @example freeTableName("Deals", ["deals"]) // "Deals_2"
 */
export function freeTableName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toUpperCase()));
  let name = wanted;
  for (let n = 2; used.has(name.toUpperCase()); n++) name = `${wanted}_${n}`;
  return name;
}

/**
 * The rows of one chunk: as many as fit half the request budget at `bytesPerRow` (contents and number formats),
 * at least one.
 * Tested surface: exported for its tests.
 * @example rowsPerChunk(100) // 19992
 */
export function rowsPerChunk(bytesPerRow: number, budget: number = WRITE_BUDGET_BYTES): number {
  return Math.max(1, Math.floor((budget / 2 - 2 * CALL_BYTES) / Math.max(1, bytesPerRow)));
}

/**
 * The contents and number formats of rows `from` … `from + count - 1`; dates (core's 1900 serials) in the
 * workbook's date system, so that they show the file's days in a 1904 workbook too.
 * @example chunkOf(table, 0, 100, 1900).inputs.length // 100 (fewer at the table's end)
 */
export function chunkOf(table: TypedTable, from: number, count: number, dateSystem: DateSystem = 1900) {
  const formats = table.kinds.map((kind) => KIND_FORMATS[kind]);
  const rows = table.rows.slice(from, from + count);
  const input = (cell: TypedTable["rows"][number][number], col: number) =>
    table.kinds[col] === "date" && typeof cell === "number"
      ? fromSerial1900(cell, dateSystem)
      : typedInput(cell);
  return {
    inputs: rows.map((row) => row.map(input)),
    formats: rows.map(() => formats),
  };
}

/**
 * The bytes a row takes in a request, measured on the first rows (contents and formats).
 * @example rowsPerChunk(measuredBytesPerRow(table)) // the rows of one chunk of this table
 */
export function measuredBytesPerRow(table: TypedTable): number {
  const count = Math.min(PROBE_ROWS, table.rows.length);
  if (count === 0) return 1;
  const { inputs, formats } = chunkOf(table, 0, count);
  return Math.ceil((jsonBytes(inputs) + jsonBytes(formats)) / count);
}

/**
 * Adds a sheet named after `table.sheetName` (made free), writes the header and the rows in chunks and makes
 * them an Excel table named after `table.tableName` (made free); resolves with the names used and the rows.
 * @example await Excel.run((context) => importTableInExcel(context, table, (done, total) => show(done / total)))
 */
export async function importTableInExcel(
  context: Excel.RequestContext,
  table: TypedTable,
  onProgress?: (rowsWritten: number, totalRows: number) => void,
): Promise<Result<TableImported>> {
  const taken = await readTakenNames(context);
  const sheetName = uniqueSheetName(table.sheetName, taken.sheets);
  const tableName = freeTableName(table.tableName, [...taken.names, ...taken.tables]);
  const cols = Math.max(1, table.header.length);
  const total = table.rows.length;
  const sheet = context.workbook.worksheets.add(sheetName);
  try {
    const head = sheet.getRangeByIndexes(0, 0, 1, cols);
    head.numberFormat = [Array.from({ length: cols }, () => KIND_FORMATS.text)];
    head.formulas = [Array.from({ length: cols }, (_, c) => literalText(table.header[c] ?? ""))];
    const perChunk = rowsPerChunk(measuredBytesPerRow(table));
    for (let from = 0; from < total; from += perChunk) {
      const { inputs, formats } = chunkOf(table, from, perChunk, taken.dateSystem);
      const range = sheet.getRangeByIndexes(1 + from, 0, inputs.length, cols);
      range.numberFormat = formats;
      range.formulas = inputs;
      // One request per chunk is the point: each stays under Excel on the web's 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      onProgress?.(from + inputs.length, total);
    }
    const excelTable = sheet.tables.add(rangeAddress({ row: 0, col: 0, rows: total + 1, cols }), true);
    excelTable.name = tableName;
    await context.sync();
  } catch (error) {
    return notCreated(sheetName, error, await removeHalfWritten(context, sheet, []));
  }
  if (total === 0) onProgress?.(0, 0);
  try {
    sheet.activate();
    await context.sync();
  } catch {
    // The sheet is written; staying on the user's sheet costs nothing.
  }
  return ok({ sheet: sheetName, table: tableName, rows: total });
}
