/**
 * A table's rows in the recording Excel (`table.rows`, ExcelApi 1.1): `add(undefined, values)` writes the rows just
 * below the table and grows it over them; `getItemAt(i).delete()` deletes data row i, the table's cells below it
 * moving up and the table shrinking. Works on a sheet's cells (not on a dense grid). Never shipped.
 */
import type { Act } from "./recordingCharts";
import { addressOf, boxAddress, parseRange } from "./recordingGrid";
import type { RecordedSheet } from "./recordingExcel";

/** Where a table is as the calls apply: its sheet, and its address to read and to change. */
export interface LiveTable {
  readonly sheet: () => RecordedSheet;
  readonly address: () => string;
  readonly setAddress: (address: string) => void;
}

/**
 * The `rows` collection of a table.
 * @example tableRows(act, live).add(undefined, [["D-1", 100]])
 */
export function recordingTableRows(act: Act, live: LiveTable) {
  return {
    add: (index: number | undefined, values: unknown[][]) =>
      act(
        "tableRows.add",
        () => {
          const box = parseRange(live.address());
          if (index !== undefined && index !== null)
            throw new Error("The recording Excel adds rows at the end only");
          if (values.some((row) => row.length !== box.cols))
            throw new Error(`rows of ${box.cols} cells expected`);
          const cells = live.sheet().cells;
          values.forEach((row, r) =>
            row.forEach((input, c) => cells.set(addressOf(box.row + box.rows + r, box.col + c), { input })),
          );
          live.setAddress(boxAddress({ ...box, rows: box.rows + values.length }));
        },
        values,
      ),
    getItemAt: (i: number) => ({
      delete: () =>
        act("tableRow.delete", () => {
          const box = parseRange(live.address());
          const row = box.row + 1 + i;
          if (i < 0 || row >= box.row + box.rows) throw new Error(`no table row ${i}`);
          const cells = live.sheet().cells;
          for (let r = row; r < box.row + box.rows; r++) {
            for (let c = box.col; c < box.col + box.cols; c++) {
              const below = cells.get(addressOf(r + 1, c));
              if (r + 1 < box.row + box.rows && below !== undefined) cells.set(addressOf(r, c), below);
              else cells.delete(addressOf(r, c));
            }
          }
          live.setAddress(boxAddress({ ...box, rows: box.rows - 1 }));
        }),
    }),
  };
}
