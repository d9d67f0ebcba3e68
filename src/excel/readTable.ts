/**
 * Reading the user's pipeline table through Office.js. `readTableInExcel` resolves where the table is — an Excel
 * table (its header row and data body), the used range of a sheet, or the used part of the selection — in one
 * `context.sync()`, then reads its values in row chunks, one sync per chunk, each sized to stay well under
 * Excel on the web's 5 MB request limit (see readChunks.ts: a probe of a few hundred rows, then chunks of
 * ⌊4 MB ÷ (columns × bytes per cell)⌋ rows): 1 + number of chunks syncs in all, never one per row. The header
 * row is read with the first chunk. An Excel table's probe goes with the request that locates it (its first rows,
 * within {@link PROBE_COLS} columns: the first chunk of a table no wider, a measure of a wider one), so reading
 * it takes as many syncs as chunks; should that request fail — the probe's reply over Excel's limit, or its block
 * off the sheet for a table at the sheet's edge — the table is located again without it. The chunks are planned from the cells already read, so a run of long texts
 * after short ones can still make a reply larger than planned; should Excel refuse one over its limit, that chunk
 * is read again in halves (one more round trip per refusal) and the chunks after it grow back only gradually.
 *
 * Requirement sets: tables, getItem, getHeaderRowRange, getDataBodyRange, Table.getRange, getSelectedRange,
 * Range.worksheet, Range.getIntersection ExcelApi 1.1; the date-system probe (dateSystem.ts) ExcelApi 1.2;
 * getUsedRangeOrNullObject (worksheet and range) ExcelApi 1.4; getRangeByIndexes, getAbsoluteResizedRange
 * ExcelApi 1.7.
 */
import { type Bilingual, fail, ok, type Result } from "../core/kernel";
import { queueDateSystem } from "./dateSystem";
import { chunkRows, firstChunkRows, jsonBytes, observedBytesPerCell, PROBE_ROWS } from "./readChunks";
import type { TableData, TableInfo, TableSource } from "./gateway";

/** Where a table's cells are on its sheet: the header row first, then `rows` data rows; the Excel table's name. */
interface TableArea {
  readonly table?: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly cols: number;
  readonly rows: number;
}

const nothingToRead = (where: Bilingual): Result<never> =>
  fail("VALUE", {
    zh: `${where.zh}没有数据。请选择含标题行的数据表。`,
    en: `${where.en} holds no data. Pick a table with a header row.`,
  });

/**
 * A cell value as the table gives it: "" for a blank.
 * Tested surface: exported for its tests.
 * @example cellValue(null) // ""
 * @example cellValue(12) // 12
 */
export function cellValue(value: unknown): unknown {
  return value === null || value === undefined ? "" : value;
}

/**
 * A header cell as trimmed text.
 * Tested surface: exported for its tests.
 * @example headerText("  阶段 ") // "阶段"
 * @example headerText(2024) // "2024"
 */
export function headerText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * The workbook's Excel tables with their sheet and number of data rows: one sync for the tables, and a second
 * for their row counts only when there are tables (a table's row count is a property of its data body, which
 * can be asked for only once the tables are known; loading each table's `rows` would load every row).
 * @example await Excel.run((context) => listTablesInExcel(context)) // ok([{ name: "Deals", sheet: "商机", rows: 120 }])
 */
export async function listTablesInExcel(context: Excel.RequestContext): Promise<Result<TableInfo[]>> {
  const tables = context.workbook.tables;
  tables.load("items/name, items/worksheet/name");
  await context.sync();
  if (tables.items.length === 0) return ok([]);
  const bodies = tables.items.map((table) => table.getDataBodyRange().load("rowCount"));
  await context.sync();
  return ok(
    tables.items.map((table, i) => ({
      name: table.name,
      sheet: table.worksheet.name,
      rows: bodies[i].rowCount,
    })),
  );
}

/**
 * The columns the probe sent with the request that locates an Excel table reads at most: with
 * {@link PROBE_ROWS} rows, a block planned at ~1.6 MB at the estimate of 100 B a cell (as a probe is, see
 * readChunks.ts). A table no wider is read whole in its first rows; a wider one is only measured by it.
 * Tested surface: exported for its tests.
 */
export const PROBE_COLS = 64;

/** What locating the source queued: the located area to read after the sync, and the probe (an Excel table's). */
interface Located {
  readonly area: () => Result<TableArea>;
  /** The table's header and first rows, at most {@link PROBE_COLS} columns (loaded with the area). */
  readonly probe?: Excel.Range;
}

/**
 * Queues what locates the source, and — `withProbe`, for an Excel table — the probe of its first rows, in the same
 * request: its top-left block of {@link PROBE_ROWS} rows (the header first) and {@link PROBE_COLS} columns,
 * within the table.
 */
function locate(context: Excel.RequestContext, source: TableSource, withProbe: boolean): Located {
  const dimensions = "rowIndex, columnIndex, rowCount, columnCount";
  switch (source.kind) {
    case "table": {
      const table = context.workbook.tables.getItem(source.name).load("name");
      const header = table.getHeaderRowRange().load(dimensions);
      const body = table.getDataBodyRange().load("rowCount");
      const worksheet = table.worksheet.load("name");
      const whole = table.getRange();
      const probe = withProbe
        ? whole.getIntersection(whole.getAbsoluteResizedRange(PROBE_ROWS, PROBE_COLS)).load("values")
        : undefined;
      const area = () =>
        ok({
          table: table.name,
          sheet: worksheet.name,
          headerRow: header.rowIndex,
          firstCol: header.columnIndex,
          cols: header.columnCount,
          rows: body.rowCount,
        });
      return { area, probe };
    }
    case "sheet": {
      const used = context.workbook.worksheets
        .getItem(source.sheet)
        .getUsedRangeOrNullObject(true)
        .load(dimensions);
      return {
        area: () =>
          areaOf(source.sheet, used, { zh: `工作表“${source.sheet}”`, en: `The sheet "${source.sheet}"` }),
      };
    }
    case "selection": {
      const selection = context.workbook.getSelectedRange().load("rowCount, columnCount");
      selection.worksheet.load("name");
      const used = selection.getUsedRangeOrNullObject(true).load(dimensions);
      const area = () => {
        if (selection.rowCount * selection.columnCount === 1) {
          return fail("VALUE", {
            zh: "只选中了一个单元格。请选中整个数据表（含标题行），或选择一个 Excel 表格。",
            en: "Only one cell is selected. Select the whole table with its header row, or pick an Excel table.",
          });
        }
        return areaOf(selection.worksheet.name, used, { zh: "所选区域", en: "The selection" });
      };
      return { area };
    }
  }
}

function areaOf(sheet: string, used: Excel.Range, where: Bilingual): Result<TableArea> {
  if (used.isNullObject) return nothingToRead(where);
  return ok({
    sheet,
    headerRow: used.rowIndex,
    firstCol: used.columnIndex,
    cols: used.columnCount,
    rows: used.rowCount - 1,
  });
}

/** The error codes with which Excel refuses a request or a reply over its size limit. */
const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]);

/** Whether Excel refused a request because it or its reply was over the size limit. */
function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && TOO_LARGE.has(code);
}

/**
 * Reads the table at `source`: its header as trimmed text, its data rows ("" for blanks), the Excel table's name
 * when `source` is a table (names over its columns then refer to it by structured reference), and the workbook's date
 * system (asked in the sync that locates the table, see dateSystem.ts), in row chunks of
 * at most ~4 MB each (a probe of a few hundred rows first), calling `onProgress(rowsRead, totalRows)` after each
 * chunk (once with 0, 0 for a table without data rows). A chunk whose cells prove larger than estimated makes the
 * next chunks smaller; a chunk Excel refuses as too large is read again in halves. With `onRows`, each chunk's data
 * rows are handed to it as they come and not kept (the result's `rows` is then empty): a caller that analyses them
 * chunk by chunk (core's openHealthStream) never holds the table whole.
 * @example await Excel.run((context) => readTableInExcel(context, { kind: "table", name: "Deals" }))
 */
export async function readTableInExcel(
  context: Excel.RequestContext,
  source: TableSource,
  onProgress?: (rowsRead: number, totalRows: number) => void,
  onRows?: (rows: unknown[][]) => void,
): Promise<Result<TableData>> {
  let located = locate(context, source, true);
  let dateSystem = queueDateSystem(context);
  try {
    await context.sync();
  } catch (error) {
    if (located.probe === undefined) throw error;
    // The probe took the reply over Excel's limit, or the table reaches the sheet's edge: locate it alone (a
    // table Excel cannot find fails again, with Excel's reason).
    located = locate(context, source, false);
    dateSystem = queueDateSystem(context);
    await context.sync();
  }
  const area = located.area();
  if (!area.ok) return area;
  const { table, sheet, headerRow, firstCol, cols, rows: total } = area.value;
  const worksheet = context.workbook.worksheets.getItem(sheet);
  let header: string[] = [];
  const rows: unknown[][] = [];
  let perChunk = firstChunkRows(cols);
  // After a refusal: the most rows a chunk may have, doubling with each chunk read.
  let ceiling = Number.POSITIVE_INFINITY;
  // Sheet rows headerRow … headerRow + total: the header row first, then the data rows.
  let next = 0;
  /** Takes the `values` of sheet rows from `next` on: the header (first), the rows, the next chunk's plan. */
  const take = (values: unknown[][]) => {
    const data = next === 0 ? values.slice(1) : values;
    if (next === 0) header = (values[0] ?? []).map(headerText);
    for (const row of data) for (let c = 0; c < row.length; c++) row[c] = cellValue(row[c]);
    if (onRows) onRows(data);
    else for (const row of data) rows.push(row);
    next += values.length;
    onProgress?.(next - 1, total);
  };
  const probed = located.probe?.values;
  if (probed !== undefined) {
    // The probe's rows are whole when the table is no wider: its first chunk. Else it only measured the cells.
    if (cols <= PROBE_COLS) take(probed);
    perChunk = chunkRows(
      cols,
      observedBytesPerCell(jsonBytes(probed), probed.length * (probed[0]?.length ?? 0)),
    );
  }
  while (next <= total) {
    const count = Math.min(perChunk, ceiling, total + 1 - next);
    const chunk = worksheet.getRangeByIndexes(headerRow + next, firstCol, count, cols).load("values");
    try {
      // One sync per chunk is the point: each request must stay under Excel on the web's 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (count === 1 || !isPayloadTooLarge(error)) throw error;
      ceiling = Math.ceil(count / 2);
      continue;
    }
    ceiling *= 2;
    const values = chunk.values;
    take(values);
    perChunk = chunkRows(cols, observedBytesPerCell(jsonBytes(values), count * cols));
  }
  const read = { sheet, headerRow, firstCol, header, rows, dateSystem: dateSystem() };
  return ok(table === undefined ? read : { ...read, table });
}
