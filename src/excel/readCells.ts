/**
 * Reading the values of several ranges of cells through Office.js in as few requests as fit: the ranges are
 * queued together and synced once per group whose reply is estimated under the read budget (readChunks.ts); a
 * range too large for one reply is read in chunks of rows. A handful of evaluation sheets' answers take one round
 * trip.
 */
import { fail, ok, type Result } from "../core/kernel";
import type { SheetCells } from "../core/reviews";
import { type CellRange, parseCellRange, rangeAddress } from "../core/sheet";
import { chunkRows, READ_BUDGET_BYTES } from "./readChunks";
import { CALL_BYTES } from "./requestBudget";

/** One piece to read: the range it belongs to (its index) and its rows of that range. */
export interface ReadPiece {
  readonly index: number;
  readonly sheet: string;
  readonly range: CellRange;
}

/** The bytes a cell is planned with in a reply (readChunks' estimate). */
const BYTES_PER_CELL = 100;

/**
 * The pieces to read, grouped by request: each group's reply estimated within `budget` (100 B a cell, plus
 * {@link CALL_BYTES} a range); a range larger than a request on its own is split into chunks of rows.
 * @example readPlan([{ sheet: "阶段判定", range: { row: 7, col: 3, rows: 7, cols: 1 } }]).length // 1
 */
export function readPlan(
  cells: readonly { readonly sheet: string; readonly range: CellRange }[],
  budget: number = READ_BUDGET_BYTES,
): ReadPiece[][] {
  const groups: ReadPiece[][] = [];
  let group: ReadPiece[] = [];
  let used = 0;
  cells.forEach(({ sheet, range: whole }, index) => {
    const rows = chunkRows(whole.cols, BYTES_PER_CELL, budget - CALL_BYTES);
    for (let row = 0; row < whole.rows; row += rows) {
      const range = { ...whole, row: whole.row + row, rows: Math.min(rows, whole.rows - row) };
      const bytes = CALL_BYTES + range.rows * range.cols * BYTES_PER_CELL;
      if (group.length > 0 && used + bytes > budget) {
        groups.push(group);
        group = [];
        used = 0;
      }
      group.push({ index, sheet, range });
      used += bytes;
    }
  });
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * Reads the values of `cells`, one matrix per range in order, syncing once per group of {@link readPlan}.
 * @example await readCellsInExcel(context, [{ sheet: "谈判条件", address: "$C$5:$C$11" }]) // ok([[["是"], ["否"], …]])
 */
export async function readCellsInExcel(
  context: Excel.RequestContext,
  cells: readonly SheetCells[],
): Promise<Result<unknown[][][]>> {
  const parsed = cells.map(({ sheet, address }) => ({ sheet, address, range: parseCellRange(address) }));
  const bad = parsed.find((cell) => cell.range === undefined);
  if (bad !== undefined) {
    return fail("VALUE", {
      zh: `“${bad.address}”不是工作表“${bad.sheet}”的单元格地址。`,
      en: `“${bad.address}” is not a cell address of the sheet “${bad.sheet}”.`,
    });
  }
  const values: unknown[][][] = cells.map(() => []);
  for (const group of readPlan(parsed.map(({ sheet, range }) => ({ sheet, range: range! })))) {
    const loaded = group.map((piece) => {
      const range = context.workbook.worksheets.getItem(piece.sheet).getRange(rangeAddress(piece.range));
      range.load("values");
      return { piece, range };
    });
    // One sync per request-sized group (usually one in all): the budget, not the data, sets the count.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { piece, range } of loaded) values[piece.index].push(...(range.values as unknown[][]));
  }
  return ok(values);
}
