/**
 * The user's content of a recording workbook as plain data, to compare before and after a generator ran: every
 * sheet but the add-in's, in tab order, with all that is recorded about it (cells with their contents and looks,
 * widths, heights, merges, validations, tables, names, links, charts, panes, page setup, protection, the
 * selection, a grid of values), every workbook name but those pointing at the add-in's sheets, and the names of
 * the tables not on them. Which sheet is active is left out: a generator activates the sheet it made. Never
 * shipped.
 */
import type { RecordedSheet, RecordedWorkbook } from "./recordingExcel";

const upper = (name: string) => name.toUpperCase();

function sheetContent(sheet: RecordedSheet) {
  return {
    ...sheet,
    cells: [...sheet.cells],
    columnWidths: [...sheet.columnWidths],
    rowHeights: [...sheet.rowHeights],
  };
}

/**
 * The user's content: everything but the sheets named in `except` (the add-in's) and what points at them.
 * @example expect(excel.userContent(["管线健康 (2)"])).toEqual(before)
 */
export function userContent(
  workbook: RecordedWorkbook,
  tableNames: readonly string[],
  except: readonly string[],
) {
  const excluded = new Set(except.map(upper));
  const theirs = (sheet: string) => excluded.has(upper(sheet));
  const addInTables = new Set(
    workbook.sheets
      .filter((sheet) => theirs(sheet.name))
      .flatMap((sheet) => sheet.tables.map((table) => table.name ?? "")),
  );
  return structuredClone({
    sheets: workbook.sheets.filter((sheet) => !theirs(sheet.name)).map(sheetContent),
    names: workbook.names.filter((name) => !theirs(name.sheet)),
    tables: tableNames.filter((name) => !addInTables.has(name)),
  });
}
