/**
 * Rows that copy an earlier row cell for cell — pasted twice, or an export appended twice. Only rows
 * that name their deal (a deal id or an opportunity name) are compared: two rows holding nothing but
 * "谈判, 100" may well be two deals. Cells are the same when both are blank, or both hold the same
 * text (spaces around it aside), number or boolean.
 */
import { isBlankCell } from "../kernel";

/** A cell as compared: blank cells are one value, texts are trimmed. */
function comparable(cell: unknown): unknown {
  if (isBlankCell(cell)) return null;
  return typeof cell === "string" ? cell.trim() : cell;
}

/**
 * Whether two rows hold the same cells (a short row's missing cells are blank).
 * Tested surface: exported for its tests.
 * @example sameCells(["A", 5, ""], ["A ", 5]) // true
 */
export function sameCells(a: readonly unknown[], b: readonly unknown[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (comparable(a[i]) !== comparable(b[i])) return false;
  }
  return true;
}

/** A text standing for a row's cells, equal for rows that are {@link sameCells}. */
function rowText(cells: readonly unknown[]): string {
  const shown = cells.map((cell) => {
    const value = comparable(cell);
    return value === null ? "" : `${typeof value}:${String(value)}`;
  });
  while (shown.length > 0 && shown[shown.length - 1] === "") shown.pop();
  return JSON.stringify(shown);
}

/**
 * The rows that copy an earlier row, each mapped to the first row it copies, among `groups` (rows
 * sharing a deal id or an opportunity name, ascending; see repeats.ts).
 * @example duplicateRows([["D1", "谈判"], ["D1", "谈判"], ["D1", "成交"]], [[0, 1, 2]]) // Map { 1 → 0 }
 */
export function duplicateRows(
  rows: readonly (readonly unknown[])[],
  groups: readonly (readonly number[])[],
): Map<number, number> {
  const copies = new Map<number, number>();
  for (const group of groups) {
    const first = new Map<string, number>();
    for (const row of group) {
      const text = rowText(rows[row]);
      const original = first.get(text);
      if (original === undefined) first.set(text, row);
      else copies.set(row, original);
    }
  }
  return copies;
}
