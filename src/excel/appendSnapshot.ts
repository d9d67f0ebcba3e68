/**
 * Appending a snapshot to the history table in Excel (the gateway's `appendSnapshot`). One round trip reads the
 * workbook's sheet, name and table names and its date system; without the history table, the snapshot is written
 * as `importTable` writes a table (importTable.ts). Otherwise one round trip reads where the table's data body is,
 * one per ~250,000 rows reads its snapshot-date column, and — only when the user said to replace a day already
 * there — that day's table rows are deleted (last first); then one round trip per chunk of rows (each request
 * under ~4 MB, see requestBudget.ts) adds the rows to the table (`TableRowCollection.add`, ExcelApi 1.1) and gives
 * them their columns' number formats ("@" for text, a date format for dates). Text is made literal (typedInput), so
 * it is never read as a formula, a number or a date.
 */
import type { TypedTable } from "../core/import";
import { fromSerial1900, ok, type Result } from "../core/kernel";
import { datedRuns, snapshotDateTaken } from "../core/snapshots";
import { readTakenNames } from "./createSheet";
import type { SnapshotAppend, SnapshotAppended } from "./gateway";
import { chunkOf, importTableInExcel, measuredBytesPerRow, rowsPerChunk } from "./importTable";
import { requestBudget } from "./requestBudget";

/** Rows of the date column read in one round trip (a number a cell: well under the 5 MB reply limit). */
export const DATE_READ_ROWS = 250_000;

/** Where the history table's data body is. */
interface BodyPlace {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
}

/** Reads where the table's data body is (one round trip). */
async function bodyPlace(context: Excel.RequestContext, table: Excel.Table): Promise<BodyPlace> {
  const body = table.getDataBodyRange();
  body.load("rowIndex, columnIndex, rowCount");
  table.worksheet.load("name");
  await context.sync();
  return { sheet: table.worksheet.name, row: body.rowIndex, col: body.columnIndex, rows: body.rowCount };
}

/** Reads the data body's first column (the snapshot dates), one round trip per {@link DATE_READ_ROWS} rows. */
async function dateColumn(context: Excel.RequestContext, place: BodyPlace): Promise<unknown[]> {
  const sheet = context.workbook.worksheets.getItem(place.sheet);
  const dates: unknown[] = [];
  for (let from = 0; from < place.rows; from += DATE_READ_ROWS) {
    const count = Math.min(DATE_READ_ROWS, place.rows - from);
    const range = sheet.getRangeByIndexes(place.row + from, place.col, count, 1);
    range.load("values");
    // One reply per block keeps each under Excel on the web's limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    dates.push(...range.values.map((row) => row[0]));
  }
  return dates;
}

/** Adds the rows to the table in chunks, each request under the budget, with their number formats. */
async function addRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  typed: TypedTable,
  at: { sheet: string; row: number; col: number },
  dateSystem: 1900 | 1904,
  onProgress?: (rowsWritten: number, totalRows: number) => void,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(at.sheet);
  const total = typed.rows.length;
  const cols = typed.header.length;
  const perChunk = rowsPerChunk(measuredBytesPerRow(typed));
  for (let from = 0; from < total; from += perChunk) {
    const { inputs, formats } = chunkOf(typed, from, perChunk, dateSystem);
    table.rows.add(undefined, inputs);
    sheet.getRangeByIndexes(at.row + from, at.col, inputs.length, cols).numberFormat = formats;
    // One request per chunk is the point: each stays under Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    onProgress?.(from + inputs.length, total);
  }
  if (total === 0) onProgress?.(0, 0);
}

/**
 * Appends the snapshot to the history table, creating it the first time; refuses a day already there unless
 * `snapshot.replace`, then deletes that day's rows first.
 * @example await Excel.run((context) => appendSnapshotInExcel(context, { table, asOf: 45838, replace: false }))
 */
export async function appendSnapshotInExcel(
  context: Excel.RequestContext,
  snapshot: SnapshotAppend,
  onProgress?: (rowsWritten: number, totalRows: number) => void,
): Promise<Result<SnapshotAppended>> {
  const typed = snapshot.table;
  const taken = await readTakenNames(context);
  const name = taken.tables.find((table) => table.toUpperCase() === typed.tableName.toUpperCase());
  if (name === undefined) {
    const imported = await importTableInExcel(context, typed, onProgress);
    if (!imported.ok) return imported;
    const { sheet, rows } = imported.value;
    return ok({ sheet, table: imported.value.table ?? typed.tableName, rows, replaced: 0, created: true });
  }
  const table = context.workbook.tables.getItem(name);
  const place = await bodyPlace(context, table);
  const runs = datedRuns(await dateColumn(context, place), fromSerial1900(snapshot.asOf, taken.dateSystem));
  const replaced = runs.reduce((sum, run) => sum + run.count, 0);
  if (replaced > 0 && !snapshot.replace) return snapshotDateTaken(snapshot.asOf, replaced);
  if (replaced > 0) {
    const budget = requestBudget(context);
    for (const run of runs) {
      for (let i = run.start + run.count - 1; i >= run.start; i--) {
        // Deleting rows is queued: the budget syncs only when the request would grow over its limit.

        await budget.spend(1);
        table.rows.getItemAt(i).delete();
      }
    }
    await context.sync();
  }
  const at = { sheet: place.sheet, row: place.row + place.rows - replaced, col: place.col };
  await addRows(context, table, typed, at, taken.dateSystem, onProgress);
  return ok({ sheet: place.sheet, table: name, rows: typed.rows.length, replaced, created: false });
}
