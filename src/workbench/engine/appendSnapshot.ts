/**
 * Appending a snapshot to the history table in the workbench's engine — its side of the gateway's `appendSnapshot`,
 * as src/excel/appendSnapshot.ts is Excel's. Without the history table, the snapshot is written as an import writes
 * a table (importTable.ts). Otherwise its snapshot-date column is read; a day already there is refused unless the
 * user said to replace it, then its rows are deleted (last run first; the sheet's rows, as the history sheet holds
 * only the table); the rows are written just below the table in chunks (text made literal), which grows the table
 * over them, and the date columns shown as dates.
 */
import { typedInput } from "../../core/import";
import { ok, type Result } from "../../core/kernel";
import { datedRuns, snapshotDateTaken } from "../../core/snapshots";
import type { SnapshotAppend, SnapshotAppended } from "../../excel/gateway";
import { ENGINE_IMPORT_CHUNK_ROWS, importTableInEngine } from "./importTable";
import type { WorkbookEngine } from "./workbookEngine";

/** Lets the event loop run (renders, input) between two chunks. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Appends the snapshot to the engine's history table, creating it the first time.
 * @example await appendSnapshotInEngine(engine, { table, asOf: 45838, replace: false }) // ok({ rows: 40, … })
 */
export async function appendSnapshotInEngine(
  engine: WorkbookEngine,
  snapshot: SnapshotAppend,
  onProgress?: (rowsWritten: number, totalRows: number) => void,
  chunkRows: number = ENGINE_IMPORT_CHUNK_ROWS,
): Promise<Result<SnapshotAppended>> {
  const typed = snapshot.table;
  const existing = engine.table(typed.tableName);
  if (existing === undefined) {
    const imported = await importTableInEngine(engine, typed, onProgress, chunkRows);
    if (!imported.ok) return imported;
    return ok({ ...imported.value, replaced: 0, created: true });
  }
  const { sheet, range } = existing;
  const dataRows = range.rows - 1;
  const dates =
    dataRows > 0
      ? engine
          .values(sheet, { row: range.row + 1, col: range.col, rows: dataRows, cols: 1 })
          .map((row) => row[0])
      : [];
  const runs = datedRuns(dates, snapshot.asOf);
  const replaced = runs.reduce((sum, run) => sum + run.count, 0);
  if (replaced > 0 && !snapshot.replace) return snapshotDateTaken(snapshot.asOf, replaced);
  for (const run of runs) engine.deleteRows(sheet, range.row + 1 + run.start, run.count);
  const below = range.row + 1 + dataRows - replaced;
  const total = typed.rows.length;
  for (let from = 0; from < total; from += chunkRows) {
    const rows = typed.rows.slice(from, from + chunkRows);
    engine.setCells(
      sheet,
      { row: below + from, col: range.col },
      rows.map((row) => row.map(typedInput)),
    );
    onProgress?.(from + rows.length, total);
    await nextTurn();
  }
  typed.kinds.forEach((kind, col) => {
    if (kind === "date") engine.setColumnFormat(sheet, range.col + col, "date");
  });
  if (total === 0) onProgress?.(0, 0);
  return ok({ sheet, table: existing.name, rows: total, replaced, created: false });
}
