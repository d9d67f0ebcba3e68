/**
 * Reading the user's table off the workbench's engine for the gateway's `readTable`: a sheet's used range, a
 * selected range, or an Excel table's range, with its first row as the header and the rest as data rows, values as Excel gives them
 * ("" for blanks). Read in chunks of rows (as Excel's gateway must, under Excel on the web's request limit),
 * with a pause after each so the task pane can show the progress.
 */
import { fail, ok, type Result } from "../../core/kernel";
import type { CellRange } from "../../core/sheet";
import type { TableData } from "../../excel/gateway";
import type { WorkbookEngine } from "./workbookEngine";

/** Rows read per chunk. */
const READ_CHUNK_ROWS = 5_000;

/** Called after each chunk with the data rows read so far and the data rows in all. */
export type ReadProgress = (rowsRead: number, totalRows: number) => void;

type Row = (string | number | boolean)[];

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/**
 * Whether a row holds no value at all, as Excel's used range sees it (values only): the engine gives ""
 * for an empty cell. Not the model's blank-cell rule (core's isBlankCell): a row of "-" is not empty here,
 * as it is not for Excel's gateway, so both gateways find the same header row.
 */
const holdsNoValue = (row: Row) => row.every((value) => value === "");

/** Reads `range` chunk by chunk; progress counts the rows after the first (the header). */
async function readRows(
  engine: WorkbookEngine,
  sheet: string,
  range: CellRange,
  onProgress: ReadProgress | undefined,
  chunkRows: number,
): Promise<Row[]> {
  const rows: Row[] = [];
  const total = range.rows - 1;
  for (let offset = 0; offset < range.rows; offset += chunkRows) {
    const rowsNow = Math.min(chunkRows, range.rows - offset);
    rows.push(...engine.values(sheet, { ...range, row: range.row + offset, rows: rowsNow }));
    onProgress?.(Math.max(0, Math.min(offset + rowsNow - 1, total)), total);
    await nextTurn();
  }
  return rows;
}

function tableData(sheet: string, headerRow: number, firstCol: number, rows: Row[]): TableData {
  const [header, ...data] = rows;
  // HyperFormula counts dates as Excel's default 1900 system does: the workbench is a 1900 workbook.
  return { sheet, headerRow, firstCol, header: header.map(String), rows: data, dateSystem: 1900 };
}

function emptyFailure(where: { zh: string; en: string }): Result<never> {
  return fail("VALUE", {
    zh: `${where.zh}没有数据：请选择带标题行的商机表。`,
    en: `${where.en} holds no data: pick the pipeline table with its header row.`,
  });
}

/**
 * A sheet's used range as a table: from its first non-blank row and column to its last, the first row the
 * header. An empty sheet is a VALUE failure.
 * @example await readSheetTable(engine, "Deals") // { ok: true, value: { sheet: "Deals", headerRow: 0, firstCol: 0, header: ["Stage", …], rows: [...] } }
 */
export async function readSheetTable(
  engine: WorkbookEngine,
  sheet: string,
  onProgress?: ReadProgress,
  chunkRows = READ_CHUNK_ROWS,
): Promise<Result<TableData>> {
  const used = engine.usedSize(sheet);
  const where = { zh: `工作表“${sheet}”`, en: `The sheet "${sheet}"` };
  if (used.rows === 0 || used.columns === 0) return emptyFailure(where);
  const all = await readRows(
    engine,
    sheet,
    { row: 0, col: 0, rows: used.rows, cols: used.columns },
    onProgress,
    chunkRows,
  );
  const headerRow = all.findIndex((row) => !holdsNoValue(row));
  if (headerRow < 0) return emptyFailure(where);
  const rows = all.slice(headerRow);
  const firstCol = Math.min(
    ...rows.map((row) => row.findIndex((value) => value !== "")).filter((i) => i >= 0),
  );
  return ok(
    tableData(
      sheet,
      headerRow,
      firstCol,
      rows.map((row) => row.slice(firstCol)),
    ),
  );
}

/**
 * Exactly `range` as a table (an Excel table's range, its empty rows included): its first row the header.
 * @example await readExactTable(engine, "Deals", { row: 0, col: 0, rows: 41, cols: 9 }) // header A1:I1, 40 rows
 */
export async function readExactTable(
  engine: WorkbookEngine,
  sheet: string,
  range: CellRange,
  onProgress?: ReadProgress,
  chunkRows = READ_CHUNK_ROWS,
): Promise<TableData> {
  return tableData(sheet, range.row, range.col, await readRows(engine, sheet, range, onProgress, chunkRows));
}

/**
 * A selected range as a table, cut to the sheet's used size (rows and columns past the data hold nothing): its
 * first row the header. A single cell, or a range with no data, is a VALUE failure that says what to select.
 * @example await readRangeTable(engine, "Deals", { row: 0, col: 0, rows: 41, cols: 9 }) // header A1:I1, 40 rows
 */
export async function readRangeTable(
  engine: WorkbookEngine,
  sheet: string,
  range: CellRange,
  onProgress?: ReadProgress,
  chunkRows = READ_CHUNK_ROWS,
): Promise<Result<TableData>> {
  if (range.rows * range.cols < 2) {
    return fail("VALUE", {
      zh: "只选择了一个单元格：请选择整个商机表（含标题行），或改为读取整张工作表。",
      en: "Only one cell is selected: select the whole pipeline table with its header row, or read the whole sheet.",
    });
  }
  const used = engine.usedSize(sheet);
  const cut: CellRange = {
    ...range,
    rows: Math.min(range.row + range.rows, used.rows) - range.row,
    cols: Math.min(range.col + range.cols, used.columns) - range.col,
  };
  const where = { zh: "所选区域", en: "The selection" };
  if (cut.rows <= 0 || cut.cols <= 0) return emptyFailure(where);
  const rows = await readRows(engine, sheet, cut, onProgress, chunkRows);
  return ok(tableData(sheet, cut.row, cut.col, rows));
}
