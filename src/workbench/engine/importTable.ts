/**
 * Writing a typed table (a CSV export read by core/import) into the workbench's engine — its side of the gateway's
 * `importTable`, as src/excel/importTable.ts is Excel's: a new sheet under a free name, the header and the rows
 * written in chunks (text made literal, so the engine keeps it as text; numbers as numbers), date columns shown
 * as dates, then made an Excel table of the engine (named after `table.tableName`, made free), as Excel's import
 * makes one: names over its columns then follow its rows. Between chunks the event loop runs, so
 * the task pane's progress bar moves. On a failure midway the sheet is removed again.
 */
import { type TypedTable, typedInput } from "../../core/import";
import { errorDetail, fail, ok, type Result } from "../../core/kernel";
import { literalText } from "../../core/sheet";
import type { WorkbookEngine } from "./workbookEngine";

/** Rows per write: large enough to be quick, small enough for the progress bar to move on 100k rows. */
export const ENGINE_IMPORT_CHUNK_ROWS = 5_000;

/** Lets the event loop run (renders, input) between two chunks. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Adds a sheet named after `table.sheetName` (made free), writes the table into it and makes it an engine table;
 * resolves with the sheet's name, the table's and the rows written, or a VALUE failure after removing the sheet.
 * @example await importTableInEngine(engine, table) // ok({ sheet: "deals", table: "deals", rows: 3 })
 */
export async function importTableInEngine(
  engine: WorkbookEngine,
  table: TypedTable,
  onProgress?: (rowsWritten: number, totalRows: number) => void,
  chunkRows: number = ENGINE_IMPORT_CHUNK_ROWS,
): Promise<Result<{ sheet: string; table: string; rows: number }>> {
  const sheet = engine.addSheet(table.sheetName);
  const total = table.rows.length;
  let name: string;
  try {
    engine.setCells(sheet, { row: 0, col: 0 }, [table.header.map(literalText)]);
    table.kinds.forEach((kind, col) => {
      if (kind === "date") engine.setColumnFormat(sheet, col, "date");
    });
    for (let from = 0; from < total; from += chunkRows) {
      const rows = table.rows.slice(from, from + chunkRows);
      engine.setCells(
        sheet,
        { row: 1 + from, col: 0 },
        rows.map((row) => row.map(typedInput)),
      );
      onProgress?.(from + rows.length, total);
      await nextTurn();
    }
    name = engine.addTable(table.tableName, sheet, {
      row: 0,
      col: 0,
      rows: 1 + total,
      cols: Math.max(1, table.header.length),
    });
  } catch (error) {
    if (engine.hasSheet(sheet)) engine.removeSheet(sheet);
    const detail = errorDetail(error);
    return fail("VALUE", {
      zh: `无法创建工作表“${sheet}”：${detail}。已撤销，工作簿未做任何更改。`,
      en: `Could not create the sheet "${sheet}": ${detail}. It was removed; the workbook is unchanged.`,
    });
  }
  if (total === 0) onProgress?.(0, 0);
  return ok({ sheet, table: name, rows: total });
}
